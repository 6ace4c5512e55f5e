package sqlstore

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/schakel-nl/schakel"
)

// MaxReason bounds reasons and messages.
const MaxReason = 5000

func checkText(field, v, empty string) error {
	v = strings.TrimSpace(v)
	if v == "" {
		return schakel.Invalid(schakel.FieldError{Field: field, Message: empty})
	}
	if utf8.RuneCountInString(v) > MaxReason {
		return schakel.Invalid(schakel.FieldError{Field: field, Message: "De tekst is te lang (ten hoogste 5000 tekens)."})
	}
	return nil
}

// caseAction runs fn on an open case u may work on, inside one transaction,
// after the access check; fn gets the case as it was.
func (s *Store) caseAction(ctx context.Context, u *schakel.User, id string, fn func(tx querier, c *schakel.Case, f schakel.Fields) error) (*schakel.Case, error) {
	return s.caseActionIn(ctx, u, id, schakel.CaseOpen, fn)
}

// caseActionIn is caseAction on a case in status want (open, or closed to
// reopen it).
func (s *Store) caseActionIn(ctx context.Context, u *schakel.User, id string, want schakel.CaseStatus, fn func(tx querier, c *schakel.Case, f schakel.Fields) error) (*schakel.Case, error) {
	err := s.inTxAudited(ctx, func(tx querier) error {
		f, _, _, err := s.authorizeCase(ctx, tx, u, id)
		if err != nil {
			return err
		}
		cr, err := readCase(ctx, tx, id)
		if err != nil {
			return err
		}
		if err := s.checkCase(s.keyring(ctx, tx), cr); err != nil {
			return err
		}
		c := cr.c
		switch {
		case c.Status == want:
		case want == schakel.CaseOpen:
			return conflict("Deze casus is al afgesloten.")
		default:
			return conflict("Deze casus is niet afgesloten.")
		}
		return fn(tx, c, f)
	})
	if err != nil {
		return nil, err
	}
	return s.Case(ctx, u, id)
}

// Escalate marks a case as stuck for the beleidsregisseur. The reason is
// shown to the beleidsregisseur and must hold no personal data.
func (s *Store) Escalate(ctx context.Context, u *schakel.User, id, reason string) (*schakel.Case, error) {
	return s.caseAction(ctx, u, id, func(tx querier, c *schakel.Case, f schakel.Fields) error {
		if !schakel.MayEscalate(f) {
			return forbidden("U kunt deze casus niet opschalen.")
		}
		if c.Escalated {
			return conflict("Deze casus is al opgeschaald.")
		}
		if err := checkText("reason", reason, "Geef aan waarom de casus vastloopt."); err != nil {
			return err
		}
		now := s.now()
		kr := s.keyring(ctx, tx)
		sealedReason, err := kr.seal(c.SignalID, "cases.escalation_reason", id, strings.TrimSpace(reason))
		if err != nil {
			return err
		}
		res, err := kr.update(bindCases, id, `UPDATE cases SET escalated = 1, escalated_at = ?, escalation_reason = ?, version = version + 1 WHERE id = ? AND escalated = 0`,
			ts(now), sealedReason, id)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n != 1 {
			return conflict("Deze casus is zojuist al opgeschaald.")
		}
		if err := event(ctx, tx, now, u, c.SignalID, schakel.EventEscalated, ""); err != nil {
			return err
		}
		return audit(ctx, tx, now, u, "escalate", "case", id)
	})
}

// CloseCase closes a case with an outcome; its signal closes with it.
func (s *Store) CloseCase(ctx context.Context, u *schakel.User, id, outcome, note string) (*schakel.Case, error) {
	return s.caseAction(ctx, u, id, func(tx querier, c *schakel.Case, f schakel.Fields) error {
		if !schakel.MayDirectCase(u, c.Municipality, c.ProcessLead) {
			return forbidden("Alleen de aandachtsfunctionaris of de procesregisseur sluit deze casus af.")
		}
		if !slices.Contains(schakel.CaseOutcomes, outcome) {
			return schakel.Invalid(schakel.FieldError{Field: "outcome", Message: "Kies een uitkomst."})
		}
		if utf8.RuneCountInString(note) > MaxReason {
			return schakel.Invalid(schakel.FieldError{Field: "note", Message: "De toelichting is te lang (ten hoogste 5000 tekens)."})
		}
		now := s.now()
		kr := s.keyring(ctx, tx)
		sealedNote, err := kr.seal(c.SignalID, "cases.outcome_note", id, strings.TrimSpace(note))
		if err != nil {
			return err
		}
		res, err := kr.update(bindCases, id, `UPDATE cases SET status = ?, closed_at = ?, outcome = ?, outcome_note = ?, version = version + 1 WHERE id = ? AND status = ?`,
			string(schakel.CaseClosed), ts(now), outcome, sealedNote, id, string(schakel.CaseOpen))
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n != 1 {
			return conflict("Deze casus is zojuist al afgesloten.")
		}
		if _, err := kr.update(bindSignals, c.SignalID, `UPDATE signals SET status = ?, needs_decision = 0, version = version + 1 WHERE id = ?`, string(schakel.SignalClosed), c.SignalID); err != nil {
			return err
		}
		if err := event(ctx, tx, now, u, c.SignalID, schakel.EventCaseClosed, outcome); err != nil {
			return err
		}
		return audit(ctx, tx, now, u, "close", "case", id)
	})
}

