package schakel

import (
	"fmt"
	"net/mail"
	"slices"
	"strings"
	"time"
	_ "time/tzdata" // the zone below must resolve on machines without tzdata
	"unicode/utf8"
)

// Amsterdam is the zone in which dates and working days are reckoned.
var Amsterdam = mustZone("Europe/Amsterdam")

func mustZone(name string) *time.Location {
	l, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return l
}

// DateLayout is the wire and storage format of calendar dates.
const DateLayout = "2006-01-02"

// Limits on free text; generous for an account, tight for names.
const (
	MaxAccount   = 20000
	MaxShort     = 200
	MaxPersons   = 50
	MaxRationale = 5000
)

// Reporter is who noticed the signal.
type Reporter struct {
	Name         string `json:"name"`
	Organisation string `json:"organisation,omitempty"`
	Phone        string `json:"phone,omitempty"`
	Email        string `json:"email,omitempty"`
}

// Person is a possible victim or suspect as far as known.
type Person struct {
	Role            PersonRole `json:"role"`
	Name            string     `json:"name,omitempty"`
	BirthDate       string     `json:"birth_date,omitempty"`
	EstimatedAge    *int       `json:"estimated_age,omitempty"`
	Gender          string     `json:"gender,omitempty"`
	Nationality     string     `json:"nationality,omitempty"`
	ResidenceStatus string     `json:"residence_status,omitempty"`
	Contact         string     `json:"contact,omitempty"`
	// Minor is derived from the birth date or estimated age at the date the
	// signal was observed; it is never taken from input.
	Minor bool `json:"minor"`
}

// SignalInput is a new signal as a reporter submits it.
type SignalInput struct {
	Municipality string   `json:"municipality"`
	ObservedOn   string   `json:"observed_on"`
	Forms        []Form   `json:"forms"`
	Indicators   []string `json:"indicators"`
	Sector       string   `json:"sector"`
	AcuteDanger  bool     `json:"acute_danger"`
	Account      string   `json:"account"`
	Reporter     Reporter `json:"reporter"`
	Persons      []Person `json:"persons"`
}

// Catalog is the reference data that validation checks against.
type Catalog struct {
	Municipalities map[string]Municipality
	Organisations  map[string]Organisation
	Indicators     map[string]Indicator
	Sectors        map[string]Sector
}

