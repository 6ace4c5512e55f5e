package schakel

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestPlanTriage(t *testing.T) {
	t.Parallel()
	rotterdam := Municipality{Slug: "rotterdam", SafetyRegion: "Rotterdam-Rijnmond", ZVH: "zvh-rotterdam-rijnmond"}
	dordrecht := Municipality{Slug: "dordrecht", SafetyRegion: "Zuid-Holland-Zuid", ZVH: "zvh-zuid-holland-zuid"}
	tests := []struct {
		name string
		d    TriageDecision
		m    Municipality
		want Plan
	}{
		{"none: no suspicion, no case, no referrals", TriageDecision{Route: RouteNone}, rotterdam, Plan{}},
		{"care: hand to the zorgcoordinator", TriageDecision{Route: RouteCare}, rotterdam,
			Plan{OpensCase: true, ProcessLead: "essm", Referrals: []PlannedReferral{{"essm", PurposeCare}}}},
		{"care_and_criminal: ZVH of the municipality holds process direction, ESSM the care", TriageDecision{Route: RouteCareAndCriminal}, dordrecht,
			Plan{OpensCase: true, ProcessLead: "zvh-zuid-holland-zuid", Referrals: []PlannedReferral{{"zvh-zuid-holland-zuid", PurposeProcessLead}, {"essm", PurposeCare}}}},
		{"undermining: hand to the RIEC partners", TriageDecision{Route: RouteUndermining}, rotterdam,
			Plan{OpensCase: true, ProcessLead: "riec-rotterdam", Referrals: []PlannedReferral{{"riec-rotterdam", PurposeUndermining}}}},
		{"veilig_thuis notification goes to Veilig Thuis of the municipality's region", TriageDecision{Route: RouteCare, Notify: []Notify{NotifyVeiligThuis}}, dordrecht,
			Plan{OpensCase: true, ProcessLead: "essm", Referrals: []PlannedReferral{{"essm", PurposeCare}, {"veilig-thuis-zuid-holland-zuid", "veilig_thuis"}}}},
		{"police and NLA notifications", TriageDecision{Route: RouteUndermining, Notify: []Notify{NotifyPolice, NotifyNLA}}, rotterdam,
			Plan{OpensCase: true, ProcessLead: "riec-rotterdam", Referrals: []PlannedReferral{{"riec-rotterdam", PurposeUndermining}, {"politie-avim", "police"}, {"nla", "nla"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, PlanTriage(tt.d, tt.m)); diff != "" {
				t.Errorf("plan (-want +got):\n%s", diff)
			}
		})
	}
}

func TestSuggestNotifications(t *testing.T) {
	t.Parallel()
	minor := Person{Role: PersonVictim, Minor: true}
	adult := Person{Role: PersonVictim}
	minorSuspect := Person{Role: PersonSuspect, Minor: true}
	tests := []struct {
		name    string
		forms   []Form
		persons []Person
		acute   bool
		want    []Notify
	}{
		{"a minor victim: weigh Veilig Thuis (meldcode)", []Form{FormSexual}, []Person{minor}, false, []Notify{NotifyVeiligThuis}},
		{"a minor suspect alone does not trigger the meldcode suggestion", []Form{FormCriminal}, []Person{minorSuspect}, false, nil},
		{"labour exploitation: NLA", []Form{FormLabour}, []Person{adult}, false, []Notify{NotifyNLA}},
		{"acute danger: police", []Form{FormSexual}, nil, true, []Notify{NotifyPolice}},
		{"all three together", []Form{FormLabour, FormSexual}, []Person{minor}, true, []Notify{NotifyVeiligThuis, NotifyNLA, NotifyPolice}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []Notify
			for _, s := range SuggestNotifications(tt.forms, tt.persons, tt.acute) {
				got = append(got, s.Notify)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("suggestions (-want +got):\n%s", diff)
			}
		})
	}
}

func TestTriageDecisionValidate(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		d      TriageDecision
		fields []string
	}{
		{"a known route is required", TriageDecision{Route: "maybe"}, []string{"route"}},
		{"none requires a rationale", TriageDecision{Route: RouteNone}, []string{"rationale"}},
		{"none sends no notifications", TriageDecision{Route: RouteNone, Rationale: "x", Notify: []Notify{NotifyPolice}}, []string{"notify"}},
		{"unknown notification", TriageDecision{Route: RouteCare, Notify: []Notify{"press"}}, []string{"notify[0]"}},
		{"care without rationale is fine", TriageDecision{Route: RouteCare}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assertFields(t, tt.d.Validate(), tt.fields)
		})
	}
}

func assertFields(t *testing.T, err error, want []string) {
	t.Helper()
	var got []string
	if err != nil {
		e, ok := err.(*Error)
		if !ok || e.Kind != KindInvalid {
			t.Fatalf("want invalid error, got %v", err)
		}
		for _, f := range e.Fields {
			got = append(got, f.Field)
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("fields (-want +got):\n%s\n(err: %v)", diff, err)
	}
}
