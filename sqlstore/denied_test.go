package sqlstore_test

import (
	"context"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/schakel-nl/schakel"
	"github.com/schakel-nl/schakel/sqlstore"
)

// deniedFixture is a care case in Rotterdam with its referral to the care
// coordinator, and a new signal, none of which the AF of Dordrecht may see.
type deniedFixture struct {
	*fixture
	fresh, signal, caseID, referral string
}

func newDeniedFixture(t testing.TB) *deniedFixture {
	ctx := context.Background()
	f := &deniedFixture{fixture: newFixture(t)}
	sg, err := f.st.CreateSignal(ctx, f.u("melder"), signalInput())
	if err != nil {
		t.Fatal(err)
	}
	res, err := f.st.Triage(ctx, f.u("af:rotterdam"), sg.ID, schakel.TriageDecision{Route: schakel.RouteCare})
	if err != nil {
		t.Fatal(err)
	}
	fresh, err := f.st.CreateSignal(ctx, f.u("melder"), signalInput())
	if err != nil {
		t.Fatal(err)
	}
	f.fresh, f.signal, f.caseID, f.referral = fresh.ID, sg.ID, *res.CaseID, res.Referrals[0].ID
	return f
}

// recordCalls is every call that names a record that can be denied: the
// reads and the actions on signals, cases and referrals. Each is called
// with an id of the kind it names.
func recordCalls(f *deniedFixture) []struct {
	name, kind string
	call       func(ctx context.Context, u *schakel.User, id string) error
} {
	st := f.st
	return []struct {
		name, kind string
		call       func(ctx context.Context, u *schakel.User, id string) error
	}{
		{"read a signal", "signal", func(ctx context.Context, u *schakel.User, id string) error {
			_, err := st.Signal(ctx, u, id)
			return err
		}},
		{"triage a signal", "fresh", func(ctx context.Context, u *schakel.User, id string) error {
			_, err := st.Triage(ctx, u, id, schakel.TriageDecision{Route: schakel.RouteCare})
			return err
		}},
		{"read a case", "case", func(ctx context.Context, u *schakel.User, id string) error { _, err := st.Case(ctx, u, id); return err }},
		{"escalate a case", "case", func(ctx context.Context, u *schakel.User, id string) error {
			_, err := st.Escalate(ctx, u, id, "Loopt vast op de opvang.")
			return err
		}},
		{"close a case", "case", func(ctx context.Context, u *schakel.User, id string) error {
			_, err := st.CloseCase(ctx, u, id, "care_completed", "")
			return err
		}},
		{"refer a case again", "case", func(ctx context.Context, u *schakel.User, id string) error {
			_, err := st.ReRefer(ctx, u, id, "politie-avim", "")
			return err
		}},
		{"read a referral", "referral", func(ctx context.Context, u *schakel.User, id string) error {
			_, err := st.Referral(ctx, u, id)
			return err
		}},
		{"accept a referral", "referral", func(ctx context.Context, u *schakel.User, id string) error {
			_, err := st.AcceptReferral(ctx, u, id)
			return err
		}},
		{"decline a referral", "referral", func(ctx context.Context, u *schakel.User, id string) error {
			_, err := st.DeclineReferral(ctx, u, id, "Geen plaats.")
			return err
		}},
		{"give feedback on a referral", "referral", func(ctx context.Context, u *schakel.User, id string) error {
			_, err := st.GiveFeedback(ctx, u, id, "Terugkoppeling.")
			return err
		}},
		{"close a referral", "referral", func(ctx context.Context, u *schakel.User, id string) error {
			_, err := st.CloseReferral(ctx, u, id)
			return err
		}},
	}
}

func (f *deniedFixture) id(kind string) string {
	return map[string]string{"signal": f.signal, "fresh": f.fresh, "case": f.caseID, "referral": f.referral}[kind]
}

// effect is what one call did: its answer, and how many audit lines and
// committed write transactions it left.
type effect struct {
	Err    error
	Audit  int
	Writes int64
}