// Validate normalises the input (trims text, fills "unknown" defaults,
// derives minors) and reports every problem by field. now is the moment of
// submission.
func (in *SignalInput) Validate(now time.Time, cat *Catalog) error {
	var p Problems
	in.Municipality = strings.TrimSpace(in.Municipality)
	if m, ok := cat.Municipalities[in.Municipality]; !ok || !m.Active {
		if in.Municipality == "" {
			p.Add("municipality", "Kies de gemeente waar het signaal is opgemerkt.")
		} else {
			p.Add("municipality", "Deze gemeente is onbekend in de regio.")
		}
	}
	today := now.In(Amsterdam).Format(DateLayout)
	observed, err := time.Parse(DateLayout, strings.TrimSpace(in.ObservedOn))
	switch {
	case strings.TrimSpace(in.ObservedOn) == "":
		p.Add("observed_on", "Vul de datum in waarop het signaal is opgemerkt.")
	case err != nil:
		p.Add("observed_on", "Vul een geldige datum in (JJJJ-MM-DD).")
	case observed.Format(DateLayout) > today:
		p.Add("observed_on", "De datum mag niet in de toekomst liggen.")
	case observed.Year() < 1990:
		p.Add("observed_on", "De datum ligt te ver in het verleden.")
	}
	if err == nil {
		in.ObservedOn = observed.Format(DateLayout)
	}

	if len(in.Forms) == 0 {
		p.Add("forms", "Kies ten minste één vorm van uitbuiting.")
	}
	seen := map[Form]bool{}
	for i, f := range in.Forms {
		if !f.Valid() {
			p.Add(fmt.Sprintf("forms[%d]", i), "Onbekende vorm van uitbuiting.")
		} else if seen[f] {
			p.Add(fmt.Sprintf("forms[%d]", i), "Deze vorm is dubbel gekozen.")
		}
		seen[f] = true
	}
	seenInd := map[string]bool{}
	var inds []string
	for i, code := range in.Indicators {
		ind, ok := cat.Indicators[code]
		switch {
		case !ok || !ind.Active:
			p.Add(fmt.Sprintf("indicators[%d]", i), "Onbekende indicator.")
		case !seen[ind.Form]:
			p.Add(fmt.Sprintf("indicators[%d]", i), "Deze indicator hoort bij een vorm van uitbuiting die niet is gekozen.")
		case !seenInd[code]:
			inds = append(inds, code)
		}
		seenInd[code] = true
	}
	in.Indicators = inds
	in.Sector = strings.TrimSpace(in.Sector)
	if in.Sector != "" {
		if s, ok := cat.Sectors[in.Sector]; !ok || !s.Active {
			p.Add("sector", "Onbekende sector.")
		} else if s.Form != "" && !seen[s.Form] {
			p.Add("sector", "Deze sector hoort bij een vorm van uitbuiting die niet is gekozen.")
		}
	}
	in.Account = strings.TrimSpace(in.Account)
	switch {
	case in.Account == "":
		p.Add("account", "Beschrijf wat u heeft gezien of gehoord.")
	case utf8.RuneCountInString(in.Account) > MaxAccount:
		p.Add("account", fmt.Sprintf("De beschrijving is te lang (ten hoogste %d tekens).", MaxAccount))
	}

	r := &in.Reporter
	r.Name, r.Organisation = strings.TrimSpace(r.Name), strings.TrimSpace(r.Organisation)
	r.Phone, r.Email = strings.TrimSpace(r.Phone), strings.TrimSpace(r.Email)
	if r.Name == "" {
		p.Add("reporter.name", "Vul de naam van de melder in.")
	}
	checkShort(&p, "reporter.name", r.Name)
	checkShort(&p, "reporter.organisation", r.Organisation)
	if r.Phone != "" && !validPhone(r.Phone) {
		p.Add("reporter.phone", "Vul een geldig telefoonnummer in (cijfers, spaties, + en -).")
	}
	if r.Email != "" {
		if a, err := mail.ParseAddress(r.Email); err != nil || a.Address != r.Email {
			p.Add("reporter.email", "Vul een geldig e-mailadres in.")
		}
	}

	if len(in.Persons) > MaxPersons {
		p.Add("persons", fmt.Sprintf("Ten hoogste %d personen per signaal.", MaxPersons))
	}
	for i := range in.Persons {
		validatePerson(&p, fmt.Sprintf("persons[%d]", i), &in.Persons[i], observed, err == nil)
	}
	return p.Err()
}

func checkShort(p *Problems, field, v string) {
	if utf8.RuneCountInString(v) > MaxShort {
		p.Add(field, fmt.Sprintf("Te lang (ten hoogste %d tekens).", MaxShort))
	}
}

func validPhone(s string) bool {
	digits := 0
	for _, c := range s {
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c == ' ' || c == '+' || c == '-' || c == '(' || c == ')':
		default:
			return false
		}
	}
	return digits >= 6 && digits <= 15
}