// ReopenCase opens a closed case again, with a reason; its signal is
// triaged again rather than closed, and its retention no longer runs from
// the closure. The AF of the municipality or the process lead reopens.
func (s *Store) ReopenCase(ctx context.Context, u *schakel.User, id, reason string) (*schakel.Case, error) {
	return s.caseActionIn(ctx, u, id, schakel.CaseClosed, func(tx querier, c *schakel.Case, f schakel.Fields) error {
		if !schakel.MayDirectCase(u, c.Municipality, c.ProcessLead) {
			return forbidden("Alleen de aandachtsfunctionaris of de procesregisseur heropent deze casus.")
		}
		if err := checkText("reason", reason, "Geef aan waarom de casus weer opengaat."); err != nil {
			return err
		}
		now := s.now()
		kr := s.keyring(ctx, tx)
		sealedReason, err := kr.seal(c.SignalID, "cases.reopen_reason", id, strings.TrimSpace(reason))
		if err != nil {
			return err
		}
		res, err := kr.update(bindCases, id, `UPDATE cases SET status = ?, closed_at = NULL, outcome = '', outcome_note = '', reopen_reason = ?, version = version + 1 WHERE id = ? AND status = ?`,
			string(schakel.CaseOpen), sealedReason, id, string(schakel.CaseClosed))
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n != 1 {
			return conflict("Deze casus is zojuist al heropend.")
		}
		if _, err := kr.update(bindSignals, c.SignalID, `UPDATE signals SET status = ?, version = version + 1 WHERE id = ?`, string(schakel.SignalTriaged), c.SignalID); err != nil {
			return err
		}
		if err := event(ctx, tx, now, u, c.SignalID, schakel.EventReopened, ""); err != nil {
			return err
		}
		return audit(ctx, tx, now, u, "reopen", "case", id)
	})
}

// addressees are the organisations c can be referred to now: those that
// could see it (schakel.MayAddress) and have no open referral of it, in
// order of their names.
func addressees(cat *schakel.Catalog, c *schakel.Case) []string {
	var out []string
	for code := range cat.Organisations {
		open := slices.ContainsFunc(c.Referrals, func(r schakel.Referral) bool {
			return r.To == code && (r.Status == schakel.ReferralSent || r.Status == schakel.ReferralAccepted)
		})
		if !open && schakel.MayAddress(cat.Organisations[code], c.Route, cat.Municipalities[c.Municipality]) {
			out = append(out, code)
		}
	}
	slices.SortFunc(out, func(a, b string) int { return cmp.Compare(cat.Organisations[a].Name, cat.Organisations[b].Name) })
	return out
}

// ReRefer sends a case again, after a decline, to an organisation that has
// no open referral for it: the AF's new decision.
func (s *Store) ReRefer(ctx context.Context, u *schakel.User, id, to, note string) (*schakel.Case, error) {
	cat, err := s.Catalog(ctx)
	if err != nil {
		return nil, err
	}
	return s.caseAction(ctx, u, id, func(tx querier, c *schakel.Case, f schakel.Fields) error {
		if !schakel.MayTriage(u, c.Municipality) {
			return forbidden("Alleen de aandachtsfunctionaris van de gemeente verwijst opnieuw door.")
		}
		if strings.TrimSpace(to) == "" {
			return schakel.Invalid(schakel.FieldError{Field: "to", Message: "Kies een organisatie die doorverwijzingen ontvangt."})
		}
		if err := addressable(cat, "to", to, c.Route, c.Municipality); err != nil {
			return err
		}
		if utf8.RuneCountInString(note) > MaxReason {
			return schakel.Invalid(schakel.FieldError{Field: "note", Message: "De toelichting is te lang (ten hoogste 5000 tekens)."})
		}
		var open int
		if err := tx.row(ctx, `SELECT COUNT(*) FROM referrals WHERE case_id = ? AND to_org = ? AND status IN ('sent', 'accepted')`, id, to).Scan(&open); err != nil {
			return err
		}
		if open > 0 {
			return conflict("Er loopt al een doorverwijzing naar deze organisatie.")
		}
		now := s.now()
		if err := s.sendReferral(ctx, tx, u, now, id, c.SignalID, to, schakel.PurposeReReferral, strings.TrimSpace(note)); err != nil {
			return err
		}
		if _, err := s.keyring(ctx, tx).update(bindSignals, c.SignalID, `UPDATE signals SET needs_decision = 0, version = version + 1 WHERE id = ?`, c.SignalID); err != nil {
			return err
		}
		return audit(ctx, tx, now, u, "refer", "case", id)
	})
}
