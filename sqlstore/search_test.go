package sqlstore_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/schakel-nl/schakel"
	"github.com/schakel-nl/schakel/sqlstore"
)

// TestSearch: one row per rule of the search box (issue 12, point 2). A
// number finds its record, however it is typed; a full name finds the
// records whose persons bear it, normalised for case, accents, spacing
// and order, but only for a searcher who may read that person (victims
// and suspects apart); for anyone else the record is absent.
func TestSearch(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	f := newFixture(t)
	sg, caseID := f.careCase(t)
	c, err := f.st.Case(ctx, f.u("af:rotterdam"), caseID)
	if err != nil {
		t.Fatal(err)
	}
	serial := strings.TrimLeft(sg.Number[len("S-2026-"):], "0")
	for _, tt := range []struct {
		name, user, q string
		want          int
	}{
		{"a case number finds its case", "af:rotterdam", c.Number, 1},
		{"a signal number finds its case, in lower case and without leading zeros", "af:rotterdam", "s-" + sg.Number[2:6] + "-" + serial, 1},
		{"a victim's full name finds the case", "af:rotterdam", "Zuzana Testslachtoffer", 1},
		{"the name in another order, case and spacing", "af:rotterdam", "  testslachtoffer   ZUZANA ", 1},
		{"the name with accents", "af:rotterdam", "Zúzàna Tëstslachtoffer", 1},
		{"a suspect's full name finds the case for who may read suspects", "af:rotterdam", "Viktor Testverdachte", 1},
		{"a name nobody bears finds nothing", "af:rotterdam", "Jan Jansen", 0},
		{"the AF of another municipality does not find it by number", "af:schiedam", c.Number, 0},
		{"the AF of another municipality does not find it by name", "af:schiedam", "Zuzana Testslachtoffer", 0},
		{"care finds the case by the victim's name", "essm", "Zuzana Testslachtoffer", 1},
		{"care does not find a case by a suspect's name", "essm", "Viktor Testverdachte", 0},
		{"the beleidsregisseur does not find a case by a victim's name", "regie", "Zuzana Testslachtoffer", 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if f.u(tt.user) == nil {
				t.Fatalf("no user %s", tt.user)
			}
			page, err := f.st.Cases(ctx, f.u(tt.user), sqlstore.CaseFilter{Query: tt.q})
			if err != nil {
				t.Fatal(err)
			}
			if page.Total != tt.want || len(page.Items) != tt.want {
				t.Fatalf("%q: %d found (%d rows), want %d", tt.q, page.Total, len(page.Items), tt.want)
			}
		})
	}
	t.Run("a signal before triage is found in the queue by number and by name", func(t *testing.T) {
		open, err := f.st.CreateSignal(ctx, f.u("melder"), signalInput())
		if err != nil {
			t.Fatal(err)
		}
		for _, q := range []string{open.Number, "Zuzana Testslachtoffer"} {
			page, err := f.st.Signals(ctx, f.u("af:rotterdam"), sqlstore.SignalFilter{Query: q, Status: string(schakel.SignalNew)})
			if err != nil || page.Total != 1 || page.Items[0].ID != open.ID {
				t.Fatalf("%q: %+v %v", q, page, err)
			}
		}
	})
	t.Run("one word is no search: the error names the field", func(t *testing.T) {
		_, err := f.st.Cases(ctx, f.u("af:rotterdam"), sqlstore.CaseFilter{Query: "Zuzana"})
		var e *schakel.Error
		if schakel.ErrorKind(err) != schakel.KindInvalid || !errors.As(err, &e) || len(e.Fields) != 1 || e.Fields[0].Field != "q" {
			t.Fatalf("got %v", err)
		}
	})
}

// TestNameIndexJob: persons stored before the name index (migration 25)
// get their entry from the job the migration queues, and are found then.
func TestNameIndexJob(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	f := newFixture(t)
	if _, err := f.st.CreateSignal(ctx, f.u("melder"), signalInput()); err != nil {
		t.Fatal(err)
	}
	if err := f.st.DB().Exec(ctx, `DELETE FROM person_index WHERE idx = 'person.name'`); err != nil {
		t.Fatal(err)
	}
	search := func() int {
		page, err := f.st.Signals(ctx, f.u("af:rotterdam"), sqlstore.SignalFilter{Query: "Zuzana Testslachtoffer"})
		if err != nil {
			t.Fatal(err)
		}
		return page.Total
	}
	if n := search(); n != 0 {
		t.Fatalf("found %d without the index entries", n)
	}
	if err := f.st.DB().Enqueue(ctx, sqlstore.JobIndexNames); err != nil {
		t.Fatal(err)
	}
	runJobs(t, f.st)
	if n := search(); n != 1 {
		t.Fatalf("found %d after the job, want 1", n)
	}
}