func validatePerson(p *Problems, at string, ps *Person, observed time.Time, observedOK bool) {
	if !ps.Role.Valid() {
		p.Add(at+".role", "Kies of dit een mogelijk slachtoffer of een mogelijke dader is.")
	}
	ps.Name, ps.Contact = strings.TrimSpace(ps.Name), strings.TrimSpace(ps.Contact)
	checkShort(p, at+".name", ps.Name)
	checkShort(p, at+".contact", ps.Contact)
	ps.Minor = false
	ps.BirthDate = strings.TrimSpace(ps.BirthDate)
	if ps.BirthDate != "" {
		earliest, latest, ok := ParseBirthDate(ps.BirthDate)
		switch {
		case !ok:
			p.Add(at+".birth_date", "Vul een geldige geboortedatum in (JJJJ-MM-DD, of JJJJ-MM als de dag onbekend is).")
		case observedOK && earliest.After(observed):
			p.Add(at+".birth_date", "De geboortedatum ligt na de datum van het signaal.")
		case observedOK && AgeOn(earliest, observed) > 110:
			p.Add(at+".birth_date", "Deze geboortedatum is niet aannemelijk.")
		case observedOK:
			// With the day unknown, the youngest the person can be counts:
			// a possible minor is protected as a minor.
			ps.Minor = AgeOn(latest, observed) < 18
		}
		if ps.EstimatedAge != nil {
			p.Add(at+".estimated_age", "Vul een geboortedatum óf een geschatte leeftijd in, niet beide.")
		}
	} else if ps.EstimatedAge != nil {
		if a := *ps.EstimatedAge; a < 0 || a > 110 {
			p.Add(at+".estimated_age", "Vul een leeftijd tussen 0 en 110 jaar in.")
		} else {
			ps.Minor = a < 18
		}
	}
	ps.Gender = defaultUnknown(ps.Gender)
	if !slices.Contains(Genders, ps.Gender) {
		p.Add(at+".gender", "Onbekend geslacht.")
	}
	ps.Nationality = strings.ToUpper(strings.TrimSpace(ps.Nationality))
	if ps.Nationality == "" || ps.Nationality == "UNKNOWN" {
		ps.Nationality = "unknown"
	}
	if !ValidNationality(ps.Nationality) {
		p.Add(at+".nationality", "Vul een landcode volgens ISO 3166 in (bijvoorbeeld NL) of 'onbekend'.")
	}
	ps.ResidenceStatus = defaultUnknown(ps.ResidenceStatus)
	if !slices.Contains(ResidenceStatuses, ps.ResidenceStatus) {
		p.Add(at+".residence_status", "Onbekende verblijfsstatus.")
	}
}

func defaultUnknown(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return "unknown"
	}
	return s
}

// BirthMonthLayout is a birth date whose day is unknown.
const BirthMonthLayout = "2006-01"

// ParseBirthDate reads a birth date, JJJJ-MM-DD or JJJJ-MM when the day is
// unknown, as the earliest and latest day it can be.
func ParseBirthDate(s string) (earliest, latest time.Time, ok bool) {
	if d, err := time.Parse(DateLayout, s); err == nil {
		return d, d, true
	}
	if d, err := time.Parse(BirthMonthLayout, s); err == nil {
		return d, d.AddDate(0, 1, -1), true
	}
	return time.Time{}, time.Time{}, false
}

// ISOBirthDate turns a birth date as Dutch people write it (17-05-1990,
// 17/5/1990, 05-1990) into the stored form (1990-05-17, 1990-05); other
// input is returned trimmed, for validation to judge.
func ISOBirthDate(s string) string {
	s = strings.TrimSpace(s)
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '-' || r == '/' || r == '.' })
	num := func(p string, n int) (string, bool) {
		if len(p) == 0 || len(p) > n {
			return "", false
		}
		for _, r := range p {
			if r < '0' || r > '9' {
				return "", false
			}
		}
		return strings.Repeat("0", n-len(p)) + p, true
	}
	switch {
	case len(parts) == 3 && len(parts[2]) == 4:
		d, ok1 := num(parts[0], 2)
		m, ok2 := num(parts[1], 2)
		if ok1 && ok2 {
			return parts[2] + "-" + m + "-" + d
		}
	case len(parts) == 2 && len(parts[1]) == 4:
		if m, ok := num(parts[0], 2); ok {
			return parts[1] + "-" + m
		}
	}
	return s
}

// AgeOn is the age in whole years of someone born on birth, on day.
func AgeOn(birth, day time.Time) int {
	age := day.Year() - birth.Year()
	if day.Month() < birth.Month() || (day.Month() == birth.Month() && day.Day() < birth.Day()) {
		age--
	}
	return age
}

// HasMinorVictim reports whether any possible victim is a minor.
func HasMinorVictim(ps []Person) bool {
	for _, p := range ps {
		if p.Role == PersonVictim && p.Minor {
			return true
		}
	}
	return false
}
