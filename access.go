package schakel

import (
	"slices"
	"time"
)

// Fields are the classes of detail of a signal and its case that a viewer
// may see. A record with no fields is not visible at all.
type Fields uint

const (
	// FieldStatus: the record exists; status, municipality, dates, forms.
	FieldStatus Fields = 1 << iota
	// FieldContent: indicators, sector, acute danger.
	FieldContent
	// FieldReporter: who reported and how to reach them.
	FieldReporter
	// FieldVictims: the details of possible victims.
	FieldVictims
	// FieldSuspects: the details of possible suspects.
	FieldSuspects
	// FieldHandling: route, process lead, referral states, deadlines,
	// escalation and the timeline (whose texts hold no personal data).
	FieldHandling
	// FieldNotes: free-text reasoning others added: triage rationale,
	// decline reasons, feedback, outcome. Free text may name people.
	FieldNotes
	// FieldAccount: the reporter's free-text account. It may name
	// suspects, so only a role that sees suspects reads it.
	FieldAccount
	// FieldOwnWork: the referrals addressed to the viewer's organisation
	// and the texts that organisation wrote in them (decline reasons,
	// feedback) — what stays visible after its part has ended.
	FieldOwnWork
)

// FieldsAll is everything.
const FieldsAll = FieldStatus | FieldContent | FieldReporter | FieldVictims | FieldSuspects | FieldHandling | FieldNotes | FieldAccount | FieldOwnWork

// fieldsSubmission is what a reporter gave: they may see it again, and the
// status, but nothing others added.
const fieldsSubmission = FieldStatus | FieldContent | FieldReporter | FieldVictims | FieldSuspects | FieldAccount

// fieldsFreeText is the free text of a case, which may name anyone: a role
// that may not see suspects reads none of it but what its own
// organisation wrote (FieldOwnWork).
const fieldsFreeText = FieldNotes | FieldAccount

// fieldsCare is what the care coordinator sees of a case referred to it:
// the structured details of the victims and the handling, no suspects and
// no free text that could name them.
const fieldsCare = FieldsAll &^ FieldSuspects &^ fieldsFreeText

// Has reports whether all of want are in f.
func (f Fields) Has(want Fields) bool { return f&want == want }

// Cond is one condition of a grant on a signal (and so on its case and
// referrals).
type Cond int

const (
	// CondOwnReport: the viewer submitted the signal.
	CondOwnReport Cond = iota + 1
	// CondServedMunicipality: the signal's municipality is one the viewer serves.
	CondServedMunicipality
	// CondReferredToOrg: a referral of the case is addressed to the viewer's organisation.
	CondReferredToOrg
	// CondEscalated: the case is escalated as stuck.
	CondEscalated
	// CondFormerlyReferredToOrg: a referral of the case to the viewer's
	// organisation was declined or closed.
	CondFormerlyReferredToOrg
)

// Grant gives a role a set of fields on the signals that meet every
// condition and whose route is one of Routes (nil: any route, also none
// decided yet). Purpose is recorded in the audit trail for each read.
type Grant struct {
	Role    Role
	When    []Cond
	Routes  []Route
	Fields  Fields
	Purpose string
}

// Policy is need-to-know as domain.md lays it down, the one table that both
// the single-record check (Access) and the storage's list filter derive
// from.
var Policy = buildPolicy()

