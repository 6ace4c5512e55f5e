package sqlstore

import (
	"context"
	"slices"

	"github.com/schakel-nl/schakel"
)

// Every organisation that works on a case can say who of it does: one
// colleague per case and organisation. Someone who may work on the case
// takes it or gives it to a colleague of their own organisation who may
// work on it too (need-to-know holds for the assignee as for anyone).

// AssignCase makes userID the one of u's organisation who works on the
// case; an empty userID leaves it to nobody in particular.
func (s *Store) AssignCase(ctx context.Context, u *schakel.User, id, userID string) (*schakel.Case, error) {
	return s.caseAction(ctx, u, id, func(tx querier, c *schakel.Case, f schakel.Fields) error {
		now := s.now()
		if userID == "" {
			if _, err := tx.exec(ctx, `DELETE FROM case_assignees WHERE case_id = ? AND org = ?`, id, u.Org); err != nil {
				return err
			}
			return audit(ctx, tx, now, u, "unassign", "case", id)
		}
		ok, err := s.mayWorkOn(ctx, tx, u, c, userID)
		if err != nil {
			return err
		}
		if !ok {
			return schakel.Invalid(schakel.FieldError{Field: "user", Message: notAColleague})
		}
		if _, err := tx.exec(ctx, `INSERT INTO case_assignees (case_id, org, user_id, assigned_at, assigned_by) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT (case_id, org) DO UPDATE SET user_id = excluded.user_id, assigned_at = excluded.assigned_at, assigned_by = excluded.assigned_by`,
			id, u.Org, userID, ts(now), u.ID); err != nil {
			return err
		}
		if err := event(ctx, tx, now, u, c.SignalID, schakel.EventAssigned, u.Org); err != nil {
			return err
		}
		return audit(ctx, tx, now, u, "assign", "case", id)
	})
}

// notAColleague is the answer when an assignee is not someone mayWorkOn
// admits.
const notAColleague = "Kies een actieve collega van uw eigen organisatie die deze casus mag inzien."

// mayWorkOn reports whether userID is an active colleague of u (same
// organisation) whom the policy gives the case at handling level, by a
// grant of their role and not by emergency access.
func (s *Store) mayWorkOn(ctx context.Context, tx querier, u *schakel.User, c *schakel.Case, userID string) (bool, error) {
	a, _, err := s.loadUserIn(ctx, tx, `u.id = ?`, userID)
	if isNotFound(err) {
		return false, nil
	}
	if err != nil || !a.Active || a.Org != u.Org {
		return false, err
	}
	now := s.now()
	sub, err := subject(ctx, tx, c.SignalID, a.ID, now)
	if err != nil {
		return false, err
	}
	f, purposes := schakel.Access(a, sub, now)
	return f.Has(schakel.FieldHandling) && !slices.Contains(purposes, schakel.PurposeBreakGlass), nil
}

// Colleagues are the active users of u's organisation who may work on the
// case (u among them), for the choice of an assignee; not found when u
// may not work on it.
func (s *Store) Colleagues(ctx context.Context, u *schakel.User, caseID string) ([]schakel.Colleague, error) {
	var out []schakel.Colleague
	err := s.db.inTx(ctx, func(tx querier) error {
		c, err := readCase(ctx, tx, caseID)
		if err != nil {
			return err
		}
		all, err := collect(ctx, tx, `SELECT id, name FROM users WHERE org = ? AND active = 1 ORDER BY name, id`, []any{u.Org},
			func(c *schakel.Colleague) []any { return []any{&c.ID, &c.Name} })
		if err != nil {
			return err
		}
		for _, col := range all {
			ok, err := s.mayWorkOn(ctx, tx, u, c.c, col.ID)
			if err != nil {
				return err
			}
			if ok {
				out = append(out, col)
			}
		}
		// u is among them when u may work on the case at all.
		if !slices.ContainsFunc(out, func(col schakel.Colleague) bool { return col.ID == u.ID }) {
			out = nil
			return notFound()
		}
		return nil
	})
	return out, internal("colleagues", err)
}

// assigneeOf is who of org works on a case, or nil.
func assigneeOf(ctx context.Context, q querier, caseID, org string) (*schakel.Colleague, error) {
	var a schakel.Colleague
	err := q.row(ctx, `SELECT u.id, u.name FROM case_assignees a JOIN users u ON u.id = a.user_id WHERE a.case_id = ? AND a.org = ?`, caseID, org).Scan(&a.ID, &a.Name)
	if isNoRows(err) {
		return nil, nil
	}
	return &a, err
}
