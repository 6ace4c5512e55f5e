package sqlstore_test

import (
	"context"
	"log/slog"
	"slices"
	"testing"
	"time"

	"github.com/schakel-nl/schakel"
	"github.com/schakel-nl/schakel/sqlstore"
)

// triaged makes a signal in Rotterdam naming victim, triaged on route,
// with its case closed when close is set.
func (f *fixture) triaged(t *testing.T, route schakel.Route, victim string, close bool) *schakel.Signal {
	t.Helper()
	ctx := context.Background()
	in := signalInput()
	in.Persons[0].Name, in.Persons[0].BirthDate = victim, "1997-02-03"
	sg, err := f.st.CreateSignal(ctx, f.u("melder"), in)
	if err != nil {
		t.Fatal(err)
	}
	res, err := f.st.Triage(ctx, f.u("af:rotterdam"), sg.ID, schakel.TriageDecision{Route: route, Rationale: "Toelichting over " + victim})
	if err != nil {
		t.Fatal(err)
	}
	if close && res.CaseID != nil {
		if _, err := f.st.CloseCase(ctx, f.u("af:rotterdam"), *res.CaseID, "care_completed", "Afgerond met "+victim); err != nil {
			t.Fatal(err)
		}
	}
	return sg
}

func runJobs(t *testing.T, st *sqlstore.Store, periodic ...sqlstore.Periodic) {
	t.Helper()
	jr := &sqlstore.JobRunner{Store: st, Instance: "t", Poll: time.Millisecond, Lease: time.Minute, Periodic: periodic, Log: slog.New(slog.DiscardHandler)}
	if err := jr.Tick(context.Background()); err != nil {
		t.Fatal(err)
	}
}

func TestRetention(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	tests := []struct {
		rule   string
		route  schakel.Route
		close  bool
		hold   bool
		months int // how far the clock moves
		erased bool
	}{
		{"a signal triaged as none is erased after 6 months", schakel.RouteNone, false, false, 7, true},
		{"a signal triaged as none is kept within 6 months", schakel.RouteNone, false, false, 5, false},
		{"a closed care case is erased after 60 months", schakel.RouteCare, true, false, 61, true},
		{"a closed care case is kept within 60 months", schakel.RouteCare, true, false, 59, false},
		{"a closed undermining case is erased after 60 months", schakel.RouteUndermining, true, false, 61, true},
		{"an open case is never erased by retention", schakel.RouteCareAndCriminal, false, false, 120, false},
		{"a legal hold keeps a signal past its period", schakel.RouteNone, false, true, 7, false},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			f := newFixture(t)
			sg := f.triaged(t, tt.route, "Ludmila Zelenková", tt.close)
			if tt.hold {
				if err := f.st.SetLegalHold(ctx, f.u("privacy"), sg.ID, true, "Vordering van het Openbaar Ministerie"); err != nil {
					t.Fatal(err)
				}
			}
			now := time.Now()
			shift := now.AddDate(0, tt.months, 1).Sub(now)
			clock(f.st, &shift)
			runJobs(t, f.st, sqlstore.Periodic{Kind: sqlstore.JobRetention, Interval: 24 * time.Hour})
			shift = 0
			got, err := f.st.Signal(ctx, f.u("af:rotterdam"), sg.ID)
			if err != nil {
				t.Fatal(err)
			}
			if (got.ErasedAt != nil) != tt.erased {
				t.Fatalf("erased %v, want %v", got.ErasedAt != nil, tt.erased)
			}
			if !tt.erased {
				if got.Persons[0].Name != "Ludmila Zelenková" {
					t.Errorf("kept signal lost its data: %+v", got.Persons)
				}
				return
			}
			// A tombstone: codes stay, personal data is gone for good.
			if got.Persons[0].Name != "" || got.Account != "" || got.Rationale != "" || got.Reporter.Name != "" {
				t.Errorf("erased signal still shows personal data: %+v", got)
			}
			if got.Municipality != "rotterdam" || len(got.Forms) == 0 || got.Route != tt.route || got.Persons[0].Nationality != "SK" || got.Persons[0].Gender != "female" {
				t.Errorf("tombstone lost its codes: %+v", got)
			}
			if n, _ := f.st.DB().CountWhere(ctx, "record_keys", "record_id = ?", sg.ID); n != 0 {
				t.Error("the record key survived")
			}
			if n, _ := f.st.DB().CountWhere(ctx, "person_index", "signal_id = ?", sg.ID); n != 0 {
				t.Error("the blind index survived")
			}
			p, _ := f.st.Audit(ctx, f.u("privacy"), sqlstore.AuditFilter{ObjectID: sg.ID, Paging: schakel.Paging{Limit: 100}})
			var erase bool
			for _, e := range p.Items {
				erase = erase || (e.Action == "erase" && e.Purpose == "retention")
			}
			if !erase {
				t.Error("the erasure is not in the audit trail")
			}
		})
	}
}