func measure(t *testing.T, st *sqlstore.Store, call func() error) effect {
	t.Helper()
	a, w := count(t, st, "audit_log"), st.DB().Writes()
	err := call()
	return effect{Err: err, Audit: count(t, st, "audit_log") - a, Writes: st.DB().Writes() - w}
}

// TestDeniedLooksLikeAbsent: for every call that names a record that can
// be denied, a denied attempt and an attempt on an absent record give the
// same answer and do the same work (one audit line, one committed write),
// so neither the answer nor its timing tells whether the record exists.
// Denied means: no grant at all (the AF of another municipality), and a
// grant to the signal but not to what was asked (the reporter).
func TestDeniedLooksLikeAbsent(t *testing.T) {
	t.Parallel()
	f := newDeniedFixture(t)
	ctx := context.Background()
	for _, who := range []string{"af:dordrecht", "melder"} {
		for _, c := range recordCalls(f) {
			if who == "melder" && (c.kind == "signal" || c.kind == "fresh") {
				continue // the reporter reads her own signal: not a denial
			}
			t.Run(who+": "+c.name, func(t *testing.T) {
				u := f.u(who)
				denied := measure(t, f.st, func() error { return c.call(ctx, u, f.id(c.kind)) })
				absent := measure(t, f.st, func() error { return c.call(ctx, u, sqlstore.NewID()) })
				malformed := measure(t, f.st, func() error { return c.call(ctx, u, "../x\x00%ff") })
				if schakel.ErrorKind(denied.Err) != schakel.KindNotFound {
					t.Fatalf("denied: %v", denied.Err)
				}
				if !reflect.DeepEqual(denied, absent) || !reflect.DeepEqual(denied, malformed) {
					t.Errorf("denied %+v, absent %+v, malformed id %+v", denied, absent, malformed)
				}
				if denied.Audit != 1 || denied.Writes != 1 {
					t.Errorf("a denial is one audit line in one write: %+v", denied)
				}
			})
		}
	}
	page, err := f.st.Audit(ctx, f.u("privacy"), sqlstore.AuditFilter{User: f.u("af:dordrecht").ID, Paging: schakel.Paging{Limit: 500}})
	if err != nil {
		t.Fatal(err)
	}
	var actions []string
	for _, e := range page.Items {
		actions = append(actions, e.Action)
	}
	if !slices.Contains(actions, "not_found") || !slices.Contains(actions, "denied") {
		t.Errorf("the privacy officer sees denials and attempts on absent records: %v", actions)
	}
}

// TestDeniedAndAbsentTakeTheSameTime measures what an insider would: the
// median time of many denied reads and many reads of absent records,
// interleaved. They must be within a factor of two of each other (today a
// denial's audit write, with its commit, was the whole difference).
func TestDeniedAndAbsentTakeTheSameTime(t *testing.T) {
	f := newDeniedFixture(t)
	ctx := context.Background()
	u := f.u("af:dordrecht")
	for _, c := range recordCalls(f) {
		if c.name != "read a signal" && c.name != "read a case" && c.name != "read a referral" {
			continue
		}
		t.Run(c.name, func(t *testing.T) {
			var denied, absent []time.Duration
			for i := range 160 {
				id, into := f.id(c.kind), &denied
				if i%2 == 1 {
					id, into = sqlstore.NewID(), &absent
				}
				start := time.Now()
				if err := c.call(ctx, u, id); schakel.ErrorKind(err) != schakel.KindNotFound {
					t.Fatal(err)
				}
				*into = append(*into, time.Since(start))
			}
			slices.Sort(denied)
			slices.Sort(absent)
			d, a := denied[len(denied)/2], absent[len(absent)/2]
			t.Logf("median: denied %v, absent %v", d, a)
			if d > 2*a || a > 2*d {
				t.Errorf("denied answers in %v, absent in %v: the difference tells whether the record exists", d, a)
			}
		})
	}
}
