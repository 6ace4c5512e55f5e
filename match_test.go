package schakel

import (
	"math"
	"testing"
)

func TestNameKey(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, a, b string }{
		{"diacritics are ignored", "Zoë Çelik", "Zoe Celik"},
		{"case is ignored", "ANNA DE VRIES", "anna de vries"},
		{"name order is ignored", "de Vries, Anna", "Anna de Vries"},
		{"hyphens and punctuation separate words", "Jan-Willem van den Berg", "Jan Willem van den Berg"},
		{"extra spaces are ignored", "  Anna   de  Vries ", "Anna de Vries"},
		{"letters without decomposition are spelled out", "Łukasz Strauß", "Lukasz Strauss"},
		{"ø and æ spelled as a registry does", "Søren Ærø", "Soren Aero"},
		{"apostrophes join", "Kees 't Hart", "Kees t Hart"},
		{"full-width letters fold", "Ａｎｎａ", "Anna"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if a, b := NameKey(tt.a), NameKey(tt.b); a != b || a == "" {
				t.Errorf("NameKey(%q) = %q, NameKey(%q) = %q", tt.a, a, tt.b, b)
			}
		})
	}
	if NameKey("Anna de Vries") == NameKey("Anna Vries") {
		t.Error("a missing word must not match")
	}
	if NameKey("123 !!") != "" {
		t.Error("a name without letters has no key")
	}
}

func TestSamePerson(t *testing.T) {
	t.Parallel()
	p := func(name, bd string) Person { return Person{Name: name, BirthDate: bd} }
	tests := []struct {
		name string
		a, b Person
		same bool
	}{
		{"same name and date", p("Anna de Vries", "1990-05-17"), p("Anna de Vries", "1990-05-17"), true},
		{"variant spelling and order", p("Zoë Çelik", "2001-02-03"), p("CELIK, Zoe", "2001-02-03"), true},
		{"missing day on one side", p("Anna de Vries", "1990-05"), p("Anna de Vries", "1990-05-17"), true},
		{"missing day on both sides", p("Anna de Vries", "1990-05"), p("Anna de Vries", "1990-05"), true},
		{"another day", p("Anna de Vries", "1990-05-17"), p("Anna de Vries", "1990-05-18"), false},
		{"another month", p("Anna de Vries", "1990-05"), p("Anna de Vries", "1990-06-01"), false},
		{"another name", p("Anna de Vries", "1990-05-17"), p("Anne de Vries", "1990-05-17"), false},
		{"no birth date never matches", p("Anna de Vries", ""), p("Anna de Vries", ""), false},
		{"an invalid birth date never matches (found by fuzzing)", p("Anna de Vries", "1990-050"), p("Anna de Vries", "1990-05"), false},
		{"no name never matches", p("", "1990-05-17"), p("", "1990-05-17"), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := SamePerson(tt.a, tt.b); got != tt.same {
				t.Errorf("SamePerson = %v, want %v", got, tt.same)
			}
			if got := SamePerson(tt.b, tt.a); got != tt.same {
				t.Errorf("SamePerson reversed = %v, want %v", got, tt.same)
			}
			// Whatever is the same person shares the lookup index value.
			if tt.same && PersonIndexValues(tt.a)[IndexNameMonth] != PersonIndexValues(tt.b)[IndexNameMonth] {
				t.Error("same person, different lookup index values")
			}
		})
	}
}

func TestPersonIndexValues(t *testing.T) {
	t.Parallel()
	v := PersonIndexValues(Person{Name: "Anna de Vries", BirthDate: "1990-05-17"})
	if v[IndexNameMonth] != "anna de vries|1990-05" || v[IndexNameDate] != "anna de vries|1990-05-17" {
		t.Errorf("full date: %v", v)
	}
	v = PersonIndexValues(Person{Name: "Anna de Vries", BirthDate: "1990-05"})
	if len(v) != 1 || v[IndexNameMonth] == "" {
		t.Errorf("missing day: %v", v)
	}
	if v := PersonIndexValues(Person{Name: "Anna de Vries"}); v != nil {
		t.Errorf("no date: %v", v)
	}
}

// TestIndexBits checks the truncation rule: between 2 and √R coincidences
// per index value for the expected number of records.
func TestIndexBits(t *testing.T) {
	t.Parallel()
	for _, r := range []int{100, 1000, 10_000, ExpectedPersons, 1_000_000} {
		bits := IndexBits(r)
		c := float64(r) / math.Pow(2, float64(bits))
		if c < 2 || c > math.Sqrt(float64(r)) {
			t.Errorf("R=%d: %d bits give %.1f coincidences per value, want between 2 and %.0f", r, bits, c, math.Sqrt(float64(r)))
		}
	}
	if IndexBits(ExpectedPersons) != 15 {
		t.Errorf("IndexBits(%d) = %d; docs/security.md says 15", ExpectedPersons, IndexBits(ExpectedPersons))
	}
}

func TestPartialBirthDate(t *testing.T) {
	t.Parallel()
	observed := "2026-06-15"
	tests := []struct {
		name  string
		bd    string
		ok    bool
		minor bool
	}{
		{"full date of an adult", "2000-01-01", true, false},
		{"month known, day unknown: the youngest it can be counts", "2008-06", true, true},
		{"month known, adult whichever the day", "2008-05", true, false},
		{"year alone is not enough", "2008", false, false},
		{"not a date", "juni 2008", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := Person{Role: PersonVictim, BirthDate: tt.bd}
			var p Problems
			od, _, _ := ParseBirthDate(observed)
			validatePerson(&p, "persons[0]", &ps, od, true)
			bad := false
			for _, f := range p {
				bad = bad || f.Field == "persons[0].birth_date"
			}
			if bad == tt.ok {
				t.Errorf("accepted %v, want %v (%v)", !bad, tt.ok, p)
			}
			if ps.Minor != tt.minor {
				t.Errorf("minor %v, want %v", ps.Minor, tt.minor)
			}
		})
	}
}

func TestISOBirthDate(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"17-05-1990", "1990-05-17"},
		{"17/5/1990", "1990-05-17"},
		{"7.5.1990", "1990-05-07"},
		{"05-1990", "1990-05"},
		{"5/1990", "1990-05"},
		{"1990-05-17", "1990-05-17"},
		{" 1990-05 ", "1990-05"},
		{"juni 1990", "juni 1990"},
		{"1-2-3", "1-2-3"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := ISOBirthDate(tt.in); got != tt.want {
			t.Errorf("ISOBirthDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
