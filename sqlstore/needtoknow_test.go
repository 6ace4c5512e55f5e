package sqlstore_test

import (
	"context"
	"log/slog"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/schakel-nl/schakel"
	"github.com/schakel-nl/schakel/sqlstore"
)

// user loads a demo user as a request would (a ZVH serves the
// municipalities whose ZVH it is).
func (f *fixture) user(t *testing.T, key string) *schakel.User {
	t.Helper()
	u, err := f.st.UserByID(context.Background(), f.u(key).ID)
	if err != nil {
		t.Fatal(err)
	}
	return u
}

// routed reports a Rotterdam signal and triages it into route r.
func (f *fixture) routed(t *testing.T, r schakel.Route, notify ...schakel.Notify) (*schakel.Signal, *sqlstore.TriageResult) {
	t.Helper()
	ctx := context.Background()
	sg, err := f.st.CreateSignal(ctx, f.u("melder"), signalInput())
	if err != nil {
		t.Fatal(err)
	}
	res, err := f.st.Triage(ctx, f.u("af:rotterdam"), sg.ID, schakel.TriageDecision{Route: r, Notify: notify, Rationale: "Verdachte Viktor haalt haar op."})
	if err != nil {
		t.Fatal(err)
	}
	return sg, res
}

// Every route × organisation: a referral is sent only to an organisation
// that can see and answer it; any other is refused naming the
// organisation, and the AF is offered exactly the possible addressees.
func TestReferralAddressees(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	for _, route := range []schakel.Route{schakel.RouteCare, schakel.RouteCareAndCriminal, schakel.RouteUndermining} {
		t.Run(string(route), func(t *testing.T) {
			f := newFixture(t)
			cat, err := f.st.Catalog(ctx)
			if err != nil {
				t.Fatal(err)
			}
			_, res := f.routed(t, route)
			af := f.u("af:rotterdam")
			c, err := f.st.Case(ctx, af, *res.CaseID)
			if err != nil {
				t.Fatal(err)
			}
			open := map[string]bool{}
			for _, r := range res.Referrals {
				open[r.To] = true
			}
			var wantOffered []string
			for code, org := range cat.Organisations {
				if schakel.MayAddress(org, route, cat.Municipalities["rotterdam"]) && !open[code] {
					wantOffered = append(wantOffered, code)
				}
			}
			slices.Sort(wantOffered)
			offered := slices.Sorted(slices.Values(c.Addressees))
			if !slices.Equal(offered, wantOffered) {
				t.Errorf("offered %v, want %v", offered, wantOffered)
			}
			for code, org := range cat.Organisations {
				_, err := f.st.ReRefer(ctx, af, c.ID, code, "")
				switch {
				case open[code]:
					if schakel.ErrorKind(err) != schakel.KindConflict {
						t.Errorf("%s already has an open referral: %v", code, err)
					}
				case slices.Contains(wantOffered, code):
					if err != nil {
						t.Errorf("%s may receive a %s case: %v", code, route, err)
						continue
					}
					// The addressee finds it in its inbox and can open the case.
					recv := f.user(t, code)
					page, err := f.st.Referrals(ctx, recv, sqlstore.ReferralFilter{})
					if err != nil || page.Total != 1 || !page.Items[0].CaseVisible {
						t.Errorf("%s inbox after the referral: %v %+v", code, err, page)
					}
					if _, err := f.st.Case(ctx, recv, c.ID); err != nil {
						t.Errorf("%s cannot open the case referred to it: %v", code, err)
					}
				default:
					e, ok := err.(*schakel.Error)
					if !ok || e.Kind != schakel.KindInvalid || len(e.Fields) != 1 || e.Fields[0].Field != "to" || !strings.Contains(e.Fields[0].Message, org.Name) {
						t.Errorf("%s cannot see a %s case: want 422 on to naming it, got %v", code, route, err)
					}
				}
			}
		})
	}
}

