package sqlstore_test

import (
	"context"
	"testing"

	"github.com/schakel-nl/schakel"
	"github.com/schakel-nl/schakel/sqlstore"
)

// TestNotes: one row per rule of who reads a note on a case (issue 12,
// point 3).
func TestNotes(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	f := newFixture(t)
	af := f.u("af:rotterdam")
	_, id := f.careCase(t, schakel.NotifyPolice)
	colleague, err := f.st.CreateUser(ctx, sqlstore.NewUser{Name: "Bert Collega", Email: "bert@schakel.test", Role: schakel.RoleAF, Org: af.Org, Municipalities: []string{"rotterdam"}, PasswordHash: "x"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.st.AddNote(ctx, af, id, schakel.NoteInput{Text: "Gebeld met de wijkagent; Zuzana slaapt bij een vriendin."}); err != nil {
		t.Fatal(err)
	}
	if _, err := f.st.AddNote(ctx, af, id, schakel.NoteInput{Text: "Intake bij ESSM gepland.", Shared: true}); err != nil {
		t.Fatal(err)
	}
	police := f.u("politie-avim")
	if _, err := f.st.AddNote(ctx, police, id, schakel.NoteInput{Text: "Aangifte opgenomen."}); err != nil {
		t.Fatal(err)
	}
	if _, err := f.st.Escalate(ctx, af, id, "Geen opvangplek."); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		rule string
		u    *schakel.User
		want []string // texts, in order; nil: absent (404)
	}{
		{"the writer reads own and shared notes of their organisation", af, []string{"Gebeld met de wijkagent; Zuzana slaapt bij een vriendin.", "Intake bij ESSM gepland."}},
		{"a colleague of the writer's organisation reads them too", colleague, []string{"Gebeld met de wijkagent; Zuzana slaapt bij een vriendin.", "Intake bij ESSM gepland."}},
		{"another participant reads only what was shared with it, and its own", police, []string{"Intake bij ESSM gepland.", "Aangifte opgenomen."}},
		{"care, whose grant holds no free text (it may name suspects), reads none", f.u("essm"), nil},
		{"the beleidsregisseur, who sees the escalated case without its free text, reads none", f.u("regie"), nil},
		{"the AF of another municipality finds the notes absent", f.u("af:schiedam"), nil},
	} {
		t.Run(tt.rule, func(t *testing.T) {
			notes, err := f.st.Notes(ctx, tt.u, id)
			if tt.want == nil {
				if schakel.ErrorKind(err) != schakel.KindNotFound {
					t.Fatalf("got %v %v, want not found", notes, err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, n := range notes {
				got = append(got, n.Text)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Fatalf("got %q, want %q", got, tt.want)
				}
			}
		})
	}
	if _, err := f.st.AddNote(ctx, af, id, schakel.NoteInput{Text: "   "}); schakel.ErrorKind(err) != schakel.KindInvalid {
		t.Fatalf("an empty note: %v", err)
	}
	if _, err := f.st.AddNote(ctx, f.u("regie"), id, schakel.NoteInput{Text: "x"}); schakel.ErrorKind(err) != schakel.KindForbidden {
		t.Fatalf("a role without notes writes one: %v", err)
	}
}
