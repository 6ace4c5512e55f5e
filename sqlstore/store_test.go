package sqlstore_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/schakel-nl/schakel"
	"github.com/schakel-nl/schakel/demo"
	"github.com/schakel-nl/schakel/sqlstore"
	"github.com/schakel-nl/schakel/sqlstore/sqltest"
)

// newStore opens a fresh database for one test, on the engine of the run.
func newStore(t testing.TB) *sqlstore.Store { return sqltest.Store(t) }

type fixture struct {
	st    *sqlstore.Store
	users map[string]*schakel.User
}

func newFixture(t testing.TB) *fixture {
	st := newStore(t)
	res, err := demo.Populate(context.Background(), st, demo.Options{Signals: 0, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	return &fixture{st: st, users: res.Users}
}

func (f *fixture) u(key string) *schakel.User { return f.users[key] }

// careCase is a signal of the melder that the AF of Rotterdam triaged to
// care (notifying notify): its signal and its case.
func (f *fixture) careCase(t testing.TB, notify ...schakel.Notify) (*schakel.Signal, string) {
	t.Helper()
	ctx := context.Background()
	sg, err := f.st.CreateSignal(ctx, f.u("melder"), signalInput())
	if err != nil {
		t.Fatal(err)
	}
	res, err := f.st.Triage(ctx, f.u("af:rotterdam"), sg.ID, schakel.TriageDecision{Route: schakel.RouteCare, Notify: notify, Rationale: "Zorg nodig."})
	if err != nil || res.CaseID == nil {
		t.Fatalf("triage: %v", err)
	}
	return sg, *res.CaseID
}

func signalInput() schakel.SignalInput {
	return schakel.SignalInput{
		Municipality: "rotterdam", ObservedOn: time.Now().In(schakel.Amsterdam).AddDate(0, 0, -1).Format(schakel.DateLayout),
		Forms: []schakel.Form{schakel.FormSexual}, Indicators: []string{"sexual.debt"}, Sector: "escort",
		Account:  "Vrouw wordt dagelijks opgehaald door wisselende mannen.",
		Reporter: schakel.Reporter{Name: "Mila de Melder", Organisation: "Wijkteam"},
		Persons: []schakel.Person{
			{Role: schakel.PersonVictim, Name: "Zuzana Testslachtoffer", BirthDate: "2009-05-01", Gender: "female", Nationality: "SK"},
			{Role: schakel.PersonSuspect, Name: "Viktor Testverdachte", Gender: "male"},
		},
	}
}

func count(t testing.TB, st *sqlstore.Store, table string) int {
	t.Helper()
	n, err := st.DB().CountRows(context.Background(), table)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestFlowPerRoute(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	tests := []struct {
		route        schakel.Route
		notify       []schakel.Notify
		processLead  string
		receivers    []string // organisation → demo user key
		signalStatus schakel.SignalStatus
	}{
		{schakel.RouteNone, nil, "", nil, schakel.SignalClosed},
		{schakel.RouteCare, []schakel.Notify{schakel.NotifyVeiligThuis}, "essm", []string{"essm", "veilig-thuis-rotterdam-rijnmond"}, schakel.SignalTriaged},
		{schakel.RouteCareAndCriminal, nil, "zvh-rotterdam-rijnmond", []string{"zvh-rotterdam-rijnmond", "essm"}, schakel.SignalTriaged},
		{schakel.RouteUndermining, []schakel.Notify{schakel.NotifyPolice}, "riec-rotterdam", []string{"riec-rotterdam", "politie-avim"}, schakel.SignalTriaged},
	}
	for _, tt := range tests {
		t.Run(string(tt.route), func(t *testing.T) {
			f := newFixture(t)
			sg, err := f.st.CreateSignal(ctx, f.u("melder"), signalInput())
			if err != nil {
				t.Fatal(err)
			}
			if sg.Status != schakel.SignalNew || !sg.HasMinor {
				t.Fatalf("new signal: status %s minor %v", sg.Status, sg.HasMinor)
			}
			res, err := f.st.Triage(ctx, f.u("af:rotterdam"), sg.ID, schakel.TriageDecision{Route: tt.route, Notify: tt.notify, Rationale: "toelichting"})
			if err != nil {
				t.Fatal(err)
			}
			if res.Signal.Status != tt.signalStatus {
				t.Errorf("signal status %s, want %s", res.Signal.Status, tt.signalStatus)
			}
			var to []string
			for _, r := range res.Referrals {
				to = append(to, r.To)
				if r.Status != schakel.ReferralSent {
					t.Errorf("referral to %s: %s", r.To, r.Status)
				}
			}
			if !slices.Equal(to, tt.receivers) {
				t.Fatalf("referrals to %v, want %v", to, tt.receivers)
			}
			if tt.route == schakel.RouteNone {
				if res.CaseID != nil {
					t.Fatal("route none opens no case")
				}
				return
			}
			c, err := f.st.Case(ctx, f.u("af:rotterdam"), *res.CaseID)
			if err != nil {
				t.Fatal(err)
			}
			if c.ProcessLead != tt.processLead || c.Route != tt.route {
				t.Errorf("case lead %s route %s", c.ProcessLead, c.Route)
			}
			// Every receiver accepts and gives feedback, then closes its part.
			for _, ref := range res.Referrals {
				u := f.u(ref.To)
				if _, err := f.st.AcceptReferral(ctx, u, ref.ID); err != nil {
					t.Fatalf("%s accept: %v", ref.To, err)
				}
				if _, err := f.st.GiveFeedback(ctx, u, ref.ID, "Intake gepland."); err != nil {
					t.Fatalf("%s feedback: %v", ref.To, err)
				}
				if _, err := f.st.CloseReferral(ctx, u, ref.ID); err != nil {
					t.Fatalf("%s close: %v", ref.To, err)
				}
			}
			c, err = f.st.Case(ctx, f.u("af:rotterdam"), *res.CaseID)
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range c.Referrals {
				if r.Status != schakel.ReferralClosed || len(r.Feedback) != 1 || r.Feedback[0].Message != "Intake gepland." {
					t.Errorf("referral %s: %s, feedback %v", r.To, r.Status, r.Feedback)
				}
			}
			if _, err := f.st.Escalate(ctx, f.u("af:rotterdam"), c.ID, "Geen opvangplek."); err != nil {
				t.Fatal(err)
			}
			br, err := f.st.Case(ctx, f.u("regie"), c.ID)
			if err != nil {
				t.Fatalf("beleidsregisseur sees the stuck case: %v", err)
			}
			if br.EscalationReason != "Geen opvangplek." || br.Visible.Has(schakel.FieldVictims) {
				t.Errorf("beleidsregisseur view: %+v", br)
			}
			if _, err := f.st.CloseCase(ctx, f.u("af:rotterdam"), c.ID, "care_completed", ""); err != nil {
				t.Fatal(err)
			}
			mine, err := f.st.Signal(ctx, f.u("melder"), sg.ID)
			if err != nil {
				t.Fatal(err)
			}
			if mine.Status != schakel.SignalClosed || mine.Route != "" || mine.CaseID != "" || mine.Rationale != "" {
				t.Errorf("melder sees closed status and nothing others added: %+v", mine)
			}
			kinds := map[string]bool{}
			for _, e := range c.Timeline {
				kinds[e.Kind] = true
			}
			for _, k := range []string{schakel.EventReceived, schakel.EventTriaged, schakel.EventCaseOpened, schakel.EventReferralSent} {
				if !kinds[k] {
					t.Errorf("timeline lacks %s", k)
				}
			}
		})
	}
}

func TestTriageOnceConflict(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	f := newFixture(t)
	sg, err := f.st.CreateSignal(ctx, f.u("melder"), signalInput())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.st.Triage(ctx, f.u("af:rotterdam"), sg.ID, schakel.TriageDecision{Route: schakel.RouteCare}); err != nil {
		t.Fatal(err)
	}
	_, err = f.st.Triage(ctx, f.u("af:rotterdam"), sg.ID, schakel.TriageDecision{Route: schakel.RouteUndermining})
	if schakel.ErrorKind(err) != schakel.KindConflict {
		t.Fatalf("second triage: %v, want conflict", err)
	}
	if n := count(t, f.st, "cases"); n != 1 {
		t.Fatalf("%d cases after a refused second triage", n)
	}
}

func TestTriageOnlyByAFOfMunicipality(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	f := newFixture(t)
	sg, _ := f.st.CreateSignal(ctx, f.u("melder"), signalInput())
	_, err := f.st.Triage(ctx, f.u("af:dordrecht"), sg.ID, schakel.TriageDecision{Route: schakel.RouteCare})
	if schakel.ErrorKind(err) != schakel.KindNotFound {
		t.Fatalf("AF of another municipality: %v, want not found", err)
	}
	_, err = f.st.Triage(ctx, f.u("melder"), sg.ID, schakel.TriageDecision{Route: schakel.RouteCare})
	if schakel.ErrorKind(err) != schakel.KindForbidden {
		t.Fatalf("the reporter may see but not triage: %v", err)
	}
}

func TestFailedWritesStoreNothing(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	f := newFixture(t)
	tables := []string{"signals", "persons", "events", "cases", "referrals"}
	before := map[string]int{}
	for _, tb := range tables {
		before[tb] = count(t, f.st, tb)
	}
	bad := signalInput()
	bad.Persons[1].Nationality = "ZZ" // the last thing validated
	if _, err := f.st.CreateSignal(ctx, f.u("melder"), bad); schakel.ErrorKind(err) != schakel.KindInvalid {
		t.Fatalf("want invalid, got %v", err)
	}
	sg, err := f.st.CreateSignal(ctx, f.u("melder"), signalInput())
	if err != nil {
		t.Fatal(err)
	}
	before["signals"]++
	before["persons"] += 2
	before["events"]++
	if _, err := f.st.Triage(ctx, f.u("af:rotterdam"), sg.ID, schakel.TriageDecision{Route: schakel.RouteNone}); schakel.ErrorKind(err) != schakel.KindInvalid {
		t.Fatalf("none without rationale: %v", err)
	}
	for _, tb := range tables {
		if got := count(t, f.st, tb); got != before[tb] {
			t.Errorf("%s: %d rows, want %d", tb, got, before[tb])
		}
	}
	got, _ := f.st.Signal(ctx, f.u("af:rotterdam"), sg.ID)
	if got.Status != schakel.SignalNew || got.Version != 1 {
		t.Errorf("signal changed by a failed triage: %s v%d", got.Status, got.Version)
	}
}

func TestDeclineReturnsToAF(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	f := newFixture(t)
	sg, _ := f.st.CreateSignal(ctx, f.u("melder"), signalInput())
	res, err := f.st.Triage(ctx, f.u("af:rotterdam"), sg.ID, schakel.TriageDecision{Route: schakel.RouteCare})
	if err != nil {
		t.Fatal(err)
	}
	ref := res.Referrals[0]
	if _, err := f.st.DeclineReferral(ctx, f.u("essm"), ref.ID, ""); schakel.ErrorKind(err) != schakel.KindInvalid {
		t.Fatalf("decline without reason: %v", err)
	}
	if _, err := f.st.DeclineReferral(ctx, f.u("essm"), ref.ID, "Geen capaciteit."); err != nil {
		t.Fatal(err)
	}
	if _, err := f.st.AcceptReferral(ctx, f.u("essm"), ref.ID); schakel.ErrorKind(err) != schakel.KindConflict {
		t.Fatalf("accept after decline: %v", err)
	}
	s, _ := f.st.Signal(ctx, f.u("af:rotterdam"), sg.ID)
	if !s.NeedsDecision {
		t.Fatal("a declined referral puts the signal back to the AF")
	}
	counts, _ := f.st.Counts(ctx, f.u("af:rotterdam"))
	if counts.NeedsDecision != 1 {
		t.Errorf("needs decision count %d", counts.NeedsDecision)
	}
	page, err := f.st.Cases(ctx, f.u("af:rotterdam"), sqlstore.CaseFilter{NeedsDecision: true})
	if err != nil || page.Total != 1 || page.Items[0].ID != *res.CaseID {
		t.Fatalf("needs-decision filter: %v %+v", err, page)
	}
	if _, err := f.st.ReRefer(ctx, f.u("af:rotterdam"), *res.CaseID, "essm", "Na overleg opnieuw."); err != nil {
		t.Fatal(err)
	}
	if _, err := f.st.ReRefer(ctx, f.u("af:rotterdam"), *res.CaseID, "essm", ""); schakel.ErrorKind(err) != schakel.KindConflict {
		t.Fatalf("a second open referral to the same organisation: %v", err)
	}
	s, _ = f.st.Signal(ctx, f.u("af:rotterdam"), sg.ID)
	if s.NeedsDecision {
		t.Fatal("re-referral is the AF's new decision")
	}
}

func TestOverdueDeadlines(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	f := newFixture(t)
	real := f.st.Now
	f.st.Now = func() time.Time { return real().AddDate(0, 0, -14) }
	in := signalInput()
	in.ObservedOn = real().AddDate(0, 0, -20).Format(schakel.DateLayout)
	sg, err := f.st.CreateSignal(ctx, f.u("melder"), in)
	if err != nil {
		t.Fatal(err)
	}
	f.st.Now = real
	got, _ := f.st.Signal(ctx, f.u("af:rotterdam"), sg.ID)
	if !got.Overdue {
		t.Fatal("a signal received 14 days ago and not triaged is overdue")
	}
	c, _ := f.st.Counts(ctx, f.u("af:rotterdam"))
	if c.OverdueSignals != 1 || c.NewSignals != 1 {
		t.Errorf("counts %+v", c)
	}
	page, _ := f.st.Signals(ctx, f.u("af:rotterdam"), sqlstore.SignalFilter{Overdue: true})
	if page.Total != 1 || !page.Items[0].Overdue {
		t.Errorf("overdue filter: %+v", page)
	}
	// A referral sent 14 days ago and not answered marks its case late.
	f.st.Now = func() time.Time { return real().AddDate(0, 0, -14) }
	res, err := f.st.Triage(ctx, f.u("af:rotterdam"), sg.ID, schakel.TriageDecision{Route: schakel.RouteCare})
	f.st.Now = real
	if err != nil {
		t.Fatal(err)
	}
	cases, _ := f.st.Cases(ctx, f.u("af:rotterdam"), sqlstore.CaseFilter{})
	one, _ := f.st.Case(ctx, f.u("af:rotterdam"), *res.CaseID)
	if cases.Total != 1 || !cases.Items[0].Overdue || !one.Overdue {
		t.Errorf("a case with an unanswered referral past its deadline is late: list %v, case %v", cases.Items, one.Overdue)
	}
	if inbox, _ := f.st.Referrals(ctx, f.u("essm"), sqlstore.ReferralFilter{}); inbox.Total != 1 || !inbox.Items[0].Overdue {
		t.Errorf("the referral is late in the inbox: %+v", inbox.Items)
	}
}

func TestReadsAreAudited(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	f := newFixture(t)
	sg, _ := f.st.CreateSignal(ctx, f.u("melder"), signalInput())
	before := count(t, f.st, "audit_log")
	if _, err := f.st.Signal(ctx, f.u("af:rotterdam"), sg.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := f.st.Signal(ctx, f.u("af:dordrecht"), sg.ID); schakel.ErrorKind(err) != schakel.KindNotFound {
		t.Fatalf("denied must look absent: %v", err)
	}
	if _, err := f.st.Signal(ctx, f.u("af:dordrecht"), "no-such-id"); schakel.ErrorKind(err) != schakel.KindNotFound {
		t.Fatalf("absent: %v", err)
	}
	page, err := f.st.Audit(ctx, f.u("privacy"), sqlstore.AuditFilter{ObjectID: sg.ID})
	if err != nil {
		t.Fatal(err)
	}
	var actions []string
	for _, e := range page.Items {
		actions = append(actions, e.Action+":"+e.Role)
	}
	for _, want := range []string{"view:aandachtsfunctionaris", "denied:aandachtsfunctionaris", "create:melder"} {
		if !slices.Contains(actions, want) {
			t.Errorf("audit lacks %s: %v", want, actions)
		}
	}
	// The view, the denial, the attempt on an absent id (recorded like a
	// denial, so that both take the same time), and the privacy
	// officer's search.
	if got := count(t, f.st, "audit_log"); got != before+4 {
		t.Errorf("audit rows %d, want %d", got, before+4)
	}
	if _, err := f.st.Audit(ctx, f.u("af:rotterdam"), sqlstore.AuditFilter{}); schakel.ErrorKind(err) != schakel.KindForbidden {
		t.Errorf("only the privacy officer reads the audit trail: %v", err)
	}
}

// TestListsMatchRecordAccess proves that the SQL filter of the lists and
// the record check agree, for every demo user over a populated database.
func TestListsMatchRecordAccess(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st := newStore(t)
	res, err := demo.Populate(ctx, st, demo.Options{Signals: 150, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	all, err := st.SignalSubjects(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for key, u := range res.Users {
		page, err := st.Signals(ctx, u, sqlstore.SignalFilter{Paging: schakel.Paging{Limit: 500}})
		if err != nil {
			t.Fatal(err)
		}
		listed := map[string]bool{}
		for _, s := range page.Items {
			listed[s.ID] = true
		}
		for id, sub := range all {
			f, _ := schakel.Access(u, sub, time.Now())
			if f.Has(schakel.FieldStatus) != listed[id] {
				t.Errorf("%s: signal %s listed=%v but Access=%b", key, id, listed[id], f)
			}
		}
		cases, err := st.Cases(ctx, u, sqlstore.CaseFilter{Paging: schakel.Paging{Limit: 500}})
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cases.Items {
			if _, err := st.Case(ctx, u, c.ID); err != nil {
				t.Errorf("%s: listed case %s not readable: %v", key, c.ID, err)
			}
		}
	}
}

func TestNewIDStrictlyIncreasing(t *testing.T) {
	t.Parallel()
	prev := sqlstore.NewID()
	for range 10000 {
		id := sqlstore.NewID()
		if id <= prev {
			t.Fatalf("%s after %s", id, prev)
		}
		prev = id
	}
}

func TestRunsOnTheChosenEngine(t *testing.T) {
	t.Parallel()
	want := sqlstore.SQLite
	if sqltest.Postgres() {
		want = sqlstore.Postgres
	}
	if got := newStore(t).DB().Dialect; got != want {
		t.Fatalf("engine %s, want %s", got, want)
	}
}

// The AF's list has two grants (own reports, own municipality); rows in
// only one, in both, and in none of the other must all be listed.
func TestListGrantOverlaps(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	f := newFixture(t)
	af := f.u("af:rotterdam")
	ids := func() []string {
		p, err := f.st.Signals(ctx, af, sqlstore.SignalFilter{})
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, s := range p.Items {
			out = append(out, s.ID)
		}
		if len(out) != p.Total {
			t.Fatalf("page of %d, total %d", len(out), p.Total)
		}
		return out
	}
	own, err := f.st.CreateSignal(ctx, af, signalInput()) // in both grants
	if err != nil {
		t.Fatal(err)
	}
	if got := ids(); len(got) != 1 || got[0] != own.ID {
		t.Fatalf("a signal in both grants: %v", got)
	}
	elsewhere := signalInput()
	elsewhere.Municipality = "dordrecht"
	away, err := f.st.CreateSignal(ctx, af, elsewhere) // own report only
	if err != nil {
		t.Fatal(err)
	}
	other, err := f.st.CreateSignal(ctx, f.u("melder"), signalInput()) // municipality only
	if err != nil {
		t.Fatal(err)
	}
	got := ids()
	slices.Sort(got)
	want := []string{own.ID, away.ID, other.ID}
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Fatalf("listed %v, want %v", got, want)
	}
}

// TestCreatedAnswerIsWhatIsStored: the intake answers from the validated
// input instead of reading back; the answer must equal a read.
func TestCreatedAnswerIsWhatIsStored(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	f := newFixture(t)
	for _, in := range []schakel.SignalInput{signalInput(), func() schakel.SignalInput {
		x := signalInput()
		x.Indicators, x.Sector, x.Persons = nil, "", nil
		yes := true
		x.AcuteDanger = yes
		return x
	}()} {
		created, err := f.st.CreateSignal(ctx, f.u("melder"), in)
		if err != nil {
			t.Fatal(err)
		}
		read, err := f.st.Signal(ctx, f.u("melder"), created.ID)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(read, created); diff != "" {
			t.Errorf("created answer differs from a read (-read +created):\n%s", diff)
		}
	}
}
