package schakel

import (
	"slices"
	"sort"
	"strings"

	"golang.org/x/text/language"
)

// Role is what a user does in the chain; it decides what they may see.
type Role string

const (
	RoleMelder           Role = "melder"
	RoleAF               Role = "aandachtsfunctionaris"
	RoleZorgcoordinator  Role = "zorgcoordinator"
	RoleZVH              Role = "zvh"
	RoleRIEC             Role = "riec"
	RolePartner          Role = "partner"
	RoleToezichthouder   Role = "toezichthouder"
	RoleBeleidsregisseur Role = "beleidsregisseur"
	RoleBeheerder        Role = "beheerder"
	RolePrivacy          Role = "privacy"
)

// Roles lists every role in a stable order.
var Roles = []Role{RoleMelder, RoleAF, RoleZorgcoordinator, RoleZVH, RoleRIEC,
	RolePartner, RoleToezichthouder, RoleBeleidsregisseur, RoleBeheerder, RolePrivacy}

// Valid reports whether r is a known role.
func (r Role) Valid() bool { return slices.Contains(Roles, r) }

// MayReport reports whether the role may submit signals. Everyone who works
// with people may notice exploitation; only the roles without any case
// content (administration, privacy) and the region's director do not report
// through Schakel.
func (r Role) MayReport() bool {
	switch r {
	case RoleBeheerder, RolePrivacy, RoleBeleidsregisseur:
		return false
	}
	return r.Valid()
}

// Form is a form of exploitation.
type Form string

const (
	FormSexual   Form = "sexual"
	FormCriminal Form = "criminal"
	FormLabour   Form = "labour"
	FormOrgan    Form = "organ"
)

// Forms lists every form in a stable order.
var Forms = []Form{FormSexual, FormCriminal, FormLabour, FormOrgan}

func (f Form) Valid() bool { return slices.Contains(Forms, f) }

// Route is the triage decision.
type Route string

const (
	RouteNone            Route = "none"
	RouteCare            Route = "care"
	RouteCareAndCriminal Route = "care_and_criminal"
	RouteUndermining     Route = "undermining"
)

// Routes lists every route in a stable order.
var Routes = []Route{RouteNone, RouteCare, RouteCareAndCriminal, RouteUndermining}

func (r Route) Valid() bool { return slices.Contains(Routes, r) }

// Notify is a parallel notification beside the route.
type Notify string

const (
	NotifyVeiligThuis Notify = "veilig_thuis"
	NotifyPolice      Notify = "police"
	NotifyNLA         Notify = "nla"
)

// Notifies lists every notification in a stable order.
var Notifies = []Notify{NotifyVeiligThuis, NotifyPolice, NotifyNLA}

func (n Notify) Valid() bool { return slices.Contains(Notifies, n) }

// PersonRole is the part a person plays in a signal.
type PersonRole string

const (
	PersonVictim  PersonRole = "victim"
	PersonSuspect PersonRole = "suspect"
)

func (p PersonRole) Valid() bool { return p == PersonVictim || p == PersonSuspect }

// Gender codes.
var Genders = []string{"female", "male", "x", "unknown"}

// Residence status codes.
var ResidenceStatuses = []string{"lawful", "temporary", "none", "unknown"}

// SignalStatus is where a signal is in the flow.
type SignalStatus string

const (
	SignalNew     SignalStatus = "new"     // waiting for triage
	SignalTriaged SignalStatus = "triaged" // a case follows it
	SignalClosed  SignalStatus = "closed"  // no suspicion, or its case closed
)

var SignalStatuses = []SignalStatus{SignalNew, SignalTriaged, SignalClosed}

func (s SignalStatus) Valid() bool { return slices.Contains(SignalStatuses, s) }

// ReferralStatus is where a referral is.
type ReferralStatus string

const (
	ReferralSent     ReferralStatus = "sent"
	ReferralAccepted ReferralStatus = "accepted"
	ReferralDeclined ReferralStatus = "declined"
	ReferralClosed   ReferralStatus = "closed"
)

var ReferralStatuses = []ReferralStatus{ReferralSent, ReferralAccepted, ReferralDeclined, ReferralClosed}

func (s ReferralStatus) Valid() bool { return slices.Contains(ReferralStatuses, s) }

// CaseStatus is open or closed.
type CaseStatus string

const (
	CaseOpen   CaseStatus = "open"
	CaseClosed CaseStatus = "closed"
)

// ValidNationality reports whether code is an ISO 3166-1 alpha-2 country
// code or "unknown".
func ValidNationality(code string) bool {
	if code == "unknown" {
		return true
	}
	_, ok := countrySet()[code]
	return ok
}

var countries []string

// CountryCodes lists the ISO 3166-1 alpha-2 codes known to x/text, sorted.
func CountryCodes() []string {
	countrySet()
	return countries
}

// notISO are codes x/text knows as regions that ISO 3166-1 does not assign
// (exceptionally or transitionally reserved, or withdrawn). XK (Kosovo) is
// user-assigned but in common use, by the EU too, and is kept.
const notISO = "AC AN CP CQ CS DG EA EZ FQ IC NT PC SU TA UN YU"

var countryMap map[string]struct{}

func countrySet() map[string]struct{} {
	if countryMap != nil {
		return countryMap
	}
	m := map[string]struct{}{}
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			code := string([]rune{a, b})
			r, err := language.ParseRegion(code)
			if err != nil || !r.IsCountry() || r.String() != code || r.Canonicalize().String() != code || strings.Contains(notISO, code) {
				continue
			}
			m[code] = struct{}{}
		}
	}
	for c := range m {
		countries = append(countries, c)
	}
	sort.Strings(countries)
	countryMap = m
	return m
}

func init() { countrySet() }

// SplitCodes turns a stored comma list into codes.
func SplitCodes(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, ",")
}
