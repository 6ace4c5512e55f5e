package sqlstore_test

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/schakel-nl/schakel"
	"github.com/schakel-nl/schakel/demo"
	"github.com/schakel-nl/schakel/sqlstore"
)

// bindingFlow is one signal walked to an open case with an accepted
// referral that has feedback, and a declined one.
type bindingFlow struct {
	*fixture
	signal, caseID, accepted, declined string
	acceptedBy                         *schakel.User
	log                                *bytes.Buffer
	secrets                            []string
}

func newBindingFlow(t *testing.T) *bindingFlow {
	t.Helper()
	ctx := context.Background()
	f := &bindingFlow{fixture: newFixture(t), log: &bytes.Buffer{}}
	f.st.Log = slog.New(slog.NewJSONHandler(f.log, nil))
	in := signalInput()
	in.Persons[0].Name, in.Persons[1].Name = "Griselda Bindingtest", "Ottokar Bindingtest"
	in.Account = "Verslag Morgenster over de loods."
	f.secrets = []string{"Griselda", "Ottokar", "Morgenster", "Triagenotitie Zandloper", "Terugkoppeling Kompasroos", "Afwijzing Windvaan"}
	sg, err := f.st.CreateSignal(ctx, f.u("melder"), in)
	if err != nil {
		t.Fatal(err)
	}
	f.signal = sg.ID
	tr, err := f.st.Triage(ctx, f.u("af:rotterdam"), sg.ID, schakel.TriageDecision{Route: schakel.RouteCareAndCriminal, Rationale: "Triagenotitie Zandloper"})
	if err != nil {
		t.Fatal(err)
	}
	f.caseID = *tr.CaseID
	for _, r := range tr.Referrals {
		u := f.u(r.To)
		switch {
		case r.To == schakel.OrgCodeESSM:
			if _, err := f.st.DeclineReferral(ctx, u, r.ID, "Afwijzing Windvaan"); err != nil {
				t.Fatal(err)
			}
			f.declined = r.ID
		case f.accepted == "":
			if _, err := f.st.AcceptReferral(ctx, u, r.ID); err != nil {
				t.Fatal(err)
			}
			if _, err := f.st.GiveFeedback(ctx, u, r.ID, "Terugkoppeling Kompasroos"); err != nil {
				t.Fatal(err)
			}
			f.accepted, f.acceptedBy = r.ID, u
		}
	}
	if f.accepted == "" || f.declined == "" {
		t.Fatalf("the flow needs an accepted and a declined referral: %+v", tr.Referrals)
	}
	return f
}

