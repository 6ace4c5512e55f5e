package schakel

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
)

// The need-to-know matrix of domain.md: every role against every resource
// kind in every route. Kinds: S signal exists (status, municipality, forms),
// C content (indicators, account), R reporter, V victims' details,
// X suspects' details, H handling (case, route, referrals, timeline),
// N notes (rationale, reasons, feedback), A the free-text account, O the
// organisation's own referral and what it wrote in it.
var kindLetters = []struct {
	letter byte
	field  Fields
	name   string
}{
	{'S', FieldStatus, "signal"}, {'C', FieldContent, "content"}, {'R', FieldReporter, "reporter"},
	{'V', FieldVictims, "victims"}, {'X', FieldSuspects, "suspects"}, {'H', FieldHandling, "case_and_referrals"},
	{'N', FieldNotes, "notes"}, {'A', FieldAccount, "account"}, {'O', FieldOwnWork, "own_work"},
}

func fieldsOf(letters string) Fields {
	var f Fields
	for _, k := range kindLetters {
		if strings.IndexByte(letters, k.letter) >= 0 {
			f |= k.field
		}
	}
	return f
}

func TestAccessMatrix(t *testing.T) {
	t.Parallel()
	rr := []string{"albrandswaard", "rotterdam", "schiedam"} // part of ZVH Rotterdam-Rijnmond
	users := map[string]*User{
		"melder":           {ID: "u-melder", Role: RoleMelder, Org: "gemeente-rotterdam", Active: true},
		"af_rotterdam":     {ID: "u-af", Role: RoleAF, Org: "gemeente-rotterdam", Municipalities: []string{"rotterdam"}, Active: true},
		"af_dordrecht":     {ID: "u-af2", Role: RoleAF, Org: "gemeente-dordrecht", Municipalities: []string{"dordrecht"}, Active: true},
		"zorgcoordinator":  {ID: "u-zc", Role: RoleZorgcoordinator, Org: "essm", Active: true},
		"zvh_rr":           {ID: "u-zvh", Role: RoleZVH, Org: "zvh-rotterdam-rijnmond", Municipalities: rr, Active: true},
		"zvh_zhz":          {ID: "u-zvh2", Role: RoleZVH, Org: "zvh-zuid-holland-zuid", Municipalities: []string{"dordrecht"}, Active: true},
		"riec":             {ID: "u-riec", Role: RoleRIEC, Org: "riec-rotterdam", Active: true},
		"police":           {ID: "u-pol", Role: RolePartner, Org: "politie-avim", Active: true},
		"nla":              {ID: "u-nla", Role: RolePartner, Org: "nla", Active: true},
		"toezichthouder":   {ID: "u-toe", Role: RoleToezichthouder, Org: "gemeente-rotterdam", Active: true},
		"beleidsregisseur": {ID: "u-br", Role: RoleBeleidsregisseur, Org: "veiligheidsalliantie", Active: true},
		"beheerder":        {ID: "u-bh", Role: RoleBeheerder, Org: "veiligheidsalliantie", Active: true},
		"privacy":          {ID: "u-fg", Role: RolePrivacy, Org: "veiligheidsalliantie", Active: true},
	}
	routes := []Route{"", RouteNone, RouteCare, RouteCareAndCriminal, RouteUndermining}
	// referrals as the routing rules send them for a Rotterdam signal, with
	// police notified on every route that opens a case
	referred := map[Route][]string{
		RouteCare:            {"essm", "politie-avim"},
		RouteCareAndCriminal: {"zvh-rotterdam-rijnmond", "essm", "politie-avim"},
		RouteUndermining:     {"riec-rotterdam", "politie-avim"},
	}
	const all, none, own = "SCRVXHNAO", "", "O"
	tests := []struct {
		name      string // the policy line the row checks
		user      string
		own       bool // the user reported the signal
		escalated bool
		ended     bool      // the referral to the user's organisation was declined or closed
		want      [5]string // per route: untriaged, none, care, care_and_criminal, undermining
	}{
		{"melder sees status of own signals, nothing others added", "melder", true, false, false, [5]string{"SCRVXA", "SCRVXA", "SCRVXA", "SCRVXA", "SCRVXA"}},
		{"melder sees nothing of signals of others", "melder", false, false, false, [5]string{none, none, none, none, none}},
		{"toezichthouder sees own raised signals like a melder", "toezichthouder", true, false, false, [5]string{"SCRVXA", "SCRVXA", "SCRVXA", "SCRVXA", "SCRVXA"}},
		{"toezichthouder sees nothing else", "toezichthouder", false, false, false, [5]string{none, none, none, none, none}},
		{"AF receives and triages the signals of own municipality", "af_rotterdam", false, false, false, [5]string{all, all, all, all, all}},
		{"AF of another municipality sees nothing", "af_dordrecht", false, false, false, [5]string{none, none, none, none, none}},
		{"zorgcoordinator: victims of care routes referred to it, no suspects, no free text that may name them", "zorgcoordinator", false, false, false, [5]string{none, none, "SCRVHO", "SCRVHO", none}},
		{"zorgcoordinator whose referral ended keeps only what it wrote", "zorgcoordinator", false, false, true, [5]string{none, none, own, own, none}},
		{"ZVH only care_and_criminal cases of its own municipalities", "zvh_rr", false, false, false, [5]string{none, none, none, all, none}},
		{"ZVH whose referral ended keeps only what it wrote", "zvh_rr", false, false, true, [5]string{none, none, none, own, none}},
		{"ZVH of another region sees nothing", "zvh_zhz", false, false, false, [5]string{none, none, none, none, none}},
		{"RIEC only undermining cases", "riec", false, false, false, [5]string{none, none, none, none, all}},
		{"RIEC whose referral ended keeps only what it wrote", "riec", false, false, true, [5]string{none, none, none, none, own}},
		{"partner sees what was referred to its organisation", "police", false, false, false, [5]string{none, none, all, all, all}},
		{"partner who declined or closed keeps only what it wrote", "police", false, false, true, [5]string{none, none, own, own, own}},
		{"partner sees nothing not referred to it", "nla", false, false, false, [5]string{none, none, none, none, none}},
		{"beleidsregisseur never sees a person, not even of stuck cases", "beleidsregisseur", false, true, false, [5]string{none, none, "SH", "SH", "SH"}},
		{"beleidsregisseur sees no case that is not stuck", "beleidsregisseur", false, false, false, [5]string{none, none, none, none, none}},
		{"beheerder sees no case content", "beheerder", false, true, false, [5]string{none, none, none, none, none}},
		{"privacy sees no case content", "privacy", false, true, false, [5]string{none, none, none, none, none}},
	}
	for _, tt := range tests {
		for i, route := range routes {
			u := users[tt.user]
			sub := &Subject{Municipality: "rotterdam", Route: route, ReportedBy: "u-other", ReferredTo: referred[route], Escalated: tt.escalated && route != "" && route != RouteNone}
			if tt.own {
				sub.ReportedBy = u.ID
			}
			if tt.ended && slices.Contains(sub.ReferredTo, u.Org) {
				sub.ReferredTo = slices.DeleteFunc(slices.Clone(sub.ReferredTo), func(o string) bool { return o == u.Org })
				sub.FormerlyReferredTo = []string{u.Org}
			}
			got, _ := Access(u, sub, time.Now())
			want := fieldsOf(tt.want[i])
			rname := string(route)
			if rname == "" {
				rname = "untriaged"
			}
			for _, k := range kindLetters {
				t.Run(fmt.Sprintf("%s/%s/%s", tt.name, rname, k.name), func(t *testing.T) {
					if got.Has(k.field) != want.Has(k.field) {
						t.Errorf("%s on %s route %s: visible=%v, want %v", tt.user, k.name, rname, got.Has(k.field), want.Has(k.field))
					}
				})
			}
		}
	}
}

