package sqlstore_test

import (
	"context"
	"log/slog"
	"testing"
	"time"

	"github.com/schakel-nl/schakel"
	"github.com/schakel-nl/schakel/sqlstore"
)

// known puts a signal naming victim in Dordrecht, triaged there on the
// care route: a record a new signal in Rotterdam may match, but that
// Rotterdam's AF may not read.
func (f *fixture) known(t *testing.T, victim schakel.Person) *sqlstore.TriageResult {
	t.Helper()
	return f.knownAt(t, "dordrecht", schakel.RouteCare, victim)
}

// knownAt puts a signal naming p in municipality muni, triaged there on
// route r ("" leaves it untriaged).
func (f *fixture) knownAt(t *testing.T, muni string, r schakel.Route, p schakel.Person) *sqlstore.TriageResult {
	t.Helper()
	ctx := context.Background()
	in := signalInput()
	in.Municipality = muni
	in.Account = "Geheim verhaal uit " + muni + " over de Zeehavenstraat."
	in.Persons = []schakel.Person{p}
	sg, err := f.st.CreateSignal(ctx, f.u("melder"), in)
	if err != nil {
		t.Fatal(err)
	}
	if r == "" {
		return &sqlstore.TriageResult{Signal: sg}
	}
	d := schakel.TriageDecision{Route: r, Rationale: "toelichting"}
	res, err := f.st.Triage(ctx, f.u("af:"+muni), sg.ID, d)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func (f *fixture) newSignalWith(t *testing.T, p schakel.Person) *schakel.Signal {
	t.Helper()
	in := signalInput()
	in.Persons = []schakel.Person{{Role: schakel.PersonSuspect, Name: "Iemand Anders", Gender: "male"}, p}
	sg, err := f.st.CreateSignal(context.Background(), f.u("melder"), in)
	if err != nil {
		t.Fatal(err)
	}
	return sg
}

func TestPersonMatching(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	victim := func(name, bd string) schakel.Person {
		return schakel.Person{Role: schakel.PersonVictim, Name: name, BirthDate: bd, Gender: "female", Nationality: "NL"}
	}
	tests := []struct {
		name   string
		person schakel.Person
		match  bool
	}{
		{"same name and birth date is possibly the same person", victim("Zoë de Vries-Çelik", "1990-05-17"), true},
		{"diacritics and case differ", victim("ZOE DE VRIES CELIK", "1990-05-17"), true},
		{"name order differs", victim("de Vries-Celik, Zoe", "1990-05-17"), true},
		{"day of birth unknown here", victim("Zoe de Vries Celik", "1990-05"), true},
		{"another birth day is another person", victim("Zoe de Vries Celik", "1990-05-18"), false},
		{"another name is another person", victim("Zoe de Vries", "1990-05-17"), false},
		{"no birth date: a name alone tells nothing", victim("Zoe de Vries Celik", ""), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t)
			known := f.knownAt(t, "rotterdam", schakel.RouteCare, schakel.Person{Role: schakel.PersonVictim, Name: "Zoë de Vries-Çelik", BirthDate: "1990-05-17", Gender: "female", Nationality: "NL"})
			sg := f.newSignalWith(t, tt.person)
			got, err := f.st.Signal(ctx, f.u("af:rotterdam"), sg.ID)
			if err != nil {
				t.Fatal(err)
			}
			if !tt.match {
				if len(got.Matches) != 0 {
					t.Fatalf("matches %+v, want none", got.Matches)
				}
				return
			}
			if len(got.Matches) != 1 {
				t.Fatalf("matches %+v, want one", got.Matches)
			}
			m := got.Matches[0]
			// Known at ESSM (the care route's process lead), triaged by
			// Rotterdam's AF, who may read it and gets a link.
			if m.Person != 1 || m.Organisation != "essm" || m.OrgName == "" || m.Contact != f.u("af:rotterdam").Name ||
				m.ContactEmail != f.u("af:rotterdam").Email || m.SignalID != known.Signal.ID {
				t.Errorf("match %+v", m)
			}
			// The reporter is told nothing.
			mine, err := f.st.Signal(ctx, f.u("melder"), sg.ID)
			if err != nil || len(mine.Matches) != 0 {
				t.Errorf("the reporter sees matches: %+v %v", mine.Matches, err)
			}
		})
	}
}

