package schakel

import (
	"math"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Person matching. When a new signal names a person already known
// elsewhere in the region, the AF learns where to ask, and nothing of the
// other record. Names and birth dates are compared in a normal form that
// absorbs the usual differences between two officers writing down the same
// person: diacritics and case (Zoë, ZOE, Zoe), the order of the names
// (de Vries, Anna / Anna de Vries), punctuation and hyphens, and a birth
// date whose day one of them did not know.

// NameKey is the normal form of a name: its words without diacritics, in
// lower case, sorted, separated by single spaces. Empty when the name has
// no letters.
func NameKey(name string) string {
	var words []string
	var w strings.Builder
	flush := func() {
		if w.Len() > 0 {
			words = append(words, w.String())
			w.Reset()
		}
	}
	// Bytes that are no UTF-8 separate words (normalisation would treat
	// the letters after them differently on a second pass).
	for _, r := range norm.NFKD.String(strings.ToValidUTF8(name, " ")) {
		switch {
		case unicode.Is(unicode.Mn, r):
			// a combining mark: the diacritic of the previous letter
		case unicode.IsLetter(r):
			w.WriteString(foldLetter(unicode.ToLower(r)))
		case r == '\'' || r == '’':
			// 't Hart, O'Brien: the apostrophe joins
		default:
			flush()
		}
	}
	flush()
	slices.Sort(words)
	return strings.Join(words, " ")
}

// foldLetter spells the letters that have no decomposition in plain
// Latin, as a Dutch registry would.
func foldLetter(r rune) string {
	switch r {
	case 'ß':
		return "ss"
	case 'æ':
		return "ae"
	case 'ø':
		return "o"
	case 'œ':
		return "oe"
	case 'ł':
		return "l"
	case 'đ', 'ð':
		return "d"
	case 'þ':
		return "th"
	case 'ı':
		return "i"
	}
	return string(r)
}

// Blind index names: each is its own keyed index over a normal form.
const (
	// IndexNameMonth is the name with the birth year and month: the
	// lookup, as it also finds a record whose day is unknown.
	IndexNameMonth = "person.name_birth_month"
	// IndexNameDate is the name with the full birth date: one person for
	// the monitor's count of distinct victims.
	IndexNameDate = "person.name_birth_date"
	// IndexName is the name alone: the search by a person's full name
	// (within what the searcher may read; the candidates it gives are
	// confirmed by exact comparison, as an index value is shared by
	// design).
	IndexName = "person.name"
)

// PersonIndexValues are the normal forms a person is indexed under, by
// index name. A person without a name or without at least a birth month
// is not indexed: a name alone matches too many people to tell an officer
// anything.
func PersonIndexValues(p Person) map[string]string {
	name := NameKey(p.Name)
	if name == "" || len(p.BirthDate) < len(BirthMonthLayout) {
		return nil
	}
	if _, _, ok := ParseBirthDate(p.BirthDate); !ok {
		return nil
	}
	out := map[string]string{IndexNameMonth: name + "|" + p.BirthDate[:len(BirthMonthLayout)]}
	if len(p.BirthDate) == len(DateLayout) {
		out[IndexNameDate] = name + "|" + p.BirthDate
	}
	return out
}

// SamePerson is the exact comparison behind a blind-index candidate: the
// same normal name, and birth dates that agree as far as both are known.
func SamePerson(a, b Person) bool {
	na, nb := NameKey(a.Name), NameKey(b.Name)
	if na == "" || na != nb {
		return false
	}
	for _, bd := range []string{a.BirthDate, b.BirthDate} {
		if _, _, ok := ParseBirthDate(bd); !ok {
			return false
		}
	}
	if a.BirthDate[:7] != b.BirthDate[:7] {
		return false
	}
	return len(a.BirthDate) != len(DateLayout) || len(b.BirthDate) != len(DateLayout) || a.BirthDate == b.BirthDate
}

// ExpectedPersons is the number of person records the region expects to
// hold within the retention period (about 5,000 signals a year, two
// persons each, kept up to ten years): the R that sizes the blind index.
const ExpectedPersons = 100_000

// IndexBits is how many bits of the keyed hash a blind index keeps for R
// expected records. CipherSweet's rule: every index value should be shared
// by at least 2 and at most √R records by coincidence, so that an index
// value alone never singles out a person, yet a lookup returns few enough
// candidates to check exactly. R/2^bits coincidences per value: the largest
// bits with R/2^bits ≥ 2, which for any R ≥ 16 is also ≤ √R.
func IndexBits(r int) int {
	return int(math.Floor(math.Log2(float64(r) / 2)))
}