func TestInactiveUserSeesNothing(t *testing.T) {
	t.Parallel()
	u := &User{ID: "u", Role: RoleAF, Municipalities: []string{"rotterdam"}, Active: false}
	if f, _ := Access(u, &Subject{Municipality: "rotterdam"}, time.Now()); f != 0 {
		t.Fatalf("inactive user sees %b", f)
	}
}

// Emergency access holds until its end, judged at the time the caller
// gives: the decision depends on nothing else.
func TestBreakGlassEndsAtItsTime(t *testing.T) {
	t.Parallel()
	end := time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC)
	u := &User{ID: "u", Role: RolePartner, Org: "politie-avim", Active: true}
	sub := &Subject{Municipality: "rotterdam", Route: RouteCare, BreakGlass: &end}
	f, purposes := Access(u, sub, end.Add(-time.Second))
	if !f.Has(BreakGlassFields) || !slices.Equal(purposes, []string{PurposeBreakGlass}) {
		t.Errorf("before its end: %b %v", f, purposes)
	}
	if f, _ := Access(u, sub, end); f != 0 {
		t.Errorf("at its end: %b", f)
	}
	reporter := &User{ID: "m", Role: RoleMelder, Active: true}
	if f, _ := Access(reporter, sub, end.Add(-time.Second)); f != 0 {
		t.Errorf("a reporter never breaks the glass: %b", f)
	}
}

