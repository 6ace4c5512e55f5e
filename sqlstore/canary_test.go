package sqlstore_test

import (
	"context"
	"encoding/json"
	"errors"
	"testing"

	"github.com/schakel-nl/schakel"
	"github.com/schakel-nl/schakel/demo"
	"github.com/schakel-nl/schakel/sqlstore"
	"github.com/schakel-nl/schakel/sqlstore/sqltest"
	"github.com/schakel-nl/schakel/vault"
)

// splice is keys a with one part (encryption, index or audit_signer) taken
// from b: a key file that matches the database in all but that part.
func splice(t *testing.T, a, b *vault.Vault, part string) *vault.Vault {
	t.Helper()
	var fa, fb map[string]json.RawMessage
	ja, _ := a.Marshal()
	jb, _ := b.Marshal()
	if err := json.Unmarshal(ja, &fa); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(jb, &fb); err != nil {
		t.Fatal(err)
	}
	fa[part] = fb[part]
	out, _ := json.Marshal(fa)
	v, err := vault.Parse(out)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func generate(t *testing.T) *vault.Vault {
	t.Helper()
	v, err := vault.Generate("schakel.test")
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// populated is a database with demo data sealed, indexed and signed under
// keys, which opened it first (so it has its canaries).
func populated(t *testing.T, keys *vault.Vault) string {
	t.Helper()
	ctx := context.Background()
	url := sqltest.URL(t)
	db, err := sqlstore.OpenWith(ctx, url, sqlstore.Options{Keys: keys})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	st := sqlstore.New(db, schakel.DefaultDeadlines, keys)
	if _, err := demo.Populate(ctx, st, demo.Options{Signals: 6, Seed: 11}); err != nil {
		t.Fatal(err)
	}
	if _, err := st.LatestCheckpoint(ctx); err != nil {
		t.Fatal(err)
	}
	return url
}

func openKeys(url string, keys *vault.Vault) error {
	db, err := sqlstore.OpenWith(context.Background(), url, sqlstore.Options{Keys: keys})
	if err == nil {
		db.Close()
	}
	return err
}

// TestKeyCanary: opening a database with keys checks them against the
// database's key canaries (or, for a database from before canaries, its
// record keys, index and audit checkpoints): each way a key file can fail
// to belong to the database is refused, with a reason; the right one, and
// its rotated successor, are accepted.
func TestKeyCanary(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	right := generate(t)
	other := generate(t)
	url := populated(t, right)
	if n := countCanaries(t, url); n < 3 {
		t.Fatalf("%d key canaries after the first start, want one per key and the signer", n)
	}
	rotated, err := vault.Parse(mustMarshal(t, right))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := rotated.RotateEncryption(); err != nil {
		t.Fatal(err)
	}
	if _, err := rotated.RotateIndex(); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name string
		keys *vault.Vault
		ok   bool
	}{
		{"the database's own key file is accepted", right, true},
		{"another installation's key file is refused", other, false},
		{"a key file with another encryption keyset is refused", splice(t, right, other, "encryption"), false},
		{"a key file with another index keyset is refused", splice(t, right, other, "index"), false},
		{"a key file with another audit signer is refused", splice(t, right, other, "audit_signer"), false},
		{"the rotated successor of the key file is accepted", rotated, true},
		// After the successor was accepted the database depends on its new
		// keys: the file from before the rotation lacks them.
		{"a key file older than the last rotation is refused", right, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			err := openKeys(url, tt.keys)
			var km *sqlstore.KeyMismatchError
			if tt.ok && err != nil {
				t.Fatalf("refused: %v", err)
			}
			if !tt.ok && (!errors.As(err, &km) || km.Reason == "") {
				t.Fatalf("want a key mismatch, got %v", err)
			}
		})
	}
	// Rotation keeps the data readable with the successor.
	db, err := sqlstore.OpenWith(ctx, url, sqlstore.Options{Keys: rotated})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	st := sqlstore.New(db, schakel.DefaultDeadlines, rotated)
	page, err := st.Audit(ctx, adminOf(t, st, schakel.RolePrivacy), sqlstore.AuditFilter{})
	if err != nil || page.Total == 0 {
		t.Fatalf("after rotation: %v", err)
	}
}

