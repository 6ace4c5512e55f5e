package sqlstore_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/schakel-nl/schakel"
	"github.com/schakel-nl/schakel/demo"
	"github.com/schakel-nl/schakel/sqlstore"
	"github.com/schakel-nl/schakel/sqlstore/sqltest"
	"github.com/schakel-nl/schakel/vault"
)

// TestGoMigration: a migration that converts stored data runs in version
// order with the SQL files, once; finding work without the keys it
// refuses and leaves the database as it was before it; with the keys it
// converts everything, and running it again changes nothing. Step 014
// (bind existing rows) stands for every such step, on either engine.
func TestGoMigration(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	url := sqltest.URL(t)
	keys := sqltest.Keys(t)
	db, err := sqlstore.Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	v, err := db.SchemaVersion(ctx)
	if err != nil || v != sqlstore.LatestSchema() || v < 9 {
		t.Fatalf("a fresh database is at version %d (%v), the newest is %d", v, err, sqlstore.LatestSchema())
	}
	res, err := demo.Populate(ctx, sqlstore.New(db, schakel.DefaultDeadlines, keys), demo.Options{Signals: 10, Seed: 2})
	if err != nil {
		t.Fatal(err)
	}
	// The database as the version before record bindings left it.
	for _, q := range []string{`UPDATE signals SET row_mac = ''`, `UPDATE persons SET row_mac = ''`, `UPDATE cases SET row_mac = ''`,
		`UPDATE referrals SET row_mac = ''`, `UPDATE feedback SET row_mac = ''`, `DELETE FROM schema_migrations WHERE version = 14`,
		// and as it was before numbers (migration 24).
		`UPDATE signals SET number = NULL`, `UPDATE cases SET number = NULL`, `DELETE FROM record_numbers`, `DELETE FROM schema_migrations WHERE version = 24`,
		// and before the name index (migration 25).
		`DELETE FROM person_index WHERE idx = 'person.name'`, `DELETE FROM schema_migrations WHERE version = 25`} {
		if err := db.Exec(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()

	_, err = sqlstore.Open(ctx, url)
	var need *sqlstore.NeedKeysError
	if !errors.As(err, &need) || !strings.HasPrefix(need.Migration, "014") || need.Count == 0 || !strings.Contains(err.Error(), "schakel migrate") {
		t.Fatalf("without the keys: want a refusal naming migration 014 and what to run, got %v", err)
	}
	asked := 0
	withKeys := sqlstore.Options{NewKeys: func(context.Context, *sqlstore.DB) (*vault.Vault, error) { asked++; return keys, nil }}
	db, err = sqlstore.OpenWith(ctx, url, withKeys)
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := db.SchemaVersion(ctx); v != sqlstore.LatestSchema() || asked != 1 {
		t.Fatalf("with the keys: version %d, keys asked %d times", v, asked)
	}
	st := sqlstore.New(db, schakel.DefaultDeadlines, keys)
	if v := sqltest.Value(t, url, `SELECT COUNT(*) FROM jobs WHERE kind = 'index_names' AND state = 'pending'`); v != "1" {
		t.Fatalf("migration 25 queued %s jobs to index the names, want 1", v)
	}
	for _, table := range []string{"signals", "cases"} {
		if v := sqltest.Value(t, url, `SELECT COUNT(*) - COUNT(DISTINCT number) FROM `+table); v != "0" {
			t.Fatalf("%s without a number of their own after migration 24: %s", table, v)
		}
	}
	if sg, err := st.CreateSignal(ctx, res.Users["melder"], signalInput()); err != nil || sqltest.Value(t, url, `SELECT COUNT(*) FROM signals WHERE number = '`+sg.Number+`'`) != "1" {
		t.Fatalf("a new signal after migration 24 shares a number: %v", err)
	}
	rep, err := st.CheckRecords(ctx)
	if err != nil || len(rep.Problems) > 0 {
		t.Fatalf("after the step: %v %v", rep.Problems, err)
	}
	before, err := db.Digest(ctx)
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	// Applied once: opening again runs nothing and asks for no keys.
	db, err = sqlstore.OpenWith(ctx, url, withKeys)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	after, err := db.Digest(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if asked != 1 || before["signals"] != after["signals"] || before["persons"] != after["persons"] {
		t.Errorf("a second open ran the step again (keys asked %d times)", asked)
	}
}
