package sqlstore_test

import (
	"bytes"
	"context"
	"fmt"
	"regexp"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/schakel-nl/schakel"
	"github.com/schakel-nl/schakel/demo"
	"github.com/schakel-nl/schakel/sqlstore"
	"github.com/schakel-nl/schakel/sqlstore/sqltest"
)

// TestNumbersUnderConcurrentIntake: signals taken in at once each get
// their own number, in an unbroken series from 1 for the year; a case
// gets its C-number at triage; the answer of the intake and every later
// read carry the same number.
func TestNumbersUnderConcurrentIntake(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	f := newFixture(t)
	year := time.Now().In(schakel.Amsterdam).Year()
	const n = 60
	numbers := make([]string, n)
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sg, err := f.st.CreateSignal(ctx, f.u("melder"), signalInput())
			if err != nil {
				errs <- err
				return
			}
			read, err := f.st.Signal(ctx, f.u("melder"), sg.ID)
			if err != nil {
				errs <- err
				return
			}
			if read.Number != sg.Number {
				errs <- fmt.Errorf("answered %q, read %q", sg.Number, read.Number)
			}
			numbers[i] = sg.Number
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	slices.Sort(numbers)
	form := regexp.MustCompile(fmt.Sprintf(`^S-%d-\d{6}$`, year))
	for i, got := range numbers {
		if !form.MatchString(got) || (i > 0 && got == numbers[i-1]) {
			t.Fatalf("number %d: %q (all: %v)", i, got, numbers)
		}
		// SQLite counts in the writer's transaction: no gaps. A
		// PostgreSQL sequence gives a number also to a statement that
		// is then made again the long way (a fresh database's first
		// key check), so there a series may have gaps.
		if want := fmt.Sprintf("S-%d-%06d", year, i+1); !sqltest.Postgres() && got != want {
			t.Fatalf("number %d: %q, want %q (all: %v)", i, got, want, numbers)
		}
	}
	page, err := f.st.Signals(ctx, f.u("af:rotterdam"), sqlstore.SignalFilter{Paging: schakel.Paging{Limit: 1}})
	if err != nil || len(page.Items) != 1 || !regexp.MustCompile(`^S-\d{4}-\d{6}$`).MatchString(page.Items[0].Number) {
		t.Fatalf("the AF's queue shows no number: %+v %v", page.Items, err)
	}
	res, err := f.st.Triage(ctx, f.u("af:rotterdam"), page.Items[0].ID, schakel.TriageDecision{Route: schakel.RouteCare, Rationale: "Zorg nodig."})
	if err != nil || res.CaseID == nil {
		t.Fatalf("triage: %v", err)
	}
	c, err := f.st.Case(ctx, f.u("af:rotterdam"), *res.CaseID)
	if err != nil {
		t.Fatal(err)
	}
	if want := fmt.Sprintf("C-%d-000001", year); c.Number != want || c.SignalNumber != page.Items[0].Number {
		t.Fatalf("case numbered %q for signal %q, want %q for %q", c.Number, c.SignalNumber, want, page.Items[0].Number)
	}
}

// TestNumbersGoOnAfterRestore: a restored database draws the number after
// the highest it holds, never one it already has.
func TestNumbersGoOnAfterRestore(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	keys := sqltest.Keys(t)
	src := sqlstore.New(sqltest.Open(t), schakel.DefaultDeadlines, keys)
	res, err := demo.Populate(ctx, src, demo.Options{Signals: 5, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := src.DB().Backup(ctx, &buf); err != nil {
		t.Fatal(err)
	}
	dst := sqlstore.New(sqltest.Open(t), schakel.DefaultDeadlines, keys)
	if _, err := dst.DB().RestoreWithKeys(ctx, &buf, keys); err != nil {
		t.Fatal(err)
	}
	a, err := src.CreateSignal(ctx, res.Users["melder"], signalInput())
	if err != nil {
		t.Fatal(err)
	}
	b, err := dst.CreateSignal(ctx, res.Users["melder"], signalInput())
	if err != nil {
		t.Fatal(err)
	}
	if a.Number == "" || a.Number != b.Number {
		t.Fatalf("the next number: %q in the original, %q in the restored copy", a.Number, b.Number)
	}
}
