package sqlstore_test

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/schakel-nl/schakel"
	"github.com/schakel-nl/schakel/demo"
	"github.com/schakel-nl/schakel/sqlstore"
	"github.com/schakel-nl/schakel/sqlstore/sqltest"
)

// TestOpenRefusesDamagedFile: a SQLite file with a damaged page (as a
// failing disk leaves it) is refused when it is opened — by the server and
// by every command — with a message that names the file and says what to
// do, instead of serving errors (or worse) later. SQLite only: the file is
// its own.
func TestOpenRefusesDamagedFile(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "damaged.db")
	db, err := sqlstore.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := demo.Populate(ctx, sqlstore.New(db, schakel.DefaultDeadlines, sqltest.Keys(t)), demo.Options{Signals: 20, Seed: 3}); err != nil {
		t.Fatal(err)
	}
	db.Close()
	// Whole, it opens.
	db, err = sqlstore.Open(ctx, path)
	if err != nil {
		t.Fatalf("a whole file: %v", err)
	}
	db.Close()
	sqltest.DamagePage(t, path, "persons")
	db, err = sqlstore.Open(ctx, path)
	if err == nil {
		db.Close()
		t.Fatal("a damaged file was opened")
	}
	var damaged *sqlstore.DamagedError
	if !errors.As(err, &damaged) {
		t.Fatalf("want a DamagedError, got %v", err)
	}
	for _, want := range []string{path, "damaged", "restore", "schakel check"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("the refusal does not say %q: %v", want, err)
		}
	}
}
