package main

import (
	"bytes"
	"context"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/schakel-nl/schakel"
	"github.com/schakel-nl/schakel/demo"
	"github.com/schakel-nl/schakel/sqlstore"
	"github.com/schakel-nl/schakel/sqlstore/sqltest"
	"github.com/schakel-nl/schakel/vault"
)

// runFor runs a command in this process, stopping it after d (serve runs
// until then): the error it ended with and what it printed.
func runFor(d time.Duration, args ...string) (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	var out, errb bytes.Buffer
	err := run(ctx, args, strings.NewReader(""), &out, &errb)
	return out.String() + errb.String(), err
}

func digest(t *testing.T, url string) map[string]string {
	t.Helper()
	db, err := sqlstore.Open(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	d, err := db.Digest(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestWrongKeyFileRefused: every command that opens the database with
// keys refuses a key file that does not belong to it, saying which file
// and that it is not this database's, and changes nothing; the right key
// file is accepted by each.
func TestWrongKeyFileRefused(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	right, other := filepath.Join(dir, "right.json"), filepath.Join(dir, "other.json")
	db := sqltest.URL(t)
	if _, errOut, err := runCLI(t, "", "user", "add", "--db", db, "--keys", right, "--name", "Anna", "--role", "beheerder", "--org", "veiligheidsalliantie"); err != nil {
		t.Fatalf("user add: %v %s", err, errOut)
	}
	keys, err := vault.Open(right)
	if err != nil {
		t.Fatal(err)
	}
	sdb, err := sqlstore.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := demo.Populate(ctx, sqlstore.New(sdb, schakel.DefaultDeadlines, keys), demo.Options{Signals: 4, Seed: 2}); err != nil {
		t.Fatal(err)
	}
	sdb.Close()
	wrong, err := vault.Generate("schakel")
	if err != nil {
		t.Fatal(err)
	}
	if err := wrong.Save(other); err != nil {
		t.Fatal(err)
	}
	backup := filepath.Join(dir, "made-with-right-keys.backup")
	f, err := os.Create(backup)
	if err != nil {
		t.Fatal(err)
	}
	sdb, err = sqlstore.Open(ctx, db)
	if err == nil {
		_, err = sdb.Backup(ctx, f)
		sdb.Close()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		t.Fatal(err)
	}
	n, target := 0, ""
	commands := []struct {
		name string
		args func(keys string) []string
	}{
		{"serve", func(k string) []string { return []string{"serve", "--db", db, "--keys", k, "--addr", "127.0.0.1:0"} }},
		{"migrate", func(k string) []string { return []string{"migrate", "--db", db, "--keys", k} }},
		{"backup", func(k string) []string {
			n++
			return []string{"backup", "--db", db, "--keys", k, "--out", filepath.Join(dir, "b"+string(rune('a'+n)))}
		}},
		{"restore", func(k string) []string {
			target = sqltest.URL(t)
			return []string{"restore", "--db", target, "--keys", k, backup}
		}},
		{"audit verify", func(k string) []string { return []string{"audit", "verify", "--db", db, "--keys", k} }},
		{"audit checkpoint", func(k string) []string { return []string{"audit", "checkpoint", "--db", db, "--keys", k} }},
		{"user add", func(k string) []string {
			return []string{"user", "add", "--db", db, "--keys", k, "--name", "Bert", "--role", "melder", "--org", "essm"}
		}},
		{"keys rotate", func(k string) []string { return []string{"keys", "rotate", "--db", db, "--keys", k} }},
		{"keys retire", func(k string) []string { return []string{"keys", "retire", "--db", db, "--keys", k} }},
		{"keys rotate --index", func(k string) []string { return []string{"keys", "rotate", "--index", "--db", db, "--keys", k} }},
	}
	for _, c := range commands {
		t.Run("refused by "+c.name, func(t *testing.T) {
			before := digest(t, db)
			wrongFile := mustRead(t, other)
			out, err := runFor(5*time.Second, c.args(other)...)
			if err == nil || !strings.Contains(err.Error(), "key file "+other+" does not belong to this database") {
				t.Fatalf("want a refusal naming %s, got %v\n%s", other, err, out)
			}
			if after := digest(t, db); !maps.Equal(before, after) {
				t.Errorf("the database changed:\n%v\n%v", before, after)
			}
			if !bytes.Equal(wrongFile, mustRead(t, other)) {
				t.Error("the refused key file was changed")
			}
			if c.name == "restore" {
				if d := digest(t, target); d["users"] != "0 rows e3b0c44298fc1c14" || d["signals"] != d["users"] {
					t.Errorf("the restore target is not empty: users %s, signals %s", d["users"], d["signals"])
				}
			}
		})
	}
	t.Run("refused from the environment", func(t *testing.T) {
		t.Setenv(keysJSONEnv, string(mustRead(t, other)))
		out, err := runFor(5*time.Second, "serve", "--db", db, "--addr", "127.0.0.1:0")
		if err == nil || !strings.Contains(err.Error(), "the keys in "+keysJSONEnv+" do not belong to this database") {
			t.Fatalf("want a refusal of the environment's keys, got %v\n%s", err, out)
		}
	})
	for _, c := range commands {
		t.Run("accepted by "+c.name, func(t *testing.T) {
			out, err := runFor(3*time.Second, c.args(right)...)
			if err != nil {
				t.Fatalf("%v\n%s", err, out)
			}
		})
	}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	v, err := vault.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	b, err := v.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestKeysRetireCommand: `schakel keys retire` refuses a key that record
// keys are still under, saying how many, and retires it once the re-wrap
// has moved them: the key leaves the key file (written whole, owner-only),
// which still opens the database. The primary key and keys the file does
// not hold are refused.
func TestKeysRetireCommand(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	dir := t.TempDir()
	path, db := filepath.Join(dir, "keys.json"), sqltest.URL(t)
	if _, errOut, err := runCLI(t, "", "user", "add", "--db", db, "--keys", path, "--name", "Anna", "--role", "melder", "--org", "essm"); err != nil {
		t.Fatalf("user add: %v %s", err, errOut)
	}
	sdb, err := sqlstore.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer sdb.Close()
	keys, err := vault.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	st := sqlstore.New(sdb, schakel.DefaultDeadlines, keys)
	if _, err := demo.Populate(ctx, st, demo.Options{Signals: 5, Seed: 6}); err != nil {
		t.Fatal(err)
	}
	old := keys.EncryptionKeyID()
	use, _ := st.KeyUse(ctx)
	if out, _, err := runCLI(t, "", "keys", "rotate", "--keys", path, "--db", db); err != nil {
		t.Fatalf("rotate: %v %s", err, out)
	}
	oldID := fmt.Sprint(old)
	out, _, err := runCLI(t, "", "keys", "retire", "--keys", path, "--db", db)
	if err != nil || !strings.Contains(out, fmt.Sprintf("encryption key %d not retired: %d record keys are still under it", old, use[old])) {
		t.Fatalf("retire without a key id, the old key in use: %v\n%s", err, out)
	}
	out, _, err = runCLI(t, "", "keys", "retire", oldID, "--keys", path, "--db", db)
	if err == nil || !strings.Contains(out, "still under it") {
		t.Fatalf("retire %s while in use: %v\n%s", oldID, err, out)
	}
	primary := fmt.Sprint(mustOpen(t, path).EncryptionKeyID())
	if _, _, err := runCLI(t, "", "keys", "retire", primary, "--keys", path, "--db", db); exitCode(err) != 2 || !strings.Contains(err.Error(), "primary") {
		t.Errorf("retire the primary key: %v", err)
	}
	if _, _, err := runCLI(t, "", "keys", "retire", "--keys", path, "--db", db, "77"); exitCode(err) != 2 || !strings.Contains(err.Error(), "holds no encryption key 77") {
		t.Errorf("retire a key the file does not hold: %v", err)
	}
	if _, _, err := runCLI(t, "", "keys", "retire", "--keys", path, "--db", db, "x1"); exitCode(err) != 2 {
		t.Errorf("retire a key id that is no number: %v", err)
	}
	// The re-wrap, as a server runs it.
	jr := &sqlstore.JobRunner{Store: sqlstore.New(sdb, schakel.DefaultDeadlines, mustOpen(t, path)), Instance: "t", Poll: time.Millisecond}
	if err := jr.Tick(ctx); err != nil {
		t.Fatal(err)
	}
	out, _, err = runCLI(t, "", "keys", "retire", oldID, "--keys", path, "--db", db)
	if err != nil || !strings.Contains(out, "retired encryption keys ["+oldID+"]") {
		t.Fatalf("retire after the re-wrap: %v\n%s", err, out)
	}
	after := mustOpen(t, path)
	if slices.Contains(after.EncryptionKeyIDs(), old) || len(after.EncryptionKeyIDs()) != 1 {
		t.Fatalf("the key file still holds %v", after.EncryptionKeyIDs())
	}
	if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("key file after retirement: %v %v", fi, err)
	}
	if out, err := runFor(time.Minute, "audit", "verify", "--db", db, "--keys", path); err != nil || !strings.Contains(out, "the audit log is whole") {
		t.Fatalf("the database with the key file after retirement: %v\n%s", err, out)
	}
	out, _, err = runCLI(t, "", "keys", "retire", "--keys", path, "--db", db)
	if err != nil || !strings.Contains(out, "nothing to retire") {
		t.Fatalf("nothing left to retire: %v %s", err, out)
	}
}

func mustOpen(t *testing.T, path string) *vault.Vault {
	t.Helper()
	v, err := vault.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	return v
}