func TestMayTriageOnlyAFOfMunicipality(t *testing.T) {
	t.Parallel()
	af := &User{Role: RoleAF, Municipalities: []string{"rotterdam"}}
	zvh := &User{Role: RoleZVH, Municipalities: []string{"rotterdam"}}
	if !MayTriage(af, "rotterdam") || MayTriage(af, "dordrecht") || MayTriage(zvh, "rotterdam") {
		t.Fatal("only the AF of the signal's municipality triages")
	}
}

// Every route × organisation: a referral is possible only where its
// addressee, once referred, would see the case and may answer it.
func TestMayAddress(t *testing.T) {
	t.Parallel()
	munis, err := DefaultMunicipalities()
	if err != nil {
		t.Fatal(err)
	}
	orgs := DefaultOrganisations(munis)
	byslug := map[string]Municipality{}
	for _, m := range munis {
		byslug[m.Slug] = m
	}
	partners := []Route{RouteCare, RouteCareAndCriminal, RouteUndermining}
	tests := []struct {
		name  string // the policy line the row checks
		muni  string
		org   string
		allow []Route
	}{
		{"the zorgcoordinator takes the care on care routes", "rotterdam", "essm", []Route{RouteCare, RouteCareAndCriminal}},
		{"a ZVH directs care_and_criminal cases of its own municipalities", "rotterdam", "zvh-rotterdam-rijnmond", []Route{RouteCareAndCriminal}},
		{"a ZVH does not direct cases of another region", "rotterdam", "zvh-zuid-holland-zuid", nil},
		{"the ZVH of Zuid-Holland-Zuid directs Dordrecht's cases", "dordrecht", "zvh-zuid-holland-zuid", []Route{RouteCareAndCriminal}},
		{"the RIEC sees undermining cases only", "rotterdam", "riec-rotterdam", []Route{RouteUndermining}},
		{"police receive referrals on every route that opens a case", "rotterdam", "politie-avim", partners},
		{"the labour inspectorate receives referrals on every route", "rotterdam", "nla", partners},
		{"KMAR receives referrals on every route", "rotterdam", "kmar", partners},
		{"Veilig Thuis of the municipality's region receives referrals", "rotterdam", "veilig-thuis-rotterdam-rijnmond", partners},
		{"Veilig Thuis of another region does not", "rotterdam", "veilig-thuis-zuid-holland-zuid", nil},
		{"a municipality receives no referrals", "rotterdam", "gemeente-rotterdam", nil},
		{"the beleidsregie receives no referrals", "rotterdam", "veiligheidsalliantie", nil},
	}
	seen := map[string]bool{}
	for _, tt := range tests {
		seen[tt.org] = true
		var org Organisation
		for _, o := range orgs {
			if o.Code == tt.org {
				org = o
			}
		}
		if org.Code == "" {
			t.Fatalf("%s: no organisation %s", tt.name, tt.org)
		}
		for _, r := range []Route{"", RouteNone, RouteCare, RouteCareAndCriminal, RouteUndermining} {
			t.Run(fmt.Sprintf("%s/%s", tt.name, cmp.Or(string(r), "untriaged")), func(t *testing.T) {
				if got, want := MayAddress(org, r, byslug[tt.muni]), slices.Contains(tt.allow, r); got != want {
					t.Errorf("MayAddress(%s, %s, %s) = %v, want %v", tt.org, r, tt.muni, got, want)
				}
			})
		}
		org.Active = false
		if MayAddress(org, RouteUndermining, byslug[tt.muni]) || MayAddress(org, RouteCare, byslug[tt.muni]) {
			t.Errorf("%s: an inactive organisation receives nothing", tt.org)
		}
	}
	for _, o := range orgs {
		if o.Kind != OrgGemeente && !seen[o.Code] {
			t.Errorf("organisation %s has no row", o.Code)
		}
	}
}

// The routing rules never send a referral its addressee could not see.
func TestPlannedReferralsAreAddressable(t *testing.T) {
	t.Parallel()
	munis, err := DefaultMunicipalities()
	if err != nil {
		t.Fatal(err)
	}
	orgs := map[string]Organisation{}
	for _, o := range DefaultOrganisations(munis) {
		orgs[o.Code] = o
	}
	for _, m := range munis {
		for _, r := range []Route{RouteCare, RouteCareAndCriminal, RouteUndermining} {
			pl := PlanTriage(TriageDecision{Route: r, Notify: Notifies}, m)
			for _, ref := range pl.Referrals {
				if !MayAddress(orgs[ref.To], r, m) {
					t.Errorf("%s, route %s: planned referral to %s could never be seen", m.Slug, r, ref.To)
				}
			}
		}
	}
}