// TestIndexKeyRotation: after a new index key, lookups keep finding the
// person during the re-index (old and new keys both count) and after it
// (all rows under the new key).
func TestIndexKeyRotation(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t)
	p := schakel.Person{Role: schakel.PersonVictim, Name: "Pjotr Øvrebø", BirthDate: "1985-11-02", Gender: "male", Nationality: "NO"}
	f.knownAt(t, "rotterdam", schakel.RouteCare, p)
	keys := f.st.Keys()
	old := keys.IndexKeyID()
	primary, err := keys.RotateIndex()
	if err != nil {
		t.Fatal(err)
	}
	sg := f.newSignalWith(t, p)
	got, err := f.st.Signal(ctx, f.u("af:rotterdam"), sg.ID)
	if err != nil || len(got.Matches) != 1 {
		t.Fatalf("during the re-index: %+v %v", got.Matches, err)
	}
	if err := f.st.DB().Enqueue(ctx, sqlstore.JobReindexPersons); err != nil {
		t.Fatal(err)
	}
	jr := &sqlstore.JobRunner{Store: f.st, Instance: "t", Poll: time.Millisecond, Lease: time.Minute, Log: slog.New(slog.DiscardHandler)}
	if err := jr.Tick(ctx); err != nil {
		t.Fatal(err)
	}
	n, err := f.st.DB().CountWhere(ctx, "person_index", "key_id = ?", int64(old))
	if err != nil || n != 0 {
		t.Fatalf("%d index rows left under the old key: %v", n, err)
	}
	if n, _ := f.st.DB().CountWhere(ctx, "person_index", "key_id = ?", int64(primary)); n == 0 {
		t.Fatal("no index rows under the new key")
	}
	got, err = f.st.Signal(ctx, f.u("af:rotterdam"), sg.ID)
	if err != nil || len(got.Matches) != 1 {
		t.Fatalf("after the re-index: %+v %v", got.Matches, err)
	}
}

func TestDistinctVictims(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	f := newFixture(t)
	from := time.Now().Add(-time.Hour)
	anna := schakel.Person{Role: schakel.PersonVictim, Name: "Anna Kowalska", BirthDate: "1999-03-04", Gender: "female", Nationality: "PL"}
	f.known(t, anna)
	anna.Name = "KOWALSKA, Anna"
	f.newSignalWith(t, anna)
	f.newSignalWith(t, schakel.Person{Role: schakel.PersonVictim, Name: "Beata Nowak", BirthDate: "1999-03-04", Gender: "female", Nationality: "PL"})
	f.newSignalWith(t, schakel.Person{Role: schakel.PersonVictim, Gender: "female", Nationality: "PL"})
	n, err := f.st.DistinctVictims(ctx, from, time.Now().Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if n != 3 {
		t.Errorf("distinct victims = %d, want 3 (Anna twice, Beata, one unnamed)", n)
	}
}

// TestPersonMatchShownOnlyWhereReadable: a match in a signal the AF may
// read anyway is shown with its id; one elsewhere is not shown at all.
func TestPersonMatchShownOnlyWhereReadable(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	f := newFixture(t)
	p := schakel.Person{Role: schakel.PersonVictim, Name: "Mirela Popescu", BirthDate: "2002-08-09", Gender: "female", Nationality: "RO"}
	f.known(t, p)
	first := f.newSignalWith(t, p)
	second := f.newSignalWith(t, p)
	got, err := f.st.Signal(ctx, f.u("af:rotterdam"), second.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Matches) != 1 || got.Matches[0].SignalID != first.ID {
		t.Errorf("matches %+v: want only Rotterdam's own, linked to %s", got.Matches, first.ID)
	}
}