func buildPolicy() []Grant {
	var g []Grant
	// Whoever reported a signal sees its status and what they gave, nothing more.
	for _, r := range Roles {
		if r.MayReport() {
			g = append(g, Grant{Role: r, When: []Cond{CondOwnReport}, Fields: fieldsSubmission, Purpose: "own_report"})
		}
	}
	return append(append(g,
		// The AF receives and triages the signals of their own municipality.
		Grant{Role: RoleAF, When: []Cond{CondServedMunicipality}, Fields: FieldsAll, Purpose: "triage_and_case"},
		// The zorgcoördinator has the care of victims on care routes while
		// a referral to it is open: not the suspects, nor free text that
		// may name them.
		Grant{Role: RoleZorgcoordinator, When: []Cond{CondReferredToOrg}, Routes: []Route{RouteCare, RouteCareAndCriminal},
			Fields: fieldsCare, Purpose: "care_coordination"},
		// A ZVH directs care_and_criminal cases of its own municipalities
		// while a referral to it is open.
		Grant{Role: RoleZVH, When: []Cond{CondServedMunicipality, CondReferredToOrg}, Routes: []Route{RouteCareAndCriminal},
			Fields: FieldsAll, Purpose: "veiligheidshuisconvenant"},
		// The RIEC sees undermining cases referred to it, only.
		Grant{Role: RoleRIEC, When: []Cond{CondReferredToOrg}, Routes: []Route{RouteUndermining}, Fields: FieldsAll, Purpose: "riec_convenant"},
		// Police, NLA, Veilig Thuis and KMAR see what was referred to them,
		// while the referral is open.
		Grant{Role: RolePartner, When: []Cond{CondReferredToOrg}, Fields: FieldsAll, Purpose: "referral"},
		// The beleidsregisseur sees stuck cases at process level, never a person.
		Grant{Role: RoleBeleidsregisseur, When: []Cond{CondEscalated}, Fields: FieldStatus | FieldHandling, Purpose: "escalation"},
		// beheerder and privacy: no grants, no case content.
	), ownWorkGrants()...)
}

// ReceiverRoles are the roles that handle referrals addressed to their
// organisation.
var ReceiverRoles = []Role{RoleZorgcoordinator, RoleZVH, RoleRIEC, RolePartner}

// ownWorkGrants: once a referral is declined or closed, the organisation's
// access to the case ends, except for what it wrote itself.
func ownWorkGrants() []Grant {
	var g []Grant
	for _, r := range ReceiverRoles {
		g = append(g, Grant{Role: r, When: []Cond{CondFormerlyReferredToOrg}, Fields: FieldOwnWork, Purpose: "own_referral"})
	}
	return g
}

// Subject is what the policy needs to know about a signal.
type Subject struct {
	Municipality string
	Route        Route // "" while not triaged
	ReportedBy   string
	// ReferredTo: the organisations with an open (sent or accepted)
	// referral of the case.
	ReferredTo []string
	// FormerlyReferredTo: the organisations with a declined or closed
	// referral of the case.
	FormerlyReferredTo []string
	Escalated          bool
	// BreakGlass is set while the viewer holds emergency access to this
	// signal's case (until then).
	BreakGlass *time.Time
	// Erased: the record's key was destroyed; only its codes are left.
	Erased bool
}

// BreakGlassRoles may ask for emergency access to a case their route does
// not give them: the roles that work on cases. Reporters, the
// beleidsregisseur, the beheerder and the privacy officer never handle
// one.
var BreakGlassRoles = []Role{RoleAF, RoleZorgcoordinator, RoleZVH, RoleRIEC, RolePartner}

// BreakGlassFields is what emergency access shows: the case as its process
// lead sees it, without the reporter (whom the emergency does not need).
const BreakGlassFields = FieldsAll &^ FieldReporter

// PurposeBreakGlass is the purpose recorded for emergency access.
const PurposeBreakGlass = "break_glass"

func (g Grant) holds(u *User, s *Subject) bool {
	if g.Role != u.Role {
		return false
	}
	if g.Routes != nil && !slices.Contains(g.Routes, s.Route) {
		return false
	}
	for _, c := range g.When {
		var ok bool
		switch c {
		case CondOwnReport:
			ok = s.ReportedBy == u.ID
		case CondServedMunicipality:
			ok = u.Serves(s.Municipality)
		case CondReferredToOrg:
			ok = slices.Contains(s.ReferredTo, u.Org)
		case CondFormerlyReferredToOrg:
			ok = slices.Contains(s.FormerlyReferredTo, u.Org)
		case CondEscalated:
			ok = s.Escalated
		}
		if !ok {
			return false
		}
	}
	return true
}

