package sqlstore

import (
	"context"
	"database/sql"
	"strings"
	"unicode/utf8"

	"github.com/schakel-nl/schakel"
)

// Retention is how many months a signal is kept, per route, counted from
// the triage for route none (no case) and from the closing of the case for
// the others. A signal still open is never erased by retention.
type Retention map[schakel.Route]int

// DefaultRetention: see docs/security.md for the reasoning.
var DefaultRetention = Retention{
	schakel.RouteNone:            6,
	schakel.RouteCare:            60,
	schakel.RouteCareAndCriminal: 60,
	schakel.RouteUndermining:     60,
}

// SetRetention replaces the store's retention periods.
func (s *Store) SetRetention(r Retention) { s.retention = r }

func (s *Store) retentionOf(route schakel.Route) int {
	r := s.retention
	if r == nil {
		r = DefaultRetention
	}
	return r[route]
}

// eraseSignal crypto-shreds a signal: its data key is destroyed, every
// sealed field is blanked (belt and braces: the ciphertext goes too), its
// persons leave the blind index, and what is left is a tombstone of codes
// (municipality, dates, forms, route, the persons' coded attributes) that
// the monitor still counts. The erasure is recorded.
func (s *Store) eraseSignal(ctx context.Context, tx querier, u *schakel.User, signalID, why string) error {
	now := s.now()
	for _, q := range []string{
		`DELETE FROM record_keys WHERE record_id = ?`,
		`DELETE FROM person_index WHERE signal_id = ?`,
		`UPDATE signals SET account = '', reporter_name = '', reporter_org = '', reporter_phone = '', reporter_email = '', rationale = '',
			legal_hold_reason = '', row_mac = '', version = version + 1 WHERE id = ?`,
		`UPDATE persons SET name = '', birth_date = '', contact = '', row_mac = '' WHERE signal_id = ?`,
		`UPDATE cases SET outcome_note = '', escalation_reason = '', reopen_reason = '', row_mac = '' WHERE signal_id = ?`,
		`UPDATE referrals SET decline_reason = '', note = '', row_mac = '' WHERE signal_id = ?`,
		`UPDATE feedback SET message = '', row_mac = '' WHERE referral_id IN (SELECT id FROM referrals WHERE signal_id = ?)`,
		`UPDATE break_glass SET reason = '' WHERE signal_id = ?`,
		`UPDATE case_notes SET text = '' WHERE signal_id = ?`,
		`UPDATE case_tasks SET title = '' WHERE signal_id = ?`,
	} {
		if _, err := tx.exec(ctx, q, signalID); err != nil {
			return err
		}
	}
	if _, err := tx.exec(ctx, `UPDATE signals SET erased_at = ?, erased_why = ? WHERE id = ?`, ts(now), why, signalID); err != nil {
		return err
	}
	if err := event(ctx, tx, now, u, signalID, schakel.EventErased, why); err != nil {
		return err
	}
	return audit(ctx, tx, now, u, "erase", "signal", signalID, why)
}

// retention erases a batch of signals whose period has passed and that
// hold no legal hold, and queues itself again while any remain.
func retention(ctx context.Context, s *Store, tx querier, jobID string) error {
	now := s.now()
	var ids []string
	for _, route := range schakel.Routes {
		months := s.retentionOf(route)
		if months <= 0 {
			continue
		}
		cutoff := ts(now.AddDate(0, -months, 0))
		q := `SELECT s.id FROM signals s JOIN cases c ON c.signal_id = s.id
			WHERE s.route = ? AND s.erased_at IS NULL AND s.legal_hold = 0 AND c.status = 'closed' AND c.closed_at < ? ORDER BY s.id LIMIT ?`
		if route == schakel.RouteNone {
			q = `SELECT s.id FROM signals s WHERE s.route = ? AND s.erased_at IS NULL AND s.legal_hold = 0 AND s.triaged_at < ? ORDER BY s.id LIMIT ?`
		}
		found, err := collect(ctx, tx, q, []any{string(route), cutoff, rotationBatch - len(ids)}, one[string])
		if err != nil {
			return err
		}
		ids = append(ids, found...)
		if len(ids) >= rotationBatch {
			break
		}
	}
	for _, id := range ids {
		if err := s.eraseSignal(ctx, tx, system, id, "retention"); err != nil {
			return err
		}
	}
	if len(ids) >= rotationBatch {
		return enqueue(ctx, tx, JobRetention)
	}
	return nil
}

// SetLegalHold keeps a signal from erasure (by retention or on request)
// while a court, the police or a supervisor needs it; the privacy officer
// sets and lifts it, with a reason.
func (s *Store) SetLegalHold(ctx context.Context, u *schakel.User, signalID string, hold bool, reason string) error {
	if err := requireRole(u, schakel.RolePrivacy); err != nil {
		return err
	}
	reason = strings.TrimSpace(reason)
	if hold && (reason == "" || utf8.RuneCountInString(reason) > MaxReason) {
		return schakel.Invalid(schakel.FieldError{Field: "reason", Message: "Geef de grond van de bewaarplicht (bijvoorbeeld een vordering of lopend onderzoek)."})
	}
	err := s.db.inTx(ctx, func(tx querier) error {
		var erased sql.NullString
		if err := tx.row(ctx, `SELECT erased_at FROM signals WHERE id = ?`, signalID).Scan(&erased); err != nil {
			if isNoRows(err) {
				return notFound()
			}
			return err
		}
		if erased.Valid {
			return conflict("Dit signaal is al gewist.")
		}
		kr := s.keyring(ctx, tx)
		sealedReason, err := kr.seal(signalID, "signals.legal_hold_reason", signalID, reason)
		if err != nil {
			return err
		}
		if !hold {
			sealedReason = ""
		}
		if _, err := kr.update(bindSignals, signalID, `UPDATE signals SET legal_hold = ?, legal_hold_reason = ?, version = version + 1 WHERE id = ?`, b2i(hold), sealedReason, signalID); err != nil {
			return err
		}
		return audit(ctx, tx, s.now(), u, map[bool]string{true: "legal_hold", false: "legal_hold_lifted"}[hold], "signal", signalID, "privacy_supervision")
	})
	return internal("legal hold", err)
}
