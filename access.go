package schakel

import (
	"slices"
	"strings"
	"time"
)

// Fields are the classes of detail of a signal and its case that a viewer
// may see. A record with no fields is not visible at all.
type Fields uint

const (
	// FieldStatus: the record exists; status, municipality, dates, forms.
	FieldStatus Fields = 1 << iota
	// FieldContent: indicators, sector, acute danger, the free-text account.
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
)

// FieldsAll is everything.
const FieldsAll = FieldStatus | FieldContent | FieldReporter | FieldVictims | FieldSuspects | FieldHandling | FieldNotes

// fieldsSubmission is what a reporter gave: they may see it again, and the
// status, but nothing others added.
const fieldsSubmission = FieldStatus | FieldContent | FieldReporter | FieldVictims | FieldSuspects

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
// the single-record check (Access) and the list filter (AccessSQL) derive
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
	return append(g,
		// The AF receives and triages the signals of their own municipality.
		Grant{Role: RoleAF, When: []Cond{CondServedMunicipality}, Fields: FieldsAll, Purpose: "triage_and_case"},
		// The zorgcoördinator has the care of victims on care routes, not the suspects.
		Grant{Role: RoleZorgcoordinator, Routes: []Route{RouteCare, RouteCareAndCriminal},
			Fields: FieldsAll &^ FieldSuspects, Purpose: "care_coordination"},
		// A ZVH directs care_and_criminal cases of its own municipalities.
		Grant{Role: RoleZVH, When: []Cond{CondServedMunicipality}, Routes: []Route{RouteCareAndCriminal},
			Fields: FieldsAll, Purpose: "veiligheidshuisconvenant"},
		// The RIEC sees undermining cases only.
		Grant{Role: RoleRIEC, Routes: []Route{RouteUndermining}, Fields: FieldsAll, Purpose: "riec_convenant"},
		// Police, NLA, Veilig Thuis and KMAR see what was referred to them.
		Grant{Role: RolePartner, When: []Cond{CondReferredToOrg}, Fields: FieldsAll, Purpose: "referral"},
		// The beleidsregisseur sees stuck cases at process level, never a person.
		Grant{Role: RoleBeleidsregisseur, When: []Cond{CondEscalated}, Fields: FieldStatus | FieldHandling, Purpose: "escalation"},
		// beheerder and privacy: no grants, no case content.
	)
}

// Subject is what the policy needs to know about a signal.
type Subject struct {
	Municipality string
	Route        Route // "" while not triaged
	ReportedBy   string
	ReferredTo   []string
	Escalated    bool
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
		case CondEscalated:
			ok = s.Escalated
		}
		if !ok {
			return false
		}
	}
	return true
}

// Access returns the fields u may see of s and the purposes that give them;
// zero fields means u may not know s exists.
func Access(u *User, s *Subject) (Fields, []string) {
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
	if s.BreakGlass != nil && time.Now().Before(*s.BreakGlass) && slices.Contains(BreakGlassRoles, u.Role) && !f.Has(BreakGlassFields) {
		f |= BreakGlassFields
		purposes = append(purposes, PurposeBreakGlass)
	}
	return f, purposes
}

// AccessSQL returns a boolean SQL expression, with ? parameters and its
// arguments, that holds for exactly the signals of which Access would give
// u all of need. The signal's table must be aliased s; it uses the
// referrals and cases tables.
func AccessSQL(u *User, need Fields) (string, []any) {
	preds := AccessSQLGrants(u, need)
	if len(preds) == 0 {
		return "1=0", nil
	}
	var ors []string
	var args []any
	for _, p := range preds {
		ors = append(ors, p.SQL)
		args = append(args, p.Args...)
	}
	return "(" + strings.Join(ors, " OR ") + ")", args
}

// Pred is a boolean SQL expression with its arguments.
type Pred struct {
	SQL  string
	Args []any
}

// AccessSQLGrants returns the predicate of each grant that gives u all of
// need, separately: a list query can then let each use its own index
// (an OR of them defeats index order on SQLite).
func AccessSQLGrants(u *User, need Fields) []Pred {
	if u == nil || !u.Active {
		return nil
	}
	var preds []Pred
	for _, g := range Policy {
		if g.Role != u.Role || !g.Fields.Has(need) {
			continue
		}
		var args []any
		var ands []string
		if g.Routes != nil {
			ands = append(ands, "s.route IN ("+paramMarks(len(g.Routes))+")")
			for _, r := range g.Routes {
				args = append(args, string(r))
			}
		}
		for _, c := range g.When {
			switch c {
			case CondOwnReport:
				ands = append(ands, "s.reported_by = ?")
				args = append(args, u.ID)
			case CondServedMunicipality:
				if len(u.Municipalities) == 0 {
					ands = append(ands, "1=0")
					continue
				}
				ands = append(ands, "s.municipality IN ("+paramMarks(len(u.Municipalities))+")")
				for _, m := range u.Municipalities {
					args = append(args, m)
				}
			case CondReferredToOrg:
				ands = append(ands, "EXISTS (SELECT 1 FROM referrals rx WHERE rx.signal_id = s.id AND rx.to_org = ?)")
				args = append(args, u.Org)
			case CondEscalated:
				ands = append(ands, "EXISTS (SELECT 1 FROM cases cx WHERE cx.signal_id = s.id AND cx.escalated = 1)")
			}
		}
		if len(ands) == 0 {
			ands = append(ands, "1=1")
		}
		preds = append(preds, Pred{"(" + strings.Join(ands, " AND ") + ")", args})
	}
	return preds
}

func paramMarks(n int) string {
	return strings.TrimSuffix(strings.Repeat("?,", n), ",")
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
// it (sees its notes) except a reporter only.
func MayEscalate(f Fields) bool { return f.Has(FieldNotes) }

// MayHandleReferral reports whether u may accept, decline, give feedback on
// or close a referral addressed to organisation to.
func MayHandleReferral(u *User, to string) bool {
	switch u.Role {
	case RoleZorgcoordinator, RoleZVH, RoleRIEC, RolePartner:
		return u.Org == to
	}
	return false
}