// After a referral is declined or closed, the organisation's access to
// the case ends, except for what it wrote itself.
func TestEndedReferralKeepsOnlyOwnWork(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	f := newFixture(t)
	sg, res := f.routed(t, schakel.RouteCare, schakel.NotifyPolice)
	refs := map[string]schakel.Referral{}
	for _, r := range res.Referrals {
		refs[r.To] = r
	}
	police, essm := f.user(t, "politie-avim"), f.user(t, "essm")
	pref, eref := refs["politie-avim"].ID, refs["essm"].ID
	if _, err := f.st.AcceptReferral(ctx, police, pref); err != nil {
		t.Fatal(err)
	}
	if _, err := f.st.AcceptReferral(ctx, essm, eref); err != nil {
		t.Fatal(err)
	}
	if _, err := f.st.GiveFeedback(ctx, essm, eref, "ESSM: intake gepland."); err != nil {
		t.Fatal(err)
	}
	if _, err := f.st.GiveFeedback(ctx, police, pref, "Politie: verdachte aangehouden."); err != nil {
		t.Fatal(err)
	}
	// While open, the police see the case and the other organisations' notes.
	if c, err := f.st.Case(ctx, police, *res.CaseID); err != nil || len(c.Referrals) != 2 {
		t.Fatalf("police on an open referral: %v", err)
	}
	if _, err := f.st.CloseReferral(ctx, police, pref); err != nil {
		t.Fatal(err)
	}
	for name, read := range map[string]func() error{
		"case":                   func() error { _, err := f.st.Case(ctx, police, *res.CaseID); return err },
		"signal":                 func() error { _, err := f.st.Signal(ctx, police, sg.ID); return err },
		"another org's referral": func() error { _, err := f.st.Referral(ctx, police, eref); return err },
	} {
		if err := read(); schakel.ErrorKind(err) != schakel.KindNotFound {
			t.Errorf("police after closing read the %s: %v", name, err)
		}
	}
	page, err := f.st.Signals(ctx, police, sqlstore.SignalFilter{})
	if err != nil || page.Total != 0 {
		t.Errorf("police after closing still list signals: %v %+v", err, page)
	}
	mine, err := f.st.Referral(ctx, police, pref)
	if err != nil {
		t.Fatalf("police keep their own referral: %v", err)
	}
	if mine.CaseVisible || len(mine.Feedback) != 1 || mine.Feedback[0].Org != "politie-avim" {
		t.Errorf("police keep only what they wrote: case visible %v, feedback %+v", mine.CaseVisible, mine.Feedback)
	}
	inbox, err := f.st.Referrals(ctx, police, sqlstore.ReferralFilter{})
	if err != nil || inbox.Total != 1 || inbox.Items[0].CaseVisible {
		t.Errorf("police inbox lists the ended referral without its case: %v %+v", err, inbox)
	}
	// ESSM declines a second referral: its reason stays with it, the case goes.
	sg2, res2 := f.routed(t, schakel.RouteCare)
	ref2 := res2.Referrals[0].ID
	if _, err := f.st.DeclineReferral(ctx, essm, ref2, "ESSM: buiten doelgroep."); err != nil {
		t.Fatal(err)
	}
	if _, err := f.st.Signal(ctx, essm, sg2.ID); schakel.ErrorKind(err) != schakel.KindNotFound {
		t.Errorf("ESSM after declining reads the signal: %v", err)
	}
	got, err := f.st.Referral(ctx, essm, ref2)
	if err != nil || got.DeclineReason != "ESSM: buiten doelgroep." || got.CaseVisible {
		t.Errorf("ESSM keeps its decline reason, not the case: %v %+v", err, got)
	}
	// Sent again, ESSM sees the case again.
	if _, err := f.st.ReRefer(ctx, f.u("af:rotterdam"), *res2.CaseID, "essm", ""); err != nil {
		t.Fatal(err)
	}
	if _, err := f.st.Case(ctx, essm, *res2.CaseID); err != nil {
		t.Errorf("ESSM on a new referral: %v", err)
	}
}

// Free text can name suspects: a role that may not see suspects sees the
// structured victim details and what its own organisation wrote, and is
// told that the AF holds the rest.
func TestCareSeesNoFreeTextNamingSuspects(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	f := newFixture(t)
	sg, res := f.routed(t, schakel.RouteCareAndCriminal)
	refs := map[string]string{}
	for _, r := range res.Referrals {
		refs[r.To] = r.ID
	}
	essm, zvh := f.user(t, "essm"), f.user(t, "zvh-rotterdam-rijnmond")
	for who, u := range map[string]*schakel.User{"essm": essm, "zvh-rotterdam-rijnmond": zvh} {
		if _, err := f.st.AcceptReferral(ctx, u, refs[who]); err != nil {
			t.Fatal(err)
		}
		if _, err := f.st.GiveFeedback(ctx, u, refs[who], who+": Viktor is bekend."); err != nil {
			t.Fatal(err)
		}
	}
	care, err := f.st.Signal(ctx, essm, sg.ID)
	if err != nil {
		t.Fatal(err)
	}
	if care.Account != "" || care.Rationale != "" || !slices.Equal(care.Withheld, []string{"account", "notes"}) {
		t.Errorf("care sees free text: account %q rationale %q withheld %v", care.Account, care.Rationale, care.Withheld)
	}
	if len(care.Persons) != 1 || care.Persons[0].Role != schakel.PersonVictim || care.Persons[0].Name == "" {
		t.Errorf("care sees the victim only: %+v", care.Persons)
	}
	c, err := f.st.Case(ctx, essm, *res.CaseID)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range c.Referrals {
		for _, fb := range r.Feedback {
			if fb.Org != "essm" {
				t.Errorf("care reads feedback of %s", fb.Org)
			}
		}
		if r.To == "essm" && len(r.Feedback) != 1 {
			t.Errorf("care reads its own feedback: %+v", r.Feedback)
		}
	}
	whole, err := f.st.Signal(ctx, zvh, sg.ID)
	if err != nil {
		t.Fatal(err)
	}
	if whole.Account == "" || whole.Rationale == "" || len(whole.Withheld) != 0 {
		t.Errorf("the ZVH sees the whole signal: %+v", whole)
	}
}