// TestRecordBindings changes, outside Schakel, one unsealed column of a
// record at a time — as damage or a hand in the database would — and
// reads it back: every read that would show it answers an integrity error
// instead of the data, every list shows the row as damaged without its
// data, the fault is logged without personal data; with the value put
// back, the record reads as before.
func TestRecordBindings(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	f := newBindingFlow(t)
	db := f.st.DB()
	af, melder := f.u("af:rotterdam"), f.u("melder")
	other, err := f.st.CreateSignal(ctx, melder, signalInput())
	if err != nil {
		t.Fatal(err)
	}
	readSignal := func(u *schakel.User) func() error {
		return func() error { _, err := f.st.Signal(ctx, u, f.signal); return err }
	}
	readCase := func() error { _, err := f.st.Case(ctx, af, f.caseID); return err }
	readAccepted := func() error { _, err := f.st.Referral(ctx, f.acceptedBy, f.accepted); return err }
	// Lists: does the row come back as damaged, with nothing of its data?
	signalListed := func() bool {
		p, err := f.st.Signals(ctx, af, sqlstore.SignalFilter{})
		if err != nil {
			t.Fatalf("the list fails as a whole: %v", err)
		}
		i := slices.IndexFunc(p.Items, func(s schakel.Signal) bool { return s.ID == f.signal })
		return i >= 0 && p.Items[i].IntegrityError && p.Items[i].Municipality == "" && p.Items[i].Forms == nil
	}
	caseListed := func() bool {
		p, err := f.st.Cases(ctx, af, sqlstore.CaseFilter{})
		if err != nil {
			t.Fatalf("the list fails as a whole: %v", err)
		}
		i := slices.IndexFunc(p.Items, func(c schakel.Case) bool { return c.ID == f.caseID })
		return i >= 0 && p.Items[i].IntegrityError && p.Items[i].Route == ""
	}
	referralListed := func() bool {
		p, err := f.st.Referrals(ctx, f.acceptedBy, sqlstore.ReferralFilter{})
		if err != nil {
			t.Fatalf("the list fails as a whole: %v", err)
		}
		i := slices.IndexFunc(p.Items, func(r schakel.Referral) bool { return r.ID == f.accepted })
		return i >= 0 && p.Items[i].IntegrityError && p.Items[i].To == ""
	}
	personID := func() string {
		ids, err := db.Values(ctx, `SELECT id FROM persons WHERE signal_id = ? ORDER BY position`, f.signal)
		if err != nil || len(ids) == 0 {
			t.Fatal(ids, err)
		}
		return ids[0]
	}()
	feedbackID := func() string {
		ids, err := db.Values(ctx, `SELECT id FROM feedback WHERE referral_id = ?`, f.accepted)
		if err != nil || len(ids) != 1 {
			t.Fatal(ids, err)
		}
		return ids[0]
	}()
	otherMAC, err := db.Value(ctx, "signals", "row_mac", other.ID)
	if err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		name          string
		table, column string
		id            string
		value         string
		reads         []func() error
		lists         []func() bool
		after         []func() error // the reads that work again with the value back (default: reads)
	}{
		{"a signal's observation date is bound", "signals", "observed_on", f.signal, "2020-01-01", []func() error{readSignal(af), readSignal(melder), readCase}, []func() bool{signalListed, caseListed}, nil},
		{"a signal's municipality is bound", "signals", "municipality", f.signal, "schiedam", []func() error{readSignal(melder), readSignal(f.u("af:schiedam"))}, nil, []func() error{readSignal(melder), readSignal(af)}},
		{"a signal's route is bound", "signals", "route", f.signal, "none", []func() error{readSignal(af), readCase}, []func() bool{signalListed, caseListed}, nil},
		{"a signal's status is bound", "signals", "status", f.signal, "closed", []func() error{readSignal(af)}, []func() bool{signalListed}, nil},
		{"a signal's urgency is bound", "signals", "acute", f.signal, "1", []func() error{readSignal(af), readAccepted}, []func() bool{signalListed, referralListed}, nil},
		{"a signal's forms are bound", "signals", "forms", f.signal, "labour", []func() error{readSignal(af), readCase}, []func() bool{signalListed, caseListed}, nil},
		{"a signal's sector is bound", "signals", "sector", f.signal, "agriculture", []func() error{readSignal(af)}, []func() bool{signalListed}, nil},
		{"a signal's triage deadline is bound", "signals", "triage_due", f.signal, "2099-01-01T00:00:00.000000Z", []func() error{readSignal(af)}, []func() bool{signalListed}, nil},
		{"a signal's received time is bound", "signals", "received_at", f.signal, "2021-01-01T00:00:00.000000Z", []func() error{readSignal(af)}, []func() bool{signalListed}, nil},
		{"a signal's binding may not be removed", "signals", "row_mac", f.signal, "", []func() error{readSignal(af), readCase}, []func() bool{signalListed, caseListed}, nil},
		{"a binding belongs to its own signal", "signals", "row_mac", f.signal, otherMAC.String, []func() error{readSignal(af)}, []func() bool{signalListed}, nil},
		{"a person's role is bound", "persons", "role", personID, "suspect", []func() error{readSignal(af), readSignal(melder)}, nil, nil},
		{"a person's nationality is bound", "persons", "nationality", personID, "XX", []func() error{readSignal(af)}, nil, nil},
		{"a person's estimated age is bound", "persons", "estimated_age", personID, "41", []func() error{readSignal(af)}, nil, nil},
		{"a case's status is bound", "cases", "status", f.caseID, "closed", []func() error{readCase}, []func() bool{caseListed}, nil},
		{"a case's process lead is bound", "cases", "process_lead", f.caseID, "riec-rotterdam", []func() error{readCase}, []func() bool{caseListed}, nil},
		{"a case's opening time is bound", "cases", "opened_at", f.caseID, "2021-01-01T00:00:00.000000Z", []func() error{readCase}, []func() bool{caseListed}, nil},
		{"a referral's status is bound", "referrals", "status", f.accepted, "closed", []func() error{readAccepted, readCase}, []func() bool{referralListed}, nil},
		{"a referral's deadline is bound", "referrals", "accept_due", f.accepted, "2099-01-01T00:00:00.000000Z", []func() error{readAccepted, readCase}, []func() bool{referralListed}, nil},
		{"a declined referral's addressee is bound", "referrals", "to_org", f.declined, "politie-avim", []func() error{readCase}, nil, nil},
		{"a feedback's organisation is bound", "feedback", "org", feedbackID, "riec-rotterdam", []func() error{readCase, readAccepted}, nil, nil},
		{"a feedback's time is bound", "feedback", "at", feedbackID, "2021-01-01T00:00:00.000000Z", []func() error{readCase}, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			orig, err := db.Value(ctx, tt.table, tt.column, tt.id)
			if err != nil {
				t.Fatal(err)
			}
			if orig.String == tt.value {
				t.Fatalf("%s.%s is already %q: the change would prove nothing", tt.table, tt.column, tt.value)
			}
			set := func(v any) {
				t.Helper()
				if err := db.Exec(ctx, `UPDATE `+tt.table+` SET `+tt.column+` = ? WHERE id = ?`, v, tt.id); err != nil {
					t.Fatal(err)
				}
			}
			set(tt.value)
			for i, read := range tt.reads {
				if err := read(); schakel.ErrorKind(err) != schakel.KindIntegrity {
					t.Errorf("read %d of the changed record: want an integrity error, got %v", i, err)
				} else if e := err.(*schakel.Error); !strings.Contains(e.Message, "beschadigd") {
					t.Errorf("read %d: the message does not say what is wrong: %q", i, e.Message)
				}
			}
			for i, listed := range tt.lists {
				if !listed() {
					t.Errorf("list %d shows the changed row as if whole", i)
				}
			}
			if orig.Valid {
				set(orig.String)
			} else {
				set(nil)
			}
			after := tt.after
			if after == nil {
				after = tt.reads
			}
			for i, read := range after {
				if err := read(); err != nil {
					t.Errorf("read %d after the value is back: %v", i, err)
				}
			}
		})
	}

	t.Run("a write does not bind a changed row anew", func(t *testing.T) {
		if err := db.Exec(ctx, `UPDATE cases SET process_lead = 'riec-rotterdam' WHERE id = ?`, f.caseID); err != nil {
			t.Fatal(err)
		}
		if _, err := f.st.Escalate(ctx, af, f.caseID, "Vastgelopen."); schakel.ErrorKind(err) != schakel.KindIntegrity {
			t.Fatalf("escalating a changed case: want an integrity error, got %v", err)
		}
		if n, _ := db.CountWhere(ctx, "cases", "id = ? AND escalated = 1", f.caseID); n != 0 {
			t.Fatal("the refused write was stored")
		}
	})

	t.Run("a signal that is not erased has its key", func(t *testing.T) {
		if err := db.Exec(ctx, `DELETE FROM record_keys WHERE record_id = ?`, other.ID); err != nil {
			t.Fatal(err)
		}
		if _, err := f.st.Signal(ctx, af, other.ID); schakel.ErrorKind(err) != schakel.KindIntegrity {
			t.Fatalf("a signal without its key: want an integrity error (not blank fields), got %v", err)
		}
	})

	logged := f.log.String()
	if strings.Count(logged, `"msg":"integrity fault"`) < len(tests) || !strings.Contains(logged, f.signal) || !strings.Contains(logged, `"table":"persons"`) {
		t.Errorf("faults are logged with table and id:\n%s", logged)
	}
	for _, s := range f.secrets {
		if strings.Contains(logged, s) {
			t.Errorf("the fault log holds personal data %q", s)
		}
	}
	if f.st.IntegrityFaults() == 0 {
		t.Error("faults are not counted")
	}
}

