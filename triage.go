package schakel

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"
)

// TriageDecision is the AF's decision on a signal.
type TriageDecision struct {
	Route     Route    `json:"route"`
	Notify    []Notify `json:"notify"`
	Rationale string   `json:"rationale"`
}

// Validate checks the decision: a known route, known notifications, and the
// reasoning the policy requires ("none" must say why).
func (d *TriageDecision) Validate() error {
	var p Problems
	d.Rationale = strings.TrimSpace(d.Rationale)
	if !d.Route.Valid() {
		p.Add("route", "Kies een route.")
	}
	seen := map[Notify]bool{}
	var ns []Notify
	for i, n := range d.Notify {
		if !n.Valid() {
			p.Add(fmt.Sprintf("notify[%d]", i), "Onbekende melding.")
			continue
		}
		if !seen[n] {
			ns = append(ns, n)
		}
		seen[n] = true
	}
	d.Notify = ns
	if d.Route == RouteNone && d.Rationale == "" {
		p.Add("rationale", "Leg uit waarom er geen vermoeden van mensenhandel is.")
	}
	if d.Route == RouteNone && len(d.Notify) > 0 {
		p.Add("notify", "Zonder vermoeden van mensenhandel worden geen doorverwijzingen verstuurd; meld rechtstreeks bij de instantie.")
	}
	if utf8.RuneCountInString(d.Rationale) > MaxRationale {
		p.Add("rationale", fmt.Sprintf("De toelichting is te lang (ten hoogste %d tekens).", MaxRationale))
	}
	return p.Err()
}

// Referral purposes: why an organisation receives a case.
const (
	PurposeCare        = "care"         // zorgcoördinatie takes the care
	PurposeProcessLead = "process_lead" // ZVH holds the process direction
	PurposeUndermining = "undermining"  // RIEC partners
	PurposeReReferral  = "re_referral"  // sent again after a decline
)

// PlannedReferral is one organisation a triage decision sends the case to.
type PlannedReferral struct {
	To      string
	Purpose string // a Purpose* constant or a Notify code
}

// Plan is what a triage decision sets in motion.
type Plan struct {
	OpensCase   bool
	ProcessLead string // organisation code
	Referrals   []PlannedReferral
}

// PlanTriage applies the routing rules of the policy ("Van signaal naar
// casuïstiek") to a decision for a signal seen in municipality m.
func PlanTriage(d TriageDecision, m Municipality) Plan {
	var pl Plan
	add := func(to, purpose string) {
		for _, r := range pl.Referrals {
			if r.To == to {
				return
			}
		}
		pl.Referrals = append(pl.Referrals, PlannedReferral{To: to, Purpose: purpose})
	}
	switch d.Route {
	case RouteNone:
		return pl
	case RouteCare:
		pl.ProcessLead = OrgCodeESSM
		add(OrgCodeESSM, PurposeCare)
	case RouteCareAndCriminal:
		pl.ProcessLead = m.ZVH
		add(m.ZVH, PurposeProcessLead)
		add(OrgCodeESSM, PurposeCare)
	case RouteUndermining:
		pl.ProcessLead = OrgCodeRIEC
		add(OrgCodeRIEC, PurposeUndermining)
	}
	pl.OpensCase = true
	for _, n := range d.Notify {
		add(NotifyOrganisation(n, m), string(n))
	}
	return pl
}

// NotifyOrganisation is the organisation that receives notification n for
// a signal in municipality m (Veilig Thuis of the municipality's region).
func NotifyOrganisation(n Notify, m Municipality) string {
	switch n {
	case NotifyVeiligThuis:
		return "veilig-thuis-" + strings.ToLower(m.SafetyRegion)
	case NotifyPolice:
		return OrgCodeAVIM
	case NotifyNLA:
		return OrgCodeNLA
	}
	return ""
}

// Suggestion is a notification the policy asks the AF to weigh, and why.
type Suggestion struct {
	Notify Notify `json:"notify"`
	Reason string `json:"reason"`
}

// SuggestNotifications returns what the policy asks to weigh for a signal:
// a minor victim → Veilig Thuis (meldcode), labour → NLA, acute → police.
func SuggestNotifications(forms []Form, persons []Person, acute bool) []Suggestion {
	var out []Suggestion
	if HasMinorVictim(persons) {
		out = append(out, Suggestion{NotifyVeiligThuis, "Een mogelijk slachtoffer is minderjarig: weeg een melding bij Veilig Thuis volgens de meldcode."})
	}
	if slices.Contains(forms, FormLabour) {
		out = append(out, Suggestion{NotifyNLA, "Arbeidsuitbuiting: meld bij de Nederlandse Arbeidsinspectie."})
	}
	if acute {
		out = append(out, Suggestion{NotifyPolice, "Acuut gevaar: betrek de politie."})
	}
	return out
}
