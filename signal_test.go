package schakel

import (
	"strings"
	"testing"
	"time"
)

func testCatalog() *Catalog {
	cat := &Catalog{Municipalities: map[string]Municipality{}, Indicators: map[string]Indicator{}, Sectors: map[string]Sector{}}
	ms, _ := DefaultMunicipalities()
	for _, m := range ms {
		cat.Municipalities[m.Slug] = m
	}
	for _, i := range DefaultIndicators() {
		cat.Indicators[i.Code] = i
	}
	for _, s := range DefaultSectors() {
		cat.Sectors[s.Code] = s
	}
	return cat
}

func validInput() SignalInput {
	return SignalInput{
		Municipality: "capelle-aan-den-ijssel", ObservedOn: "2026-11-20", Forms: []Form{FormSexual},
		Indicators: []string{"sexual.debt"}, Sector: "escort", Account: "Gezien bij een huisbezoek.",
		Reporter: Reporter{Name: "Mila", Email: "mila@example.org", Phone: "+31 10 123 4567"},
		Persons:  []Person{{Role: PersonVictim, Name: "X", BirthDate: "2008-03-01", Gender: "female", Nationality: "NL", ResidenceStatus: "lawful"}, {Role: PersonSuspect}},
	}
}

func intp(i int) *int { return &i }

func TestSignalValidate(t *testing.T) {
	t.Parallel()
	now := time.Date(2026, 11, 29, 12, 0, 0, 0, Amsterdam)
	tests := []struct {
		name   string
		mod    func(*SignalInput)
		fields []string
	}{
		{"a complete signal is valid", func(*SignalInput) {}, nil},
		{"known municipality", func(in *SignalInput) { in.Municipality = "amsterdam" }, []string{"municipality"}},
		{"municipality required", func(in *SignalInput) { in.Municipality = "" }, []string{"municipality"}},
		{"observed date not in the future", func(in *SignalInput) { in.ObservedOn = "2026-11-30" }, []string{"observed_on"}},
		{"observed date is a date", func(in *SignalInput) { in.ObservedOn = "20-11-2026" }, []string{"observed_on"}},
		{"at least one form", func(in *SignalInput) { in.Forms = nil; in.Indicators = nil; in.Sector = "" }, []string{"forms"}},
		{"known forms only", func(in *SignalInput) { in.Forms = append(in.Forms, "fraud") }, []string{"forms[1]"}},
		{"indicators from the catalogue", func(in *SignalInput) { in.Indicators = []string{"nope"} }, []string{"indicators[0]"}},
		{"indicators of the chosen forms only", func(in *SignalInput) { in.Indicators = []string{"labour.deception"} }, []string{"indicators[0]"}},
		{"sector of the chosen forms", func(in *SignalInput) { in.Sector = "construction" }, []string{"sector"}},
		{"unknown sector", func(in *SignalInput) { in.Sector = "moon" }, []string{"sector"}},
		{"an account is required", func(in *SignalInput) { in.Account = "  " }, []string{"account"}},
		{"the account has a maximum length", func(in *SignalInput) { in.Account = strings.Repeat("a", MaxAccount+1) }, []string{"account"}},
		{"reporter name required", func(in *SignalInput) { in.Reporter.Name = "" }, []string{"reporter.name"}},
		{"reporter e-mail valid", func(in *SignalInput) { in.Reporter.Email = "not-an-email" }, []string{"reporter.email"}},
		{"reporter phone plausible", func(in *SignalInput) { in.Reporter.Phone = "call me" }, []string{"reporter.phone"}},
		{"person role required", func(in *SignalInput) { in.Persons[1].Role = "" }, []string{"persons[1].role"}},
		{"birth date is a date", func(in *SignalInput) { in.Persons[0].BirthDate = "2008-02-30" }, []string{"persons[0].birth_date"}},
		{"birth date not after the observed date", func(in *SignalInput) { in.Persons[0].BirthDate = "2026-11-21" }, []string{"persons[0].birth_date"}},
		{"birth date plausible", func(in *SignalInput) { in.Persons[0].BirthDate = "1850-01-01" }, []string{"persons[0].birth_date"}},
		{"birth date or estimated age, not both", func(in *SignalInput) { in.Persons[0].EstimatedAge = intp(18) }, []string{"persons[0].estimated_age"}},
		{"estimated age plausible", func(in *SignalInput) { in.Persons[1].EstimatedAge = intp(130) }, []string{"persons[1].estimated_age"}},
		{"ISO nationality", func(in *SignalInput) { in.Persons[0].Nationality = "XX" }, []string{"persons[0].nationality"}},
		{"known gender", func(in *SignalInput) { in.Persons[0].Gender = "other" }, []string{"persons[0].gender"}},
		{"known residence status", func(in *SignalInput) { in.Persons[0].ResidenceStatus = "tourist" }, []string{"persons[0].residence_status"}},
		{"every bad field is named at once", func(in *SignalInput) { in.Municipality = "x"; in.Account = ""; in.Persons[0].Nationality = "ZZ" },
			[]string{"municipality", "account", "persons[0].nationality"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := validInput()
			tt.mod(&in)
			assertFields(t, in.Validate(now, testCatalog()), tt.fields)
		})
	}
}