// TestEveryWriteBinds walks the demo's full flow — intake, triage,
// referrals accepted, declined and sent again, feedback, escalation,
// closure — and the privacy officer's legal hold and erasure, then checks
// every row of every record: whatever wrote a row left it bound.
func TestEveryWriteBinds(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st := newStore(t)
	res, err := demo.Populate(ctx, st, demo.Options{Signals: 80, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	page, err := st.Signals(ctx, res.Users["af:rotterdam"], sqlstore.SignalFilter{Paging: schakel.Paging{Limit: 500}})
	if err != nil || len(page.Items) < 2 {
		t.Fatal(page, err)
	}
	privacy := res.Users["privacy"]
	if err := st.SetLegalHold(ctx, privacy, page.Items[0].ID, true, "Vordering OvJ."); err != nil {
		t.Fatal(err)
	}
	if err := st.SetLegalHold(ctx, privacy, page.Items[0].ID, false, ""); err != nil {
		t.Fatal(err)
	}
	in := signalInput()
	gone, err := st.CreateSignal(ctx, res.Users["melder"], in)
	if err != nil {
		t.Fatal(err)
	}
	if r, err := st.EraseSubject(ctx, privacy, in.Persons[0], []string{gone.ID}); err != nil || len(r.Erased) != 1 {
		t.Fatal(r, err)
	}
	rep, err := st.CheckRecords(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Problems) > 0 {
		t.Fatalf("rows left unbound or mis-bound by a write:\n%s", strings.Join(rep.Problems, "\n"))
	}
	for _, table := range []string{"signals", "persons", "cases", "referrals", "feedback"} {
		if n, _ := st.DB().CountWhere(ctx, table, "row_mac <> ''"); n == 0 {
			t.Errorf("no bound rows in %s: the walk proves nothing", table)
		}
	}
	// Every list and view reads back whole.
	for _, key := range []string{"af:rotterdam", "af:dordrecht", "essm", "politie-avim", "riec-rotterdam"} {
		u := res.Users[key]
		cases, err := st.Cases(ctx, u, sqlstore.CaseFilter{Paging: schakel.Paging{Limit: 500}})
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cases.Items {
			if c.IntegrityError {
				t.Errorf("%s: case %s listed as damaged", key, c.ID)
			}
			if _, err := st.Case(ctx, u, c.ID); err != nil {
				t.Errorf("%s: case %s: %v", key, c.ID, err)
			}
		}
	}
}

// TestListsUnderConcurrentColdReads: many users listing at once, on a
// process that knows no record's binder yet, all get their pages. (Checking
// a row may read its record key; done while the page's rows were still
// open, each request held one connection and waited for another, and the
// read pool starved: every list hung.)
func TestListsUnderConcurrentColdReads(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	f := newFixture(t)
	for range 60 {
		if _, err := f.st.CreateSignal(ctx, f.u("melder"), signalInput()); err != nil {
			t.Fatal(err)
		}
	}
	cold := sqlstore.New(f.st.DB(), schakel.DefaultDeadlines, f.st.Keys())
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	errs := make(chan error, 40)
	for range cap(errs) {
		go func() {
			p, err := cold.Signals(ctx, f.u("af:rotterdam"), sqlstore.SignalFilter{})
			if err == nil && len(p.Items) != 50 {
				err = fmt.Errorf("%d rows", len(p.Items))
			}
			errs <- err
		}()
	}
	for range cap(errs) {
		if err := <-errs; err != nil {
			t.Fatalf("a list under concurrent cold reads: %v", err)
		}
	}
}
