package sqlstore_test

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/schakel-nl/schakel"
)

// TestAccessSQLAgreesWithAccess checks the list filter (the policy as SQL)
// against the record decision (schakel.Access) for every user of every
// role, active or not, over records in every state the policy tells
// apart: own report or not, a served municipality or not, every route
// including none decided yet, referrals to the viewer's organisation and
// to others that are sent, accepted, declined or closed, escalated or
// not, erased or not. For every field the lists ask for, the ids the SQL
// returns must be exactly those Access gives that field.
func TestAccessSQLAgreesWithAccess(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	f := newFixture(t)
	cat, err := f.st.Catalog(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// A municipality of another region than Rotterdam's, with its own AF.
	other := ""
	for key := range f.users {
		slug, ok := strings.CutPrefix(key, "af:")
		if ok && slug != "rotterdam" && cat.Municipalities[slug].ZVH != cat.Municipalities["rotterdam"].ZVH {
			other = slug
			break
		}
	}
	if other == "" {
		t.Fatal("no AF outside the Rotterdam region among the demo users")
	}
	notify := map[schakel.Route][]schakel.Notify{
		schakel.RouteCare:            {schakel.NotifyPolice, schakel.NotifyVeiligThuis},
		schakel.RouteCareAndCriminal: {schakel.NotifyPolice},
		schakel.RouteUndermining:     {schakel.NotifyPolice},
	}
	states := []schakel.ReferralStatus{schakel.ReferralSent, schakel.ReferralAccepted, schakel.ReferralDeclined, schakel.ReferralClosed}
	// Every role that may report reports some of the records, so each
	// own-report grant is compared.
	var reporters []*schakel.User
	for _, key := range slices.Sorted(maps.Keys(f.users)) {
		if u := f.u(key); u.Role.MayReport() && !slices.ContainsFunc(reporters, func(r *schakel.User) bool { return r.Role == u.Role }) {
			reporters = append(reporters, u)
		}
	}
	var erased, escalated, n int
	for _, muni := range []string{"rotterdam", other} {
		af := f.u("af:" + muni)
		for _, route := range append([]schakel.Route{""}, schakel.Routes...) {
			for v := range 4 {
				reporter := reporters[n%len(reporters)]
				n++
				in := signalInput()
				in.Municipality = muni
				sg, err := f.st.CreateSignal(ctx, reporter, in)
				if err != nil {
					t.Fatal(err)
				}
				if route != "" {
					res, err := f.st.Triage(ctx, af, sg.ID, schakel.TriageDecision{Route: route, Notify: notify[route], Rationale: "toelichting"})
					if err != nil {
						t.Fatalf("%s %s: %v", muni, route, err)
					}
					for i, r := range res.Referrals {
						f.moveReferral(t, r, states[(i+v)%len(states)])
					}
					if res.CaseID != nil && v%2 == 1 {
						if _, err := f.st.Escalate(ctx, af, *res.CaseID, "Loopt vast."); err != nil {
							t.Fatal(err)
						}
						escalated++
					}
				}
				if v == 3 {
					if err := f.st.EraseSignal(ctx, sg.ID); err != nil {
						t.Fatal(err)
					}
					erased++
				}
			}
		}
	}
	if escalated == 0 || erased == 0 {
		t.Fatalf("escalated %d, erased %d records: the states are not all there", escalated, erased)
	}

	subjects, err := f.st.SignalSubjects(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var users []*schakel.User
	for _, key := range slices.Sorted(maps.Keys(f.users)) {
		u := f.user(t, key)
		inactive := *u
		inactive.Active = false
		users = append(users, u, &inactive)
	}
	now := time.Now()
	held := map[string]bool{} // role/purpose of every grant that held somewhere
	for _, u := range users {
		for bit := schakel.Fields(1); bit <= schakel.FieldsAll; bit <<= 1 {
			var want []string
			for id, sub := range subjects {
				fs, purposes := schakel.Access(u, sub, now)
				if fs.Has(bit) {
					want = append(want, id)
				}
				for _, p := range purposes {
					held[string(u.Role)+"/"+p] = true
				}
			}
			whole, byGrant, err := f.st.AccessIDs(ctx, u, bit)
			if err != nil {
				t.Fatal(err)
			}
			name := fmt.Sprintf("%s %s (active %v) field %b", u.Role, u.Org, u.Active, bit)
			if got, want := set(whole), set(want); got != want {
				t.Errorf("%s: SQL lists %s, Access gives %s", name, got, want)
			}
			if got, want := set(byGrant), set(want); got != want {
				t.Errorf("%s: grant by grant SQL lists %s, Access gives %s", name, got, want)
			}
		}
	}
	// Every grant of the policy held for some user and record, so each
	// was compared where it gives access and not only where it denies.
	for _, g := range schakel.Policy {
		if !held[string(g.Role)+"/"+g.Purpose] {
			t.Errorf("grant %s/%s held for no record: the records do not cover it", g.Role, g.Purpose)
		}
	}
}

// moveReferral brings a sent referral to status to as its addressee would.
func (f *fixture) moveReferral(t *testing.T, r schakel.Referral, to schakel.ReferralStatus) {
	t.Helper()
	ctx := context.Background()
	if to == schakel.ReferralSent {
		return
	}
	recv := f.user(t, r.To)
	var err error
	switch to {
	case schakel.ReferralAccepted:
		_, err = f.st.AcceptReferral(ctx, recv, r.ID)
	case schakel.ReferralDeclined:
		_, err = f.st.DeclineReferral(ctx, recv, r.ID, "Niet aan ons.")
	case schakel.ReferralClosed:
		if _, err = f.st.AcceptReferral(ctx, recv, r.ID); err == nil {
			_, err = f.st.CloseReferral(ctx, recv, r.ID)
		}
	}
	if err != nil {
		t.Fatalf("referral to %s → %s: %v", r.To, to, err)
	}
}

// set is a sorted, duplicate-free rendering of ids, for comparing.
func set(ids []string) string {
	ids = slices.Clone(ids)
	sort.Strings(ids)
	return fmt.Sprint(slices.Compact(ids))
}