// Access returns the fields u may see of s at time now (which decides
// whether emergency access still holds) and the purposes that give them;
// zero fields means u may not know s exists.
func Access(u *User, s *Subject, now time.Time) (Fields, []string) {
	if u == nil || !u.Active {
		return 0, nil
	}
	var f Fields
	var purposes []string
	for _, g := range Policy {
		if g.holds(u, s) {
			f |= g.Fields
			purposes = append(purposes, g.Purpose)
		}
	}
	if s.BreakGlass != nil && now.Before(*s.BreakGlass) && slices.Contains(BreakGlassRoles, u.Role) && !f.Has(BreakGlassFields) {
		f |= BreakGlassFields
		purposes = append(purposes, PurposeBreakGlass)
	}
	return f, purposes
}

// MayTriage reports whether u may decide the route of a signal in
// municipality m: the AF of that municipality.
func MayTriage(u *User, municipality string) bool {
	return u.Role == RoleAF && u.Serves(municipality)
}

// MayDirectCase reports whether u may escalate, close or re-refer a case:
// the AF of its municipality, or a user of its process lead.
func MayDirectCase(u *User, municipality, processLead string) bool {
	return MayTriage(u, municipality) || (u.Org == processLead && u.Role != RoleMelder && u.Role != RoleToezichthouder)
}

// MayEscalate reports whether u may mark a case stuck: anyone who works on
// it (sees its handling and has a part in it) except a reporter only and
// the beleidsregisseur, to whom it is escalated.
func MayEscalate(f Fields) bool { return f.Has(FieldHandling | FieldOwnWork) }

// MayHandleReferral reports whether u may accept, decline, give feedback on
// or close a referral addressed to organisation to.
func MayHandleReferral(u *User, to string) bool {
	switch u.Role {
	case RoleZorgcoordinator, RoleZVH, RoleRIEC, RolePartner:
		return u.Org == to
	}
	return false
}

// ReceiverRole is the role whose users handle the referrals addressed to
// an organisation of kind kind; false for an organisation that receives
// none (a municipality, the beleidsregie).
func ReceiverRole(kind string) (Role, bool) {
	switch kind {
	case OrgZorgcoordinatie:
		return RoleZorgcoordinator, true
	case OrgZVH:
		return RoleZVH, true
	case OrgRIEC:
		return RoleRIEC, true
	case OrgPolice, OrgNLA, OrgVeiligThuis, OrgKMAR:
		return RolePartner, true
	}
	return "", false
}

// MayAddress reports whether a case of route r in municipality m can be
// referred to organisation o: o is active and receives referrals, serves
// m (an organisation of one safety region serves that region only; a ZVH
// the municipalities it is the ZVH of), and its users, once it is
// referred, would see the case and may answer the referral. A referral
// that fails this could never be seen or accepted by its addressee.
func MayAddress(o Organisation, r Route, m Municipality) bool {
	role, ok := ReceiverRole(o.Kind)
	if !ok || !o.Active || r == "" || r == RouteNone {
		return false
	}
	if o.SafetyRegion != "" && o.SafetyRegion != m.SafetyRegion {
		return false
	}
	addressee := &User{ID: "addressee", Role: role, Org: o.Code, Active: true}
	if o.Kind == OrgZVH && m.ZVH == o.Code {
		addressee.Municipalities = []string{m.Slug}
	}
	// No emergency access is involved, so the time does not matter.
	f, _ := Access(addressee, &Subject{Municipality: m.Slug, Route: r, ReferredTo: []string{o.Code}}, time.Time{})
	return f.Has(FieldHandling) && MayHandleReferral(addressee, o.Code)
}
