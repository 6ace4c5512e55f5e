package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"github.com/schakel-nl/schakel"
)

// subject loads what the policy needs to know about a signal.
// viewerID names the user whose emergency access counts ("" for none).
func subject(ctx context.Context, q querier, signalID, viewerID string, now time.Time) (*schakel.Subject, error) {
	if !wellFormedID(signalID) {
		return nil, notFound()
	}
	var sub schakel.Subject
	var route string
	var esc int
	var erased, glass sql.NullString
	err := q.row(ctx, `SELECT s.municipality, s.route, s.reported_by,
		COALESCE((SELECT c.escalated FROM cases c WHERE c.signal_id = s.id), 0), s.erased_at,
		(SELECT MAX(b.expires_at) FROM break_glass b WHERE b.signal_id = s.id AND b.user_id = ? AND b.expires_at > ?)
		FROM signals s WHERE s.id = ?`, viewerID, ts(now), signalID).Scan(&sub.Municipality, &route, &sub.ReportedBy, &esc, &erased, &glass)
	absent := isNoRows(err)
	if err != nil && !absent {
		return nil, err
	}
	sub.Route = schakel.Route(route)
	sub.Escalated = esc == 1
	sub.Erased = erased.Valid
	sub.BreakGlass = parseTSPtr(glass)
	// Asked also for an absent signal: an absent record costs the same
	// queries as one that is there.
	err = eachRow(ctx, q, `SELECT DISTINCT to_org, status FROM referrals WHERE signal_id = ?`, []any{signalID}, func(rows *sql.Rows) error {
		var org, status string
		if err := rows.Scan(&org, &status); err != nil {
			return err
		}
		switch schakel.ReferralStatus(status) {
		case schakel.ReferralSent, schakel.ReferralAccepted:
			sub.ReferredTo = append(sub.ReferredTo, org)
		default:
			sub.FormerlyReferredTo = append(sub.FormerlyReferredTo, org)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if absent {
		return nil, notFound()
	}
	return &sub, nil
}

// authorize is the one gate every read of a signal, its case or its
// referrals passes: it applies the policy, records a denial of an existing
// record and an attempt on an absent one in the audit trail alike, and
// answers not-found for both.
func (s *Store) authorize(ctx context.Context, tx querier, u *schakel.User, objType, objID, signalID string) (schakel.Fields, []string, *schakel.Subject, error) {
	now := s.now()
	sub, err := subject(ctx, tx, signalID, u.ID, now)
	if isNotFound(err) {
		return 0, nil, nil, s.absent(ctx, tx, u, objType, objID)
	}
	if err != nil {
		return 0, nil, nil, err
	}
	f, purposes := schakel.Access(u, sub, now)
	if f == 0 {
		return 0, nil, nil, s.deny(ctx, tx, u, objType, objID)
	}
	return f, purposes, sub, nil
}

// errDenied rolls back the caller's work but keeps the audit line of a
// denial or of an attempt on an absent record: callers commit on it and
// then answer not found.
var errDenied = &schakel.Error{Kind: schakel.KindNotFound, Message: schakel.ErrNotFound.Message}

// deny records a denied attempt on an existing record.
func (s *Store) deny(ctx context.Context, tx querier, u *schakel.User, objType, objID string) error {
	if err := audit(ctx, tx, s.now(), u, "denied", objType, objID); err != nil {
		return err
	}
	return errDenied
}

// absent records an attempt on a record that is not there exactly as a
// denial is recorded: one audit line of the same shape, committed the
// same way. Denied and absent then cost the same work and time, so how
// long the answer takes does not tell whether the record exists.
func (s *Store) absent(ctx context.Context, tx querier, u *schakel.User, objType, objID string) error {
	if err := audit(ctx, tx, s.now(), u, "not_found", objType, recordedID(objID)); err != nil {
		return err
	}
	return errDenied
}

func isNotFound(err error) bool { return err != nil && errors.Is(err, schakel.ErrNotFound) }

// wellFormedID reports whether id can be a record id (NewID's form, with
// room for other short codes): anything else is absent without a query.
func wellFormedID(id string) bool {
	if id == "" || len(id) > 64 {
		return false
	}
	for _, c := range id {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}

// recordedID is the object id an audit line keeps of an attempt: the id as
// asked when it can be one, else a mark (a path can carry anything).
func recordedID(id string) string {
	if wellFormedID(id) {
		return id
	}
	return "(invalid)"
}

// inTxAudited is inTx for calls that may be denied: on a denial the audit
// line is committed and the caller still gets not found.
func (s *Store) inTxAudited(ctx context.Context, fn func(tx querier) error) error {
	var denied bool
	err := s.db.inTx(ctx, func(tx querier) error {
		err := fn(tx)
		if err == errDenied {
			denied = true
			return nil
		}
		return err
	})
	if err == nil && denied {
		return notFound()
	}
	return internal("tx", err)
}

// SignalSubjects returns what the policy needs of every signal (for tests
// that compare the list filter with the record check).
func (s *Store) SignalSubjects(ctx context.Context) (map[string]*schakel.Subject, error) {
	ids, err := collect(ctx, s.db.reader(), `SELECT id FROM signals`, nil, one[string])
	if err != nil {
		return nil, err
	}
	out := map[string]*schakel.Subject{}
	for _, id := range ids {
		sub, err := subject(ctx, s.db.reader(), id, "", s.now())
		if err != nil {
			return nil, err
		}
		out[id] = sub
	}
	return out, nil
}
