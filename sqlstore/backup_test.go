package sqlstore_test

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/schakel-nl/schakel/demo"
	"github.com/schakel-nl/schakel/sqlstore"
)

func TestBackupRestoreEveryTable(t *testing.T) {
	ctx := context.Background()
	src := newStore(t)
	res, err := demo.Populate(ctx, src, demo.Options{Signals: 60, Seed: 11})
	if err != nil {
		t.Fatal(err)
	}
	// Something in every table: a session, a token, a job, a reminder.
	if err := src.Sessions().Commit("tok", []byte("session-data"), src.Now().Add(3600e9)); err != nil {
		t.Fatal(err)
	}
	if _, err := src.CreateToken(ctx, res.Users["melder"].ID); err != nil {
		t.Fatal(err)
	}
	// The same person named in two municipalities: a hit for the holder.
	for _, m := range []string{"dordrecht", "rotterdam"} {
		in := signalInput()
		in.Municipality = m
		if _, err := src.CreateSignal(ctx, res.Users["melder"], in); err != nil {
			t.Fatal(err)
		}
	}
	jr := &sqlstore.JobRunner{Store: src, Instance: "t", Poll: 1, Lease: 60e9, Periodic: sqlstore.DefaultPeriodic}
	if err := jr.Tick(ctx); err != nil {
		t.Fatal(err)
	}
	enrol(t, src, res.Users["essm"])
	if _, err := src.ResetCredentials(ctx, res.Users["beheer"], res.Users["toezicht"].ID, sqlstore.CredentialReset{Password: true}); err != nil {
		t.Fatal(err)
	}
	cases, err := src.Cases(ctx, res.Users["af:rotterdam"], sqlstore.CaseFilter{Status: "open"})
	if err != nil || len(cases.Items) == 0 {
		t.Fatalf("no open case in Rotterdam: %v", err)
	}
	var taken bool
	for _, c := range cases.Items {
		if _, err := src.RequestBreakGlass(ctx, res.Users["riec-rotterdam"], c.ID, "Acute situatie bij de politiepost vannacht"); err == nil {
			taken = true
			break
		}
	}
	if !taken {
		t.Fatal("no case to take emergency access to")
	}
	if _, err := src.LatestCheckpoint(ctx); err != nil {
		t.Fatal(err)
	}
	if missing, err := src.DB().UnlistedTables(ctx); err != nil || len(missing) > 0 {
		t.Fatalf("tables a backup leaves out: %v %v", missing, err)
	}
	want, err := src.DB().Digest(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for table, d := range want {
		if strings.HasPrefix(d, "0 rows") {
			t.Errorf("table %s is empty: the test would not prove it is restored", table)
		}
	}
	var buf bytes.Buffer
	if _, err := src.DB().Backup(ctx, &buf); err != nil {
		t.Fatal(err)
	}
	dst := newStore(t)
	st, err := dst.DB().Restore(ctx, bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	got, err := dst.DB().Digest(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Fatalf("restored tables differ (-backup +restore):\n%s", diff)
	}
	if st.Tables != len(want) {
		t.Errorf("restored %d tables, want %d", st.Tables, len(want))
	}
	// The restored system works: the AF logs in and sees the signals.
	u, err := dst.Authenticate(ctx, "af@schakel.demo", "demo-wachtwoord-2026")
	if err != nil {
		t.Fatal(err)
	}
	if p, err := dst.Signals(ctx, u, sqlstore.SignalFilter{}); err != nil || p.Total == 0 {
		t.Fatalf("restored signals: %v %v", p, err)
	}
	// A second restore into the now full database is refused whole.
	if _, err := dst.DB().Restore(ctx, bytes.NewReader(buf.Bytes())); !errors.Is(err, sqlstore.ErrNotEmpty) {
		t.Fatalf("restore into a full database: %v", err)
	}
	if _, err := newStore(t).DB().Restore(ctx, strings.NewReader("not a backup")); err == nil {
		t.Fatal("garbage restored")
	}
}

// A backup taken while signals are being written is a consistent snapshot:
// every signal in it comes with all its persons and its first event.
func TestBackupWhileWriting(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t)
	ctx2, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	for range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx2.Err() == nil {
				_, _ = f.st.CreateSignal(ctx2, f.u("melder"), signalInput())
			}
		}()
	}
	for count(t, f.st, "signals") < 30 {
		time.Sleep(5 * time.Millisecond)
	}
	var buf bytes.Buffer
	if _, err := f.st.DB().Backup(ctx, &buf); err != nil {
		t.Fatal(err)
	}
	cancel()
	wg.Wait()
	dst := newStore(t)
	if _, err := dst.DB().Restore(ctx, &buf); err != nil {
		t.Fatal(err)
	}
	s, p, e := count(t, dst, "signals"), count(t, dst, "persons"), count(t, dst, "events")
	if s < 30 || p != 2*s || e != s {
		t.Fatalf("snapshot: %d signals, %d persons, %d events", s, p, e)
	}
}
