package sqlstore_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/schakel-nl/schakel"
	"github.com/schakel-nl/schakel/sqlstore"
)

func TestAuditSearch(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	f := newFixture(t)
	priv := f.u("privacy")
	// One signal naming Ilona, triaged into a case with referrals; one
	// other signal.
	in := signalInput()
	in.Persons[0].Name, in.Persons[0].BirthDate = "Ilona Várady", "2001-04-05"
	sg, err := f.st.CreateSignal(ctx, f.u("melder"), in)
	if err != nil {
		t.Fatal(err)
	}
	tr, err := f.st.Triage(ctx, f.u("af:rotterdam"), sg.ID, schakel.TriageDecision{Route: schakel.RouteCareAndCriminal})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.st.AcceptReferral(ctx, f.u(tr.Referrals[0].To), tr.Referrals[0].ID); err != nil {
		t.Fatal(err)
	}
	if _, err := f.st.Case(ctx, f.u("af:rotterdam"), *tr.CaseID); err != nil {
		t.Fatal(err)
	}
	other, err := f.st.CreateSignal(ctx, f.u("melder"), signalInput())
	if err != nil {
		t.Fatal(err)
	}
	today := time.Now().UTC().Format(schakel.DateLayout)
	tests := []struct {
		name    string
		filter  sqlstore.AuditFilter
		objects []string // each must appear
		not     []string // none may appear
		empty   bool
	}{
		{"by user, given by e-mail address", sqlstore.AuditFilter{User: f.u("af:rotterdam").Email}, []string{sg.ID, *tr.CaseID}, []string{other.ID}, false},
		{"by case: the case, its signal and its referrals", sqlstore.AuditFilter{CaseID: *tr.CaseID}, []string{sg.ID, *tr.CaseID, tr.Referrals[0].ID}, []string{other.ID}, false},
		{"by person: a variant of the name finds the signal", sqlstore.AuditFilter{Person: &schakel.Person{Name: "VARADY, Ilona", BirthDate: "05-04-2001"}}, []string{sg.ID, tr.Referrals[0].ID}, []string{other.ID}, false},
		{"by person who is nowhere: nothing", sqlstore.AuditFilter{Person: &schakel.Person{Name: "Niemand Bekend", BirthDate: "2001-04-05"}}, nil, nil, true},
		{"by period", sqlstore.AuditFilter{From: today, To: today}, []string{sg.ID, other.ID}, nil, false},
		{"by a period before anything happened", sqlstore.AuditFilter{From: "2020-01-01", To: "2020-01-02"}, nil, nil, true},
		{"by an unknown case", sqlstore.AuditFilter{CaseID: "nope"}, nil, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.filter.Limit = 500
			p, err := f.st.Audit(ctx, priv, tt.filter)
			if err != nil {
				t.Fatal(err)
			}
			seen := map[string]bool{}
			for _, e := range p.Items {
				seen[e.ObjectID] = true
			}
			if tt.empty != (p.Total == 0) {
				t.Fatalf("total %d", p.Total)
			}
			for _, o := range tt.objects {
				if !seen[o] {
					t.Errorf("no entry for %s", o)
				}
			}
			for _, o := range tt.not {
				if seen[o] {
					t.Errorf("entry for %s, which the filter excludes", o)
				}
			}
		})
	}
	// Bad input names the field.
	for field, bad := range map[string]sqlstore.AuditFilter{
		"from":   {From: "gisteren"},
		"person": {Person: &schakel.Person{Name: "Alleen Naam"}},
	} {
		_, err := f.st.Audit(ctx, priv, bad)
		if e, ok := err.(*schakel.Error); !ok || len(e.Fields) != 1 || e.Fields[0].Field != field {
			t.Errorf("bad %s: %v", field, err)
		}
	}
	// Only the privacy officer searches; every search and export is
	// recorded, without the person searched for.
	if _, err := f.st.Audit(ctx, f.u("af:rotterdam"), sqlstore.AuditFilter{}); schakel.ErrorKind(err) == "" {
		t.Error("the AF searched the audit trail")
	}
	all, err := f.st.AuditExport(ctx, priv, sqlstore.AuditFilter{Person: &schakel.Person{Name: "Ilona Varady", BirthDate: "2001-04"}})
	if err != nil || len(all) == 0 {
		t.Fatalf("export: %d %v", len(all), err)
	}
	mine, err := f.st.Audit(ctx, priv, sqlstore.AuditFilter{User: priv.ID, Paging: schakel.Paging{Limit: 500}})
	if err != nil {
		t.Fatal(err)
	}
	actions := map[string]int{}
	for _, e := range mine.Items {
		actions[e.Action]++
		if strings.Contains(strings.ToLower(e.ObjectID+e.Purpose), "ilona") {
			t.Errorf("the person searched for is in the trail: %+v", e)
		}
	}
	if actions["search"] < len(tests) || actions["export"] != 1 {
		t.Errorf("searches and exports recorded: %v", actions)
	}
}
