package sqlstore_test

import (
	"context"
	"testing"

	"github.com/schakel-nl/schakel"
)

// TestReopenCase: one row per rule of reopening a closed case (issue 12,
// point 8).
func TestReopenCase(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	f := newFixture(t)
	af := f.u("af:rotterdam")
	sg, id := f.careCase(t)
	if _, err := f.st.ReopenCase(ctx, af, id, "Nog open."); schakel.ErrorKind(err) != schakel.KindConflict {
		t.Fatalf("reopening an open case: %v", err)
	}
	if _, err := f.st.CloseCase(ctx, af, id, "care_completed", ""); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		rule, by, reason string
		kind             schakel.Kind
	}{
		{"a reason is required", "af:rotterdam", " ", schakel.KindInvalid},
		{"the police, not on this case, finds it absent", "politie-avim", "Nieuwe feiten.", schakel.KindNotFound},
		{"the AF of another municipality finds the case absent", "af:schiedam", "Nieuwe feiten.", schakel.KindNotFound},
		{"the AF of the municipality reopens with a reason", "af:rotterdam", "Het slachtoffer is opnieuw in beeld.", ""},
		{"an open case is not reopened", "af:rotterdam", "Nog eens.", schakel.KindConflict},
	} {
		t.Run(tt.rule, func(t *testing.T) {
			c, err := f.st.ReopenCase(ctx, f.u(tt.by), id, tt.reason)
			if tt.kind != "" {
				if schakel.ErrorKind(err) != tt.kind {
					t.Fatalf("got %v, want %s", err, tt.kind)
				}
				return
			}
			if err != nil || c.Status != schakel.CaseOpen || c.ClosedAt != nil || c.Timeline[len(c.Timeline)-1].Kind != schakel.EventReopened {
				t.Fatalf("%+v %v", c, err)
			}
			s, err := f.st.Signal(ctx, af, sg.ID)
			if err != nil || s.Status != schakel.SignalTriaged {
				t.Fatalf("the signal after reopening: %v %v", s.Status, err)
			}
		})
	}
	// The process lead (care, on this route) may reopen too.
	if _, err := f.st.CloseCase(ctx, f.u("essm"), id, "care_completed", ""); err != nil {
		t.Fatal(err)
	}
	if c, err := f.st.ReopenCase(ctx, f.u("essm"), id, "Terugval."); err != nil || c.Status != schakel.CaseOpen {
		t.Fatalf("the process lead reopens: %v", err)
	}
	if rep, err := f.st.CheckRecords(ctx); err != nil || len(rep.Problems) > 0 {
		t.Fatalf("records after reopening: %v %v", rep.Problems, err)
	}
}
