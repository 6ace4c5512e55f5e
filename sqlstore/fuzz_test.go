package sqlstore_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"testing"

	"github.com/schakel-nl/schakel/sqlstore"
	"github.com/schakel-nl/schakel/sqlstore/sqltest"
	"github.com/schakel-nl/schakel/vault"
)

// FuzzRestore: a damaged or hostile backup file is refused without a
// panic, and a refused restore leaves the database as empty as it was.
func FuzzRestore(f *testing.F) {
	ctx := context.Background()
	src := newStore(f)
	var good bytes.Buffer
	if _, err := src.DB().Backup(ctx, &good); err != nil {
		f.Fatal(err)
	}
	f.Add(good.Bytes())
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(`{"format":"schakel-backup/1","engine":"sqlite","schema_version":4}` + "\n" + `{"table":"users","columns":["id"],"rows":1}` + "\n" + `["x"]`))
	zw.Close()
	f.Add(gz.Bytes())
	f.Add([]byte("not gzip"))
	// A crafted column name must not reach the SQL.
	gz.Reset()
	zw = gzip.NewWriter(&gz)
	zw.Write([]byte(`{"format":"schakel-backup/1","engine":"sqlite","schema_version":4}` + "\n" +
		`{"table":"municipalities","columns":["slug) VALUES ('x'); DROP TABLE users; --"],"rows":1}` + "\n" + `["x"]`))
	zw.Close()
	f.Add(gz.Bytes())
	dst := sqltest.Store(f)
	before, err := dst.DB().Digest(ctx)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		_, restoreErr := dst.DB().Restore(ctx, bytes.NewReader(data))
		after, err := dst.DB().Digest(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if restoreErr == nil {
			before = after // a whole, valid backup: what it restored stays
			return
		}
		for table, d := range before {
			if after[table] != d {
				t.Fatalf("a refused restore changed %s", table)
			}
		}
	})
}

// FuzzCheckpoints: a file of checkpoints kept elsewhere is read without a
// panic, and nothing unsigned passes as a checkpoint.
func FuzzCheckpoints(f *testing.F) {
	v, err := vault.Generate("schakel.test")
	if err != nil {
		f.Fatal(err)
	}
	f.Add([]byte("schakel.test/audit\n3\nAAAA\n\n— schakel.test AAAA\n"))
	f.Add([]byte("\n\n\n— — —\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, n := range sqlstore.SplitCheckpoints(data) {
			if _, err := sqlstore.ParseCheckpoint(n, v.VerifierKey()); err == nil {
				t.Fatalf("an unsigned checkpoint verified: %q", n)
			}
		}
	})
}
