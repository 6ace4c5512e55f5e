package sqlstore

import (
	"context"
	"database/sql"
	"slices"

	"github.com/schakel-nl/schakel"
)

// caseColumns are a case's id, its bound columns and binding
// (bindCases), its sealed reason, and its signal's id, bound columns and
// binding (the case shows the signal's forms and urgency).
var caseColumns = `c.id, ` + bindCases.columns("c") + `, c.escalation_reason, s.id, ` + bindSignals.columns("s") +
	`, COALESCE(c.number, ''), COALESCE(s.number, '')`

// caseRow is a case as read, with what checks its binding.
type caseRow struct {
	c      *schakel.Case
	rows   []*row // the case's, the signal's
	erased bool
}

func scanCase(sc interface{ Scan(...any) error }) (*caseRow, error) {
	var c schakel.Case
	b, sb := newRow(bindCases), newRow(bindSignals)
	dest := append(sb.dests(append(b.dests([]any{&b.id}, 2), &c.EscalationReason, &sb.id), 3), &c.Number, &c.SignalNumber)
	if err := sc.Scan(dest...); err != nil {
		return nil, err
	}
	c.ID = b.id
	c.SignalID = b.str("signal_id")
	c.Municipality = b.str("municipality")
	c.Route = schakel.Route(b.str("route"))
	c.ProcessLead = b.str("process_lead")
	c.Status = schakel.CaseStatus(b.str("status"))
	c.OpenedAt = parseTS(b.str("opened_at"))
	c.ClosedAt = parseTSPtr(b.null("closed_at"))
	c.Outcome = b.str("outcome")
	c.Escalated = b.flag("escalated")
	c.EscalatedAt = parseTSPtr(b.null("escalated_at"))
	c.Version = b.int("version")
	c.Forms = splitCodes[schakel.Form](sb.str("forms"))
	c.Urgent = sb.flag("acute")
	c.NeedsDecision = sb.flag("needs_decision")
	return &caseRow{c: &c, rows: []*row{b, sb}, erased: sb.null("erased_at").Valid}, nil
}

// check checks the bindings of a case and its signal.
func (s *Store) checkCase(kr *keyring, cr *caseRow) error {
	return kr.checkRows(cr.c.SignalID, cr.erased, cr.rows...)
}

// caseSignal returns the signal id of a case, or not found.
func caseSignal(ctx context.Context, q querier, caseID string) (string, error) {
	if !wellFormedID(caseID) {
		return "", notFound()
	}
	var sid string
	err := q.row(ctx, `SELECT signal_id FROM cases WHERE id = ?`, caseID).Scan(&sid)
	if isNoRows(err) {
		return "", notFound()
	}
	return sid, err
}

// authorizeCase is the access check on case id for u: what u may see of
// it, why, and the policy's view of its signal. Who may not see its
// handling is denied as if it did not exist (a reporter knows the signal,
// not the case built on it).
func (s *Store) authorizeCase(ctx context.Context, tx querier, u *schakel.User, id string) (schakel.Fields, []string, *schakel.Subject, error) {
	sid, err := caseSignal(ctx, tx, id)
	if isNotFound(err) {
		sid = id // authorize finds no signal either, with the same queries
	} else if err != nil {
		return 0, nil, nil, err
	}
	f, purposes, sub, err := s.authorize(ctx, tx, u, "case", id, sid)
	if err != nil {
		return 0, nil, nil, err
	}
	if !f.Has(schakel.FieldHandling) {
		return 0, nil, nil, s.deny(ctx, tx, u, "case", id)
	}
	return f, purposes, sub, nil
}

// Case returns a case with the route, process lead, participants,
// referrals and timeline that u may see, and records the view.
func (s *Store) Case(ctx context.Context, u *schakel.User, id string) (*schakel.Case, error) {
	var c *schakel.Case
	err := s.inTxAudited(ctx, func(tx querier) error {
		f, purposes, sub, err := s.authorizeCase(ctx, tx, u, id)
		if err != nil {
			return err
		}
		c, err = s.loadCase(ctx, tx, id, f, u.Org)
		if err != nil {
			return err
		}
		if slices.Contains(purposes, schakel.PurposeBreakGlass) {
			c.BreakGlassUntil = sub.BreakGlass
		}
		if c.Status == schakel.CaseOpen && schakel.MayTriage(u, c.Municipality) {
			cat, err := s.catalogOn(ctx, tx)
			if err != nil {
				return err
			}
			c.Addressees = addressees(cat, c)
		}
		return audit(ctx, tx, s.now(), u, "view", "case", id, purposes...)
	})
	return c, err
}

// readCase reads a case and its signal's columns, unchecked; not found
// when there is none.
func readCase(ctx context.Context, q querier, id string) (*caseRow, error) {
	cr, err := scanCase(q.row(ctx, `SELECT `+caseColumns+` FROM cases c JOIN signals s ON s.id = c.signal_id WHERE c.id = ?`, id))
	if isNoRows(err) {
		return nil, notFound()
	}
	return cr, err
}

