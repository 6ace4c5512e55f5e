package schakel

import (
	"testing"
	"unicode/utf8"
)

// FuzzNameKey: the normal form of a name is stable (normalising it again
// changes nothing), has no upper case, and comparing persons is symmetric.
func FuzzNameKey(f *testing.F) {
	for _, s := range []string{"Zoë de Vries-Çelik", "de Vries, Anna", "Łukasz Strauß", "Kees 't Hart", "Ａｎｎａ", "", "123", "\u0301\u0301", "İstanbul ıi"} {
		f.Add(s, "1990-05-17", "1990-05")
	}
	f.Fuzz(func(t *testing.T, name, bd1, bd2 string) {
		k := NameKey(name)
		if !utf8.ValidString(k) && utf8.ValidString(name) {
			t.Fatalf("NameKey(%q) = %q is not valid UTF-8", name, k)
		}
		if again := NameKey(k); again != k {
			t.Fatalf("NameKey not stable: %q → %q → %q", name, k, again)
		}
		a, b := Person{Name: name, BirthDate: ISOBirthDate(bd1)}, Person{Name: name, BirthDate: ISOBirthDate(bd2)}
		if SamePerson(a, b) != SamePerson(b, a) {
			t.Fatalf("SamePerson not symmetric for %q %q %q", name, bd1, bd2)
		}
		if SamePerson(a, b) && PersonIndexValues(a)[IndexNameMonth] != PersonIndexValues(b)[IndexNameMonth] {
			t.Fatalf("the same person under two lookup values: %q %q %q", name, bd1, bd2)
		}
	})
}

// FuzzISOBirthDate: whatever is typed as a birth date comes back as the
// stored form or as itself trimmed, and a date it accepts parses.
func FuzzISOBirthDate(f *testing.F) {
	for _, s := range []string{"17-05-1990", "5/1990", "1990-05-17", "juni", "1-2-3", "99-99-9999", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		iso := ISOBirthDate(s)
		if _, _, ok := ParseBirthDate(iso); ok && len(iso) != len(DateLayout) && len(iso) != len(BirthMonthLayout) {
			t.Fatalf("ISOBirthDate(%q) = %q parses but has an odd length", s, iso)
		}
	})
}
