package sqlstore_test

import (
	"context"
	"log/slog"
	"testing"
	"time"

	"github.com/schakel-nl/schakel"
	"github.com/schakel-nl/schakel/demo"
	"github.com/schakel-nl/schakel/sqlstore"
	"github.com/schakel-nl/schakel/sqlstore/sqltest"
)

// TestOneConnectionIsEnough runs the flow from signal to feedback, the
// hits job and every view on a store whose PostgreSQL pool has a single
// connection, with the reference data cache stale before each step. A
// call that takes a second connection while it holds one in a transaction
// waits for itself here; under load every connection is held that way and
// the server stops (the case view did, at 50 clients). On SQLite reads and
// writes have pools of their own; the flow must pass there too.
func TestOneConnectionIsEnough(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	db, err := sqlstore.OpenWith(ctx, sqltest.URL(t), sqlstore.Options{PGPool: 1})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	st := sqlstore.New(db, schakel.DefaultDeadlines, sqltest.Keys(t))
	res, err := demo.Populate(ctx, st, demo.Options{Signals: 0, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	u := res.Users
	step := func(name string, fn func() error) {
		t.Helper()
		st.ForgetCatalog()
		if err := fn(); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	jr := &sqlstore.JobRunner{Store: st, Instance: "t", Poll: time.Millisecond, Lease: time.Minute, Log: slog.New(slog.DiscardHandler)}
	var sg *schakel.Signal
	var tr *sqlstore.TriageResult
	step("intake", func() (err error) { sg, err = st.CreateSignal(ctx, u["melder"], signalInput()); return })
	step("second intake, same persons", func() error { _, err := st.CreateSignal(ctx, u["melder"], signalInput()); return err })
	step("hits job", func() error {
		if err := db.Enqueue(ctx, sqlstore.JobPersonHits); err != nil {
			return err
		}
		return jr.Tick(ctx)
	})
	af := u["af:rotterdam"]
	step("signal view", func() error { _, err := st.Signal(ctx, af, sg.ID); return err })
	step("queue", func() error { _, err := st.Signals(ctx, af, sqlstore.SignalFilter{}); return err })
	step("triage", func() (err error) {
		tr, err = st.Triage(ctx, af, sg.ID, schakel.TriageDecision{Route: schakel.RouteCare, Rationale: "Zorgroute."})
		return
	})
	step("case view", func() error { _, err := st.Case(ctx, af, *tr.CaseID); return err })
	step("case list", func() error { _, err := st.Cases(ctx, af, sqlstore.CaseFilter{}); return err })
	r := tr.Referrals[0]
	step("accept", func() error { _, err := st.AcceptReferral(ctx, u[r.To], r.ID); return err })
	step("feedback", func() error { _, err := st.GiveFeedback(ctx, u[r.To], r.ID, "Terugkoppeling."); return err })
	step("referral view", func() error { _, err := st.Referral(ctx, u[r.To], r.ID); return err })
	step("hits", func() error { _, err := st.PersonHits(ctx, af); return err })
}
