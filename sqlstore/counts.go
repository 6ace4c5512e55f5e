package sqlstore

import (
	"context"

	"github.com/schakel-nl/schakel"
)

// Counts is the work waiting for a user, for their start page.
type Counts struct {
	NewSignals       int `json:"new_signals"`
	OverdueSignals   int `json:"overdue_signals"`
	NeedsDecision    int `json:"needs_decision"`
	OpenCases        int `json:"open_cases"`
	EscalatedCases   int `json:"escalated_cases"`
	OpenReferrals    int `json:"open_referrals"`
	OverdueReferrals int `json:"overdue_referrals"`
	AwaitingAnswer   int `json:"referrals_awaiting_answer"`
	// PersonHits: notices that a person in a record u works on was
	// named in a new signal elsewhere.
	PersonHits int `json:"person_hits"`
	// CrossMatches, for the beleidsregisseur: how many times in the past
	// year a new signal named a person known in a record of another
	// holder (hits), without any name or record.
	CrossMatches int `json:"cross_matches,omitempty"`
}

// Counts counts what waits for u, with the same access filter as the lists.
func (s *Store) Counts(ctx context.Context, u *schakel.User) (*Counts, error) {
	q := s.db.reader()
	now := ts(s.now())
	var c Counts
	w, a := accessSQL(u, schakel.FieldHandling)
	err := q.row(ctx, `SELECT
		COALESCE(SUM(CASE WHEN s.status = 'new' THEN 1 ELSE 0 END), 0),
		COALESCE(SUM(CASE WHEN s.status = 'new' AND s.triage_due < ? THEN 1 ELSE 0 END), 0),
		COALESCE(SUM(s.needs_decision), 0)
		FROM signals s WHERE `+w, append([]any{now}, a...)...).Scan(&c.NewSignals, &c.OverdueSignals, &c.NeedsDecision)
	if err != nil {
		return nil, internal("counts", err)
	}
	err = q.row(ctx, `SELECT
		COALESCE(SUM(CASE WHEN c.status = 'open' THEN 1 ELSE 0 END), 0),
		COALESCE(SUM(CASE WHEN c.status = 'open' AND c.escalated = 1 THEN 1 ELSE 0 END), 0)
		FROM cases c JOIN signals s ON s.id = c.signal_id WHERE `+w, a...).Scan(&c.OpenCases, &c.EscalatedCases)
	if err != nil {
		return nil, internal("counts", err)
	}
	err = q.row(ctx, `SELECT
		COALESCE(SUM(CASE WHEN r.to_org = ? AND r.status IN ('sent', 'accepted') THEN 1 ELSE 0 END), 0),
		COALESCE(SUM(CASE WHEN r.status = 'sent' AND r.accept_due < ? THEN 1 ELSE 0 END), 0),
		COALESCE(SUM(CASE WHEN r.status = 'sent' THEN 1 ELSE 0 END), 0)
		FROM referrals r JOIN signals s ON s.id = r.signal_id WHERE `+w, append([]any{u.Org, now}, a...)...).Scan(&c.OpenReferrals, &c.OverdueReferrals, &c.AwaitingAnswer)
	if err != nil {
		return nil, internal("counts", err)
	}
	if c.PersonHits, err = s.PersonHitCount(ctx, u); err != nil {
		return nil, err
	}
	if c.CrossMatches, err = s.CrossMatches(ctx, u); err != nil {
		return nil, err
	}
	return &c, nil
}

// CrossMatches is Counts.CrossMatches: for the beleidsregisseur, how many
// hits the past year made; 0 for anyone else.
func (s *Store) CrossMatches(ctx context.Context, u *schakel.User) (int, error) {
	if u.Role != schakel.RoleBeleidsregisseur || !u.Active {
		return 0, nil
	}
	var n int
	err := s.db.reader().row(ctx, `SELECT COUNT(*) FROM person_hits WHERE created_at >= ?`, ts(s.now().AddDate(-1, 0, 0))).Scan(&n)
	return n, internal("counts", err)
}

// CountRows counts the rows of a table (for tests and operations).
func (db *DB) CountRows(ctx context.Context, table string) (int, error) {
	if !validCode(table) {
		return 0, schakel.Errorf(schakel.KindInvalid, "bad table name")
	}
	var n int
	err := db.reader().row(ctx, `SELECT COUNT(*) FROM `+table).Scan(&n)
	return n, err
}

// Gauges are the figures of the whole system for /metrics: no personal
// data, counts only.
type Gauges struct {
	OpenSignals      int
	OverdueSignals   int
	OverdueReferrals int
	OpenCases        int
	Jobs             map[string]int
}

// Gauges counts open and overdue work across the region.
func (s *Store) Gauges(ctx context.Context) (*Gauges, error) {
	q := s.db.reader()
	now := ts(s.now())
	var g Gauges
	err := q.row(ctx, `SELECT
		(SELECT COUNT(*) FROM signals WHERE status = 'new'),
		(SELECT COUNT(*) FROM signals WHERE status = 'new' AND triage_due < ?),
		(SELECT COUNT(*) FROM referrals WHERE status = 'sent' AND accept_due < ?),
		(SELECT COUNT(*) FROM cases WHERE status = 'open')`, now, now).Scan(&g.OpenSignals, &g.OverdueSignals, &g.OverdueReferrals, &g.OpenCases)
	if err != nil {
		return nil, internal("gauges", err)
	}
	if g.Jobs, err = s.JobStats(ctx); err != nil {
		return nil, internal("gauges", err)
	}
	return &g, nil
}