// Person matching, for every route of the other record and every role:
// a match is shown only to a viewer who may read the other record's
// person; of any other record the viewer learns nothing, and its holder
// gets a hit notice on its own record instead, which only users who may
// read that person see (list and count alike).
func TestMatchDisclosure(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	roles := []string{"melder", "af:rotterdam", "af:dordrecht", "essm", "zvh-rotterdam-rijnmond", "zvh-zuid-holland-zuid",
		"riec-rotterdam", "politie-avim", "nla", "toezicht", "regie", "beheer", "privacy"}
	victim := schakel.Person{Role: schakel.PersonVictim, Name: "Ilona Varga", BirthDate: "1996-02-11", Gender: "female", Nationality: "HU"}
	suspect := schakel.Person{Role: schakel.PersonSuspect, Name: "Gábor Kiss", BirthDate: "1980-07-30", Gender: "male"}
	tests := []struct {
		name   string // the policy line the row checks
		muni   string // where the other record is
		route  schakel.Route
		person schakel.Person
		shown  []string // who sees the match on the new Rotterdam signal
		hit    []string // who sees a hit notice on the other record
	}{
		{"own municipality, untriaged: the AF reads it and sees the match", "rotterdam", "", victim, []string{"af:rotterdam"}, nil},
		{"own municipality, route none: the AF sees the match", "rotterdam", schakel.RouteNone, victim, []string{"af:rotterdam"}, nil},
		{"own municipality, care: the AF sees the match", "rotterdam", schakel.RouteCare, victim, []string{"af:rotterdam"}, nil},
		{"own municipality, care and criminal: the AF sees the match", "rotterdam", schakel.RouteCareAndCriminal, victim, []string{"af:rotterdam"}, nil},
		{"own municipality, undermining: the AF sees the match", "rotterdam", schakel.RouteUndermining, victim, []string{"af:rotterdam"}, nil},
		{"elsewhere, untriaged: not shown; that municipality's AF is told", "dordrecht", "", victim, nil, []string{"af:dordrecht"}},
		{"elsewhere, route none: not shown; that municipality's AF is told", "dordrecht", schakel.RouteNone, victim, nil, []string{"af:dordrecht"}},
		{"elsewhere, care: not shown; the care coordinator holding it is told", "dordrecht", schakel.RouteCare, victim, nil, []string{"essm"}},
		{"elsewhere, care and criminal: not shown; the ZVH directing it is told", "dordrecht", schakel.RouteCareAndCriminal, victim, nil, []string{"zvh-zuid-holland-zuid"}},
		{"elsewhere, undermining: not shown; the RIEC holding it is told", "dordrecht", schakel.RouteUndermining, victim, nil, []string{"riec-rotterdam"}},
		{"a suspect in a care case elsewhere: the municipality's AF is told, not care", "dordrecht", schakel.RouteCare, suspect, nil, []string{"af:dordrecht"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t)
			// Each signal is matched as it arrives, as serve's periodic job does.
			jr := &sqlstore.JobRunner{Store: f.st, Instance: "t", Poll: time.Millisecond, Lease: time.Minute, Log: slog.New(slog.DiscardHandler)}
			match := func() {
				if err := f.st.DB().Enqueue(ctx, sqlstore.JobPersonHits); err != nil {
					t.Fatal(err)
				}
				if err := jr.Tick(ctx); err != nil {
					t.Fatal(err)
				}
			}
			f.knownAt(t, tt.muni, tt.route, tt.person)
			match()
			sg := f.newSignalWith(t, tt.person)
			match()
			for _, key := range roles {
				u := f.user(t, key)
				got, err := f.st.Signal(ctx, u, sg.ID)
				if err != nil && schakel.ErrorKind(err) != schakel.KindNotFound {
					t.Fatal(err)
				}
				if shown := got != nil && len(got.Matches) > 0; shown != slices.Contains(tt.shown, key) {
					t.Errorf("%s: match shown = %v", key, shown)
				}
				hits, err := f.st.PersonHits(ctx, u)
				if err != nil {
					t.Fatal(err)
				}
				n, err := f.st.PersonHitCount(ctx, u)
				if err != nil {
					t.Fatal(err)
				}
				want := slices.Contains(tt.hit, key)
				if (len(hits) == 1) != want || n != len(hits) || len(hits) > 1 {
					t.Errorf("%s: %d hits (count %d), want hit %v", key, len(hits), n, want)
				}
				if len(hits) == 1 {
					h := hits[0]
					if h.Municipality != "rotterdam" || h.PersonName != tt.person.Name || h.Contact != f.u("af:rotterdam").Name || h.SignalID == sg.ID {
						t.Errorf("%s: hit %+v", key, h)
					}
				}
			}
		})
	}
}