// TestWrongKeysCannotWrite: a store handed keys that are not the
// database's (bypassing the check at open) seals nothing: a new signal is
// refused and nothing is stored, instead of data the right key file could
// never open.
func TestWrongKeysCannotWrite(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	right, other := generate(t), generate(t)
	url := populated(t, right)
	db, err := sqlstore.Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	st := sqlstore.New(db, schakel.DefaultDeadlines, other)
	before := count(t, st, "signals")
	melder := adminOf(t, st, schakel.RoleMelder)
	_, err = st.CreateSignal(ctx, melder, signalInput())
	var km *sqlstore.KeyMismatchError
	if !errors.As(err, &km) {
		t.Fatalf("a signal under keys that are not the database's: %v", err)
	}
	if n := count(t, st, "signals"); n != before {
		t.Fatalf("%d signals stored under the wrong keys", n-before)
	}
	if _, err := sqlstore.New(db, schakel.DefaultDeadlines, right).CreateSignal(ctx, melder, signalInput()); err != nil {
		t.Fatalf("the right keys: %v", err)
	}
}

// TestLegacyDatabaseGetsCanary: a database with data but no canary (as
// made before canaries existed) is checked against its record keys, index
// and checkpoints: the wrong key file is refused, the right one accepted
// and the canaries written then.
func TestLegacyDatabaseGetsCanary(t *testing.T) {
	t.Parallel()
	right, other := generate(t), generate(t)
	url := populated(t, right)
	sqltest.Exec(t, url, `DELETE FROM key_canaries`)
	err := openKeys(url, other)
	var km *sqlstore.KeyMismatchError
	if !errors.As(err, &km) {
		t.Fatalf("the wrong key file on a database without canaries: %v", err)
	}
	if n := countCanaries(t, url); n != 0 {
		t.Fatalf("%d canaries written for a refused key file", n)
	}
	if err := openKeys(url, right); err != nil {
		t.Fatalf("the right key file: %v", err)
	}
	if n := countCanaries(t, url); n < 3 {
		t.Fatalf("%d canaries after the first start with the right key file", n)
	}
	if err := openKeys(url, other); !errors.As(err, &km) {
		t.Fatalf("the wrong key file after the canaries were written: %v", err)
	}
	// A key file that opens the record keys but whose signer did not sign
	// the checkpoints is not the database's either.
	sqltest.Exec(t, url, `DELETE FROM key_canaries`)
	if err := openKeys(url, splice(t, right, other, "audit_signer")); !errors.As(err, &km) {
		t.Fatalf("another signer on a database without canaries: %v", err)
	}
}

// TestEmptyDatabaseTakesAnyKeys: the first start of an empty database
// records the canaries of the keys it was given.
func TestEmptyDatabaseTakesAnyKeys(t *testing.T) {
	t.Parallel()
	url := sqltest.URL(t)
	keys := generate(t)
	if err := openKeys(url, keys); err != nil {
		t.Fatal(err)
	}
	if n := countCanaries(t, url); n != 3 {
		t.Fatalf("%d canaries on an empty database, want 3 (encryption, index, signer)", n)
	}
	var km *sqlstore.KeyMismatchError
	if err := openKeys(url, generate(t)); !errors.As(err, &km) {
		t.Fatalf("another key file after the first start: %v", err)
	}
}

func countCanaries(t *testing.T, url string) int {
	t.Helper()
	db, err := sqlstore.Open(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	n, err := db.CountRows(context.Background(), "key_canaries")
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func mustMarshal(t *testing.T, v *vault.Vault) []byte {
	t.Helper()
	b, err := v.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// adminOf returns a demo user of role from the store's users.
func adminOf(t *testing.T, st *sqlstore.Store, role schakel.Role) *schakel.User {
	t.Helper()
	users, err := st.Users(context.Background(), &schakel.User{Role: schakel.RoleBeheerder})
	if err != nil {
		t.Fatal(err)
	}
	for _, u := range users {
		if u.Role == role {
			return &u
		}
	}
	t.Fatalf("no %s", role)
	return nil
}
