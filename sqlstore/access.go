package sqlstore

import (
	"strings"

	"github.com/schakel-nl/schakel"
)

// The list filter: the need-to-know policy (schakel.Policy) as SQL. Each
// grant becomes the conjunction of its conditions over the signal (aliased
// s) and the referrals and cases of it, so that a list shows exactly the
// records of which schakel.Access would give the viewer the fields asked
// for. Emergency access is per record and never widens a list.
// TestAccessSQLAgreesWithAccess checks the two against each other.

// pred is a boolean SQL expression with its ? arguments.
type pred struct {
	sql  string
	args []any
}

// accessSQL returns a boolean SQL expression, with its arguments, that
// holds for exactly the signals of which schakel.Access gives u all of
// need.
func accessSQL(u *schakel.User, need schakel.Fields) (string, []any) {
	preds := accessGrants(u, need)
	if len(preds) == 0 {
		return "1=0", nil
	}
	var ors []string
	var args []any
	for _, p := range preds {
		ors = append(ors, p.sql)
		args = append(args, p.args...)
	}
	return "(" + strings.Join(ors, " OR ") + ")", args
}

// accessGrants returns the predicate of each grant that gives u all of
// need, separately: a list query can then let each use its own index (an
// OR of them defeats index order on SQLite).
func accessGrants(u *schakel.User, need schakel.Fields) []pred {
	if u == nil || !u.Active {
		return nil
	}
	var preds []pred
	for _, g := range schakel.Policy {
		if g.Role != u.Role || !g.Fields.Has(need) {
			continue
		}
		var ands []string
		var args []any
		if g.Routes != nil {
			ands = append(ands, "s.route IN ("+marks(len(g.Routes))+")")
			for _, r := range g.Routes {
				args = append(args, string(r))
			}
		}
		for _, c := range g.When {
			p := condSQL(c, u)
			ands = append(ands, p.sql)
			args = append(args, p.args...)
		}
		if len(ands) == 0 {
			ands = append(ands, "1=1")
		}
		preds = append(preds, pred{"(" + strings.Join(ands, " AND ") + ")", args})
	}
	return preds
}

// The referral states in which an organisation works on a case, and those
// in which its part has ended (schakel.Subject's ReferredTo and
// FormerlyReferredTo).
const (
	sqlReferredToOrg = `EXISTS (
		SELECT 1 FROM referrals rx
		WHERE rx.signal_id = s.id AND rx.to_org = ? AND rx.status IN ('sent', 'accepted'))`
	sqlFormerlyReferredToOrg = `EXISTS (
		SELECT 1 FROM referrals rx
		WHERE rx.signal_id = s.id AND rx.to_org = ? AND rx.status IN ('declined', 'closed'))`
	sqlEscalated = `EXISTS (
		SELECT 1 FROM cases cx
		WHERE cx.signal_id = s.id AND cx.escalated = 1)`
)

// condSQL is one condition of a grant for viewer u. A condition it does
// not know holds for no record: a new condition denies until it is
// translated here.
func condSQL(c schakel.Cond, u *schakel.User) pred {
	switch c {
	case schakel.CondOwnReport:
		return pred{"s.reported_by = ?", []any{u.ID}}
	case schakel.CondServedMunicipality:
		if len(u.Municipalities) == 0 {
			return pred{"1=0", nil}
		}
		args := make([]any, len(u.Municipalities))
		for i, m := range u.Municipalities {
			args[i] = m
		}
		return pred{"s.municipality IN (" + marks(len(args)) + ")", args}
	case schakel.CondReferredToOrg:
		return pred{sqlReferredToOrg, []any{u.Org}}
	case schakel.CondFormerlyReferredToOrg:
		return pred{sqlFormerlyReferredToOrg, []any{u.Org}}
	case schakel.CondEscalated:
		return pred{sqlEscalated, nil}
	}
	return pred{"1=0", nil}
}

// marks is n comma-separated ? parameters, for IN (...).
func marks(n int) string {
	return strings.TrimSuffix(strings.Repeat("?,", n), ",")
}
