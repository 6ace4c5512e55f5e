package sqlstore_test

import (
	"context"
	"testing"

	"github.com/schakel-nl/schakel"
	"github.com/schakel-nl/schakel/sqlstore"
)

// TestAssignCase: one row per rule of who may work on a case (issue 12,
// point 3).
func TestAssignCase(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	f := newFixture(t)
	af := f.u("af:rotterdam")
	_, id := f.careCase(t)
	// A second AF of Rotterdam, a colleague; and one who left.
	colleague, err := f.st.CreateUser(ctx, sqlstore.NewUser{Name: "Bert Collega", Email: "bert@schakel.test", Role: schakel.RoleAF, Org: af.Org, Municipalities: []string{"rotterdam"}, PasswordHash: "x"})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		rule, by, to string
		kind         schakel.Kind // "" for success
	}{
		{"an AF takes the case", "af:rotterdam", af.ID, ""},
		{"an AF gives it to a colleague of the same organisation who may see it", "af:rotterdam", colleague.ID, ""},
		{"not to someone of another organisation", "af:rotterdam", f.u("essm").ID, schakel.KindInvalid},
		{"not to an unknown user", "af:rotterdam", "nobody", schakel.KindInvalid},
		{"not to a colleague whose role may not see the case", "af:rotterdam", f.u("toezicht").ID, schakel.KindInvalid},
		{"care assigns within its own organisation", "essm", f.u("essm").ID, ""},
		{"who may not see the case finds it absent", "af:schiedam", f.u("af:schiedam").ID, schakel.KindNotFound},
	} {
		t.Run(tt.rule, func(t *testing.T) {
			c, err := f.st.AssignCase(ctx, f.u(tt.by), id, tt.to)
			if schakel.ErrorKind(err) != tt.kind && !(tt.kind == "" && err == nil) {
				t.Fatalf("got %v, want %q", err, tt.kind)
			}
			if tt.kind == "" && (c.Assignee == nil || c.Assignee.ID != tt.to) {
				t.Fatalf("assignee %+v, want %s", c.Assignee, tt.to)
			}
		})
	}
	// Each organisation sees its own assignee.
	c, err := f.st.Case(ctx, af, id)
	if err != nil || c.Assignee == nil || c.Assignee.ID != colleague.ID {
		t.Fatalf("the AF's view: %+v %v", c.Assignee, err)
	}
	c, err = f.st.Case(ctx, f.u("essm"), id)
	if err != nil || c.Assignee == nil || c.Assignee.ID != f.u("essm").ID {
		t.Fatalf("care's view: %+v %v", c.Assignee, err)
	}
	// "Assigned to me" lists it for the colleague, not for the AF.
	for _, tt := range []struct {
		u    *schakel.User
		want int
	}{{colleague, 1}, {af, 0}} {
		page, err := f.st.Cases(ctx, tt.u, sqlstore.CaseFilter{Mine: true})
		if err != nil || page.Total != tt.want {
			t.Fatalf("%s's own cases: %v %v, want %d", tt.u.Name, page, err, tt.want)
		}
		if tt.want == 1 && (page.Items[0].Assignee == nil || page.Items[0].Assignee.Name != "Bert Collega") {
			t.Fatalf("the list row's assignee: %+v", page.Items[0].Assignee)
		}
	}
	// Giving it back to nobody in particular.
	if c, err := f.st.AssignCase(ctx, af, id, ""); err != nil || c.Assignee != nil {
		t.Fatalf("unassign: %+v %v", c, err)
	}
	cols, err := f.st.Colleagues(ctx, af, id)
	if err != nil || len(cols) != 2 {
		t.Fatalf("colleagues who may work on it: %+v %v", cols, err)
	}
}