func TestMinorDerivedAtObservedDate(t *testing.T) {
	t.Parallel()
	now := time.Date(2026, 11, 29, 12, 0, 0, 0, Amsterdam)
	tests := []struct {
		name  string
		p     Person
		minor bool
	}{
		{"17 on the observed date is a minor", Person{Role: PersonVictim, BirthDate: "2008-11-21"}, true},
		{"18 on the observed date is no minor", Person{Role: PersonVictim, BirthDate: "2008-11-20"}, false},
		{"estimated age under 18 is a minor", Person{Role: PersonVictim, EstimatedAge: intp(16)}, true},
		{"estimated age 18 is no minor", Person{Role: PersonVictim, EstimatedAge: intp(18)}, false},
		{"nothing known is no minor", Person{Role: PersonVictim}, false},
		{"a minor flag from input is ignored", Person{Role: PersonVictim, Minor: true}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := validInput()
			in.Persons = []Person{tt.p}
			if err := in.Validate(now, testCatalog()); err != nil {
				t.Fatal(err)
			}
			if in.Persons[0].Minor != tt.minor {
				t.Errorf("minor = %v, want %v", in.Persons[0].Minor, tt.minor)
			}
		})
	}
}

func TestNationalityDefaultsAndCountries(t *testing.T) {
	t.Parallel()
	if !ValidNationality("NL") || !ValidNationality("unknown") || ValidNationality("XX") || ValidNationality("nl") {
		t.Fatal("ISO 3166-1 alpha-2 upper case or unknown")
	}
	if n := len(CountryCodes()); n != 250 {
		t.Fatalf("%d country codes, want the 249 of ISO 3166-1 and XK", n)
	}
}

func TestIndicatorCatalogue(t *testing.T) {
	t.Parallel()
	count := map[Form]int{}
	seen := map[string]bool{}
	for _, i := range DefaultIndicators() {
		if seen[i.Code] {
			t.Errorf("duplicate code %s", i.Code)
		}
		seen[i.Code] = true
		if !strings.HasPrefix(i.Code, string(i.Form)+".") || i.Source == "" || i.Label == "" {
			t.Errorf("indicator %s: code must start with its form and carry a label and a source", i.Code)
		}
		count[i.Form]++
	}
	if count[FormLabour] != 11 {
		t.Errorf("labour: the ILO's 11 indicators, got %d", count[FormLabour])
	}
	if count[FormSexual] < 10 || count[FormCriminal] < 10 {
		t.Errorf("sexual and criminal need at least 10 each: %v", count)
	}
}
