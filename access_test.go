package schakel

import (
	"fmt"
	"strings"
	"testing"
)

// The need-to-know matrix of domain.md: every role against every resource
// kind in every route. Kinds: S signal exists (status, municipality, forms),
// C content (indicators, account), R reporter, V victims' details,
// X suspects' details, H handling (case, route, referrals, timeline),
// N notes (rationale, reasons, feedback).
var kindLetters = []struct {
	letter byte
	field  Fields
	name   string
}{
	{'S', FieldStatus, "signal"}, {'C', FieldContent, "content"}, {'R', FieldReporter, "reporter"},
	{'V', FieldVictims, "victims"}, {'X', FieldSuspects, "suspects"}, {'H', FieldHandling, "case_and_referrals"},
	{'N', FieldNotes, "notes"},
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
	const all, none = "SCRVXHN", ""
	tests := []struct {
		name      string // the policy line the row checks
		user      string
		own       bool // the user reported the signal
		escalated bool
		want      [5]string // per route: untriaged, none, care, care_and_criminal, undermining
	}{
		{"melder sees status of own signals, nothing others added", "melder", true, false, [5]string{"SCRVX", "SCRVX", "SCRVX", "SCRVX", "SCRVX"}},
		{"melder sees nothing of signals of others", "melder", false, false, [5]string{none, none, none, none, none}},
		{"toezichthouder sees own raised signals like a melder", "toezichthouder", true, false, [5]string{"SCRVX", "SCRVX", "SCRVX", "SCRVX", "SCRVX"}},
		{"toezichthouder sees nothing else", "toezichthouder", false, false, [5]string{none, none, none, none, none}},
		{"AF receives and triages the signals of own municipality", "af_rotterdam", false, false, [5]string{all, all, all, all, all}},
		{"AF of another municipality sees nothing", "af_dordrecht", false, false, [5]string{none, none, none, none, none}},
		{"zorgcoordinator: victims of care routes, no suspect details", "zorgcoordinator", false, false, [5]string{none, none, "SCRVHN", "SCRVHN", none}},
		{"ZVH only care_and_criminal cases of its own municipalities", "zvh_rr", false, false, [5]string{none, none, none, all, none}},
		{"ZVH of another region sees nothing", "zvh_zhz", false, false, [5]string{none, none, none, none, none}},
		{"RIEC only undermining cases", "riec", false, false, [5]string{none, none, none, none, all}},
		{"partner sees what was referred to its organisation", "police", false, false, [5]string{none, none, all, all, all}},
		{"partner sees nothing not referred to it", "nla", false, false, [5]string{none, none, none, none, none}},
		{"beleidsregisseur never sees a person, not even of stuck cases", "beleidsregisseur", false, true, [5]string{none, none, "SH", "SH", "SH"}},
		{"beleidsregisseur sees no case that is not stuck", "beleidsregisseur", false, false, [5]string{none, none, none, none, none}},
		{"beheerder sees no case content", "beheerder", false, true, [5]string{none, none, none, none, none}},
		{"privacy sees no case content", "privacy", false, true, [5]string{none, none, none, none, none}},
	}
	for _, tt := range tests {
		for i, route := range routes {
			u := users[tt.user]
			sub := &Subject{Municipality: "rotterdam", Route: route, ReportedBy: "u-other", ReferredTo: referred[route], Escalated: tt.escalated && route != "" && route != RouteNone}
			if tt.own {
				sub.ReportedBy = u.ID
			}
			got, _ := Access(u, sub)
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
	u := &User{ID: "u", Role: RoleAF, Municipalities: []string{"rotterdam"}, Active: false}
	if f, _ := Access(u, &Subject{Municipality: "rotterdam"}); f != 0 {
		t.Fatalf("inactive user sees %b", f)
	}
	if w, _ := AccessSQL(u, FieldStatus); w != "1=0" {
		t.Fatalf("inactive user SQL = %q", w)
	}
}

func TestAccessSQLOnlyGrantsWithTheField(t *testing.T) {
	br := &User{ID: "b", Role: RoleBeleidsregisseur, Active: true}
	if w, _ := AccessSQL(br, FieldVictims); w != "1=0" {
		t.Errorf("beleidsregisseur may never list victims, got %q", w)
	}
	if w, _ := AccessSQL(br, FieldHandling); !strings.Contains(w, "escalated = 1") {
		t.Errorf("beleidsregisseur lists escalated cases, got %q", w)
	}
	for _, r := range []Role{RoleBeheerder, RolePrivacy} {
		if w, _ := AccessSQL(&User{ID: "x", Role: r, Active: true}, FieldStatus); w != "1=0" {
			t.Errorf("%s lists signals: %q", r, w)
		}
	}
}

func TestMayTriageOnlyAFOfMunicipality(t *testing.T) {
	af := &User{Role: RoleAF, Municipalities: []string{"rotterdam"}}
	zvh := &User{Role: RoleZVH, Municipalities: []string{"rotterdam"}}
	if !MayTriage(af, "rotterdam") || MayTriage(af, "dordrecht") || MayTriage(zvh, "rotterdam") {
		t.Fatal("only the AF of the signal's municipality triages")
	}
}