func TestSubjectAccessAndErasure(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	f := newFixture(t)
	priv := f.u("privacy")
	a := f.triaged(t, schakel.RouteCare, "Ana Popović", false)
	b := f.triaged(t, schakel.RouteNone, "Ana Popović", false)
	other := f.triaged(t, schakel.RouteNone, "Iemand Anders", false)
	who := schakel.Person{Name: "POPOVIC, Ana", BirthDate: "03-02-1997"}
	recs, err := f.st.SubjectAccess(ctx, priv, who)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, r := range recs {
		ids = append(ids, r.Signal.ID)
		if r.Signal.Persons[0].Name != "Ana Popović" || r.Signal.Account == "" || len(r.Access) == 0 {
			t.Errorf("art. 15 record incomplete: %+v", r)
		}
	}
	if !slices.Contains(ids, a.ID) || !slices.Contains(ids, b.ID) || slices.Contains(ids, other.ID) {
		t.Fatalf("art. 15 found %v", ids)
	}
	if recs[0].Case == nil && recs[1].Case == nil {
		t.Error("the case of the care signal is missing")
	}
	if _, err := f.st.SubjectAccess(ctx, f.u("af:rotterdam"), who); schakel.ErrorKind(err) != schakel.KindForbidden {
		t.Errorf("the AF made an access request: %v", err)
	}
	if _, err := f.st.SubjectAccess(ctx, priv, schakel.Person{Name: "Ana"}); schakel.ErrorKind(err) != schakel.KindInvalid {
		t.Errorf("a person without a birth date: %v", err)
	}
	// Art. 17, with a legal hold on one of them.
	if err := f.st.SetLegalHold(ctx, priv, a.ID, true, ""); schakel.ErrorKind(err) != schakel.KindInvalid {
		t.Errorf("a hold without a reason: %v", err)
	}
	if err := f.st.SetLegalHold(ctx, priv, a.ID, true, "Strafrechtelijk onderzoek loopt"); err != nil {
		t.Fatal(err)
	}
	if _, err := f.st.EraseSubject(ctx, priv, who, []string{other.ID}); schakel.ErrorKind(err) != schakel.KindInvalid {
		t.Errorf("erasing a signal that does not name the person: %v", err)
	}
	res, err := f.st.EraseSubject(ctx, priv, who, []string{a.ID, b.ID})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(res.Erased, []string{b.ID}) || !slices.Equal(res.Held, []string{a.ID}) {
		t.Fatalf("erasure: %+v", res)
	}
	sb, _ := f.st.Signal(ctx, f.u("af:rotterdam"), b.ID)
	sa, _ := f.st.Signal(ctx, f.u("af:rotterdam"), a.ID)
	if sb.ErasedAt == nil || sb.Persons[0].Name != "" || sa.ErasedAt != nil || sa.Persons[0].Name == "" || !sa.LegalHold {
		t.Errorf("after erasure: b %+v / a %+v", sb.Persons, sa.Persons)
	}
	if err := f.st.SetLegalHold(ctx, priv, b.ID, true, "Te laat"); schakel.ErrorKind(err) != schakel.KindConflict {
		t.Errorf("a hold on an erased signal: %v", err)
	}
	// What is erased is no longer found for the person.
	list, err := f.st.SubjectSignals(ctx, priv, who)
	if err != nil || len(list) != 1 || list[0].ID != a.ID || !list[0].Hold {
		t.Errorf("after erasure the person is found in %+v (%v)", list, err)
	}
}

