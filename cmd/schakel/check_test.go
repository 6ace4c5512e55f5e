package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/schakel-nl/schakel/internal/schakeltest"
	"github.com/schakel-nl/schakel/sqlstore/sqltest"
)

// checkDB makes a database with a few signals walked through the flow,
// their audit entries placed in the log, on the engine of the run, with
// its own key file; it answers the database URL and the key file.
func checkDB(t *testing.T) (string, string) {
	t.Helper()
	d := schakeltest.NewDemo(t, schakeltest.Options{Signals: 12, Seed: 11})
	if _, err := d.Store.SequenceAudit(context.Background(), true); err != nil {
		t.Fatal(err)
	}
	d.Close()
	return d.URL, d.KeyFile()
}

// firstID is the smallest id of table, read outside the store.
func firstID(t *testing.T, url, table, where string) string {
	t.Helper()
	id := sqltest.Value(t, url, `SELECT MIN(id) FROM `+table+` WHERE `+where)
	if id == "" {
		t.Fatalf("no row in %s where %s", table, where)
	}
	return id
}

// TestCheckCommand runs schakel check on a whole database and on one with
// each kind of damage: the whole one checks whole (exit 0); each damage
// is named by a PROBLEM line and fails the check, on either engine.
func TestCheckCommand(t *testing.T) {
	t.Parallel()
	pg := sqltest.Postgres()
	tests := []struct {
		name   string
		damage func(t *testing.T, url string) // nil: none
		want   []string
	}{
		{"a whole database checks whole", nil, []string{"storage: ok", "audit log: ok", "records: ok", "the database is whole"}},
		{"a changed date is found", func(t *testing.T, url string) {
			id := firstID(t, url, "signals", "1=1")
			sqltest.Exec(t, url, `UPDATE signals SET observed_on = '2019-01-01' WHERE id = '`+id+`'`)
		}, []string{"records: 1 problem(s)", "PROBLEM: signals ", "does not match its binding"}},
		{"a changed person is found", func(t *testing.T, url string) {
			id := firstID(t, url, "persons", "1=1")
			sqltest.Exec(t, url, `UPDATE persons SET nationality = 'XX' WHERE id = '`+id+`'`)
		}, []string{"PROBLEM: persons "}},
		{"a removed binding is found", func(t *testing.T, url string) {
			id := firstID(t, url, "referrals", "1=1")
			sqltest.Exec(t, url, `UPDATE referrals SET row_mac = '' WHERE id = '`+id+`'`)
		}, []string{"PROBLEM: referrals ", "no binding"}},
		{"a missing record key is found", func(t *testing.T, url string) {
			id := firstID(t, url, "signals", "1=1")
			sqltest.Exec(t, url, `DELETE FROM record_keys WHERE record_id = '`+id+`'`)
		}, []string{"PROBLEM: record_keys ", "the record key is missing"}},
		{"a damaged sealed field is found", func(t *testing.T, url string) {
			id := firstID(t, url, "signals", "account <> ''")
			sqltest.Exec(t, url, `UPDATE signals SET account = 'e1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' WHERE id = '`+id+`'`)
		}, []string{"the sealed field account does not open"}},
		{"a changed audit entry is found", func(t *testing.T, url string) {
			sqltest.Exec(t, url, `UPDATE audit_log SET action = 'nothing' WHERE seq = 2`)
		}, []string{"no longer give its root", "PROBLEM: checkpoint"}},
		{"a row that refers to nothing is found", func(t *testing.T, url string) {
			insert := `INSERT INTO user_municipalities (user_id, municipality) VALUES ('no-such-user', 'rotterdam')`
			if pg {
				// Only a superuser can switch the foreign keys off, as damage does.
				sqltest.Exec(t, url, `BEGIN; SET LOCAL session_replication_role = replica; `+insert+`; COMMIT`)
			} else {
				sqltest.Exec(t, url, insert) // a plain connection does not enforce them
			}
		}, []string{"storage: 1 problem(s)", "user_municipalities"}},
	}
	if !pg {
		tests = append(tests, struct {
			name   string
			damage func(t *testing.T, url string)
			want   []string
		}{"a damaged page is found", func(t *testing.T, url string) { sqltest.DamagePage(t, url, "persons") },
			[]string{"storage: ", "PROBLEM: integrity_check"}})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			url, keysPath := checkDB(t)
			if tt.damage != nil {
				tt.damage(t, url)
			}
			out, _, err := runCLI(t, "", "check", "--db", url, "--keys", keysPath)
			for _, want := range tt.want {
				if !strings.Contains(out, want) {
					t.Errorf("the report lacks %q:\n%s", want, out)
				}
			}
			if tt.damage == nil {
				if err != nil || strings.Contains(out, "PROBLEM") {
					t.Errorf("a whole database: %v\n%s", err, out)
				}
				return
			}
			if err == nil || exitCode(err) == 0 || !strings.Contains(err.Error(), "problem(s) found") {
				t.Errorf("damage must fail the check: %v\n%s", err, out)
			}
		})
	}
}

// TestCheckUsesAmcheck: on PostgreSQL with the amcheck extension, the
// check runs bt_index_check on every B-tree index; without it, it says
// so and reads every table in full. (On SQLite: integrity_check.)
func TestCheckUsesAmcheck(t *testing.T) {
	t.Parallel()
	url, keysPath := checkDB(t)
	want := "SQLite integrity_check and foreign_key_check"
	if sqltest.Postgres() {
		want = "amcheck not installed"
		// In public, not in this test's schema: dropping that schema at
		// the end would take the extension away from tests still
		// checking with it.
		if sqltest.TryExec(url, `CREATE EXTENSION IF NOT EXISTS amcheck SCHEMA public`) == nil {
			want = "amcheck bt_index_check of"
		}
	}
	out, _, err := runCLI(t, "", "check", "--db", url, "--keys", keysPath)
	if err != nil || !strings.Contains(out, want) {
		t.Fatalf("want %q: %v\n%s", want, err, out)
	}
	t.Log(out)
}

// TestCommandsRefuseDamagedFile: with a damaged page in the SQLite file
// (SQLite's integrity_check reports it), serve, migrate and audit verify
// refuse to start — before, the server started and audit verify said the
// log was whole — naming the file and what to do.
func TestCommandsRefuseDamagedFile(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "schakel.db")
	d := schakeltest.NewDemo(t, schakeltest.Options{Signals: 20, Seed: 3, URL: path})
	keysPath := d.KeyFile()
	d.Close()
	sqltest.DamagePage(t, path, "persons")
	for _, args := range [][]string{
		{"serve", "--db", path, "--keys", keysPath, "--addr", "127.0.0.1:0"},
		{"migrate", "--db", path, "--keys", keysPath},
		{"audit", "verify", "--db", path, "--keys", keysPath},
		{"backup", "--db", path, "--out", filepath.Join(t.TempDir(), "b")},
	} {
		out, _, err := runCLI(t, "", args...)
		if err == nil || !strings.Contains(err.Error(), "is damaged") || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "schakel check") {
			t.Errorf("%s on a damaged file: %v\n%s", args[0], err, out)
		} else if args[0] == "serve" {
			t.Log(err)
		}
	}
	out, _, err := runCLI(t, "", "check", "--db", path, "--keys", keysPath)
	if err == nil || !strings.Contains(out, "PROBLEM: integrity_check") {
		t.Errorf("check on a damaged file: %v\n%s", err, out)
	}
	if _, err := os.Stat(path); err != nil {
		t.Fatal(err)
	}
}