func (s *Store) loadCase(ctx context.Context, q querier, id string, f schakel.Fields, org string) (*schakel.Case, error) {
	cr, err := readCase(ctx, q, id)
	if err != nil {
		return nil, err
	}
	c := cr.c
	kr := s.keyring(ctx, q)
	if err := s.checkCase(kr, cr); err != nil {
		return nil, err
	}
	c.Visible = f
	if err := kr.open(c.SignalID, sealed{"cases.escalation_reason", c.ID, &c.EscalationReason}); err != nil {
		return nil, err
	}
	if c.Referrals, err = s.referralsWith(kr, c.SignalID, f, org); err != nil {
		return nil, err
	}
	c.Participants = []string{"gemeente-" + c.Municipality}
	for _, r := range c.Referrals {
		c.Overdue = c.Overdue || r.Overdue
		if !slices.Contains(c.Participants, r.To) {
			c.Participants = append(c.Participants, r.To)
		}
	}
	if c.Timeline, err = timelineOf(ctx, q, c.SignalID); err != nil {
		return nil, err
	}
	if c.Assignee, err = assigneeOf(ctx, q, c.ID, org); err != nil {
		return nil, err
	}
	return c, nil
}

// timelineOf reads a signal's events in order, with the actor's name.
func timelineOf(ctx context.Context, q querier, signalID string) ([]schakel.Event, error) {
	return queryAll(ctx, q, `SELECT e.at, COALESCE(u.name, ''), e.actor_org, e.kind, e.detail FROM events e
		LEFT JOIN users u ON u.id = e.actor_id WHERE e.signal_id = ? ORDER BY e.id`, []any{signalID}, func(rows *sql.Rows) (schakel.Event, error) {
		var e schakel.Event
		var at string
		err := rows.Scan(&at, &e.Actor, &e.ActorOrg, &e.Kind, &e.Detail)
		e.At = parseTS(at)
		return e, err
	})
}

// referralsOf loads the referrals of a signal's case with their feedback;
// without FieldNotes the free text (reasons, feedback) is left out.
func (s *Store) referralsOf(ctx context.Context, q querier, signalID string, f schakel.Fields, org string) ([]schakel.Referral, error) {
	return s.referralsWith(s.keyring(ctx, q), signalID, f, org)
}

func (s *Store) referralsWith(kr *keyring, signalID string, f schakel.Fields, org string) ([]schakel.Referral, error) {
	out, err := queryAll(kr.ctx, kr.q, `SELECT `+referralColumns+` FROM referrals r JOIN signals s ON s.id = r.signal_id WHERE r.signal_id = ? ORDER BY r.id`,
		[]any{signalID}, func(rows *sql.Rows) (*referralRow, error) { return s.scanReferral(rows) })
	if err != nil {
		return nil, err
	}
	refs := make([]schakel.Referral, 0, len(out))
	for _, rr := range out {
		if err := s.checkReferral(kr, rr); err != nil {
			return nil, err
		}
		if err := s.referralNotes(kr, rr.r, f, org); err != nil {
			return nil, err
		}
		refs = append(refs, *rr.r)
	}
	return refs, nil
}

// referralNotes opens a referral's free text and loads its feedback as
// far as f shows them to a viewer of organisation org: all of it with
// FieldNotes; with FieldOwnWork only, on a referral addressed to org,
// what was written to and by org (the referral's note, its decline reason,
// its own feedback); else nothing.
func (s *Store) referralNotes(kr *keyring, r *schakel.Referral, f schakel.Fields, org string) error {
	all := f.Has(schakel.FieldNotes)
	if !all && !(f.Has(schakel.FieldOwnWork) && r.To == org) {
		r.DeclineReason, r.Note = "", ""
		return nil
	}
	if err := kr.open(r.SignalID, sealed{"referrals.decline_reason", r.ID, &r.DeclineReason}, sealed{"referrals.note", r.ID, &r.Note}); err != nil {
		return err
	}
	fb, err := feedbackOf(kr, r.SignalID, r.ID)
	if err != nil {
		return err
	}
	if !all {
		fb = slices.DeleteFunc(fb, func(x schakel.Feedback) bool { return x.Org != org })
	}
	r.Feedback = fb
	r.CaseVisible = f.Has(schakel.FieldHandling)
	return nil
}

func feedbackOf(kr *keyring, signalID, referralID string) ([]schakel.Feedback, error) {
	type fbRow struct {
		b       *row
		by, msg string
	}
	rows, err := collect(kr.ctx, kr.q, `SELECT f.id, `+bindFeedback.columns("f")+`, COALESCE(u.name, ''), f.message FROM feedback f LEFT JOIN users u ON u.id = f.user_id
		WHERE f.referral_id = ? ORDER BY f.id`, []any{referralID}, func(r *fbRow) []any {
		r.b = newRow(bindFeedback)
		return append(r.b.dests([]any{&r.b.id}, 2), &r.by, &r.msg)
	})
	if err != nil {
		return nil, err
	}
	var out []schakel.Feedback
	for _, r := range rows {
		if err := kr.verify(r.b, signalID); err != nil {
			return nil, err
		}
		fb := schakel.Feedback{At: parseTS(r.b.str("at")), By: r.by, Org: r.b.str("org"), Message: r.msg}
		if err := kr.open(signalID, sealed{"feedback.message", r.b.id, &fb.Message}); err != nil {
			return nil, err
		}
		out = append(out, fb)
	}
	return out, nil
}

// EventsOf returns a signal's timeline without any access check: for
// background work and tests, never for a user.
func (s *Store) EventsOf(ctx context.Context, signalID string) ([]schakel.Event, error) {
	return timelineOf(ctx, s.db.reader(), signalID)
}