func TestBreakGlass(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	f := newFixture(t)
	sg := f.triaged(t, schakel.RouteCare, "Oksana Noodgeval", false)
	got, _ := f.st.Signal(ctx, f.u("af:rotterdam"), sg.ID)
	caseID := got.CaseID
	riec := f.u("riec-rotterdam") // the care route gives the RIEC nothing
	if _, err := f.st.Case(ctx, riec, caseID); schakel.ErrorKind(err) != schakel.KindNotFound {
		t.Fatalf("RIEC before emergency access: %v", err)
	}
	reason := "Slachtoffer meldt zich nu bij politiepost, acuut gevaar"
	tests := []struct {
		rule string
		user string
		id   string
		why  string
		kind schakel.Kind
	}{
		{"a reporter cannot take emergency access", "melder", caseID, reason, schakel.KindForbidden},
		{"the beleidsregisseur cannot take emergency access", "regie", caseID, reason, schakel.KindForbidden},
		{"a reason of fewer than 20 characters is refused", "riec-rotterdam", caseID, "nood", schakel.KindInvalid},
		{"an unknown case is not found", "riec-rotterdam", "no-such-case", reason, schakel.KindNotFound},
		{"who has access already needs none", "af:rotterdam", caseID, reason, schakel.KindConflict},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			if _, err := f.st.RequestBreakGlass(ctx, f.u(tt.user), tt.id, tt.why); schakel.ErrorKind(err) != tt.kind {
				t.Errorf("got %v, want %s", err, tt.kind)
			}
		})
	}
	var shift time.Duration
	clock(f.st, &shift)
	bg, err := f.st.RequestBreakGlass(ctx, riec, caseID, reason)
	if err != nil {
		t.Fatal(err)
	}
	c, err := f.st.Case(ctx, riec, caseID)
	if err != nil || c.BreakGlassUntil == nil || !c.BreakGlassUntil.Equal(bg.ExpiresAt.Truncate(time.Microsecond)) && c.BreakGlassUntil.Sub(bg.ExpiresAt).Abs() > time.Millisecond {
		t.Fatalf("case under emergency access: %v %+v", err, c)
	}
	s2, err := f.st.Signal(ctx, riec, sg.ID)
	if err != nil || s2.Persons[0].Name != "Oksana Noodgeval" || s2.Reporter != nil || s2.BreakGlassUntil == nil {
		t.Fatalf("signal under emergency access: %v %+v", err, s2)
	}
	// Only for this user, and only until it ends.
	if _, err := f.st.Case(ctx, f.u("politie-avim"), caseID); schakel.ErrorKind(err) != schakel.KindNotFound {
		t.Errorf("another user rides on the emergency access: %v", err)
	}
	shift = sqlstore.BreakGlassDuration + time.Minute
	if _, err := f.st.Case(ctx, riec, caseID); schakel.ErrorKind(err) != schakel.KindNotFound {
		t.Errorf("emergency access after it ended: %v", err)
	}
	shift = 0
	// The privacy officer is told, with the reason, and reviews it.
	if n, _ := f.st.OpenBreakGlassReviews(ctx); n != 1 {
		t.Errorf("%d open reviews", n)
	}
	list, err := f.st.BreakGlasses(ctx, f.u("privacy"), true)
	if err != nil || len(list) != 1 || list[0].Reason != reason || list[0].UserID != riec.ID {
		t.Fatalf("review list: %+v %v", list, err)
	}
	if _, err := f.st.BreakGlasses(ctx, riec, true); schakel.ErrorKind(err) != schakel.KindForbidden {
		t.Errorf("the RIEC reads the review list: %v", err)
	}
	if err := f.st.ReviewBreakGlass(ctx, f.u("privacy"), bg.ID); err != nil {
		t.Fatal(err)
	}
	if n, _ := f.st.OpenBreakGlassReviews(ctx); n != 0 {
		t.Errorf("%d open reviews after the review", n)
	}
	p, _ := f.st.Audit(ctx, f.u("privacy"), sqlstore.AuditFilter{User: riec.ID, Paging: schakel.Paging{Limit: 100}})
	var purposes []string
	for _, e := range p.Items {
		purposes = append(purposes, e.Action+":"+e.Purpose)
	}
	if !slices.Contains(purposes, "break_glass:break_glass") || !slices.Contains(purposes, "view:break_glass") {
		t.Errorf("audit of the emergency access: %v", purposes)
	}
}
