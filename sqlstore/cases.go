package sqlstore

import (
	"cmp"
	"context"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/schakel-nl/schakel"
)

// caseColumns are a case's id, its bound columns and binding
// (bindCases), its sealed reason, and its signal's id, bound columns and
// binding (the case shows the signal's forms and urgency).
var caseColumns = `c.id, ` + bindCases.columns("c") + `, c.escalation_reason, s.id, ` + bindSignals.columns("s")

// caseRow is a case as read, with what checks its binding.
type caseRow struct {
	c      *schakel.Case
	rows   []*row // the case's, the signal's
	erased bool
}

func scanCase(sc interface{ Scan(...any) error }) (*caseRow, error) {
	var c schakel.Case
	b, sb := newRow(bindCases), newRow(bindSignals)
	dest := sb.dests(append(b.dests([]any{&b.id}, 2), &c.EscalationReason, &sb.id), 1)
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

// Case returns a case with the route, process lead, participants,
// referrals and timeline that u may see, and records the view.
func (s *Store) Case(ctx context.Context, u *schakel.User, id string) (*schakel.Case, error) {
	var c *schakel.Case
	err := s.inTxAudited(ctx, func(tx querier) error {
		sid, err := caseSignal(ctx, tx, id)
		if isNotFound(err) {
			sid = id // authorize finds no signal either, with the same queries
		} else if err != nil {
			return err
		}
		f, purposes, sub, err := s.authorize(ctx, tx, u, "case", id, sid)
		if err != nil {
			return err
		}
		if !f.Has(schakel.FieldHandling) {
			// A reporter knows the signal, not the case built on it.
			return s.deny(ctx, tx, u, "case", id)
		}
		c, err = s.loadCase(ctx, tx, id, f, u.Org)
		if err != nil {
			return err
		}
		if slices.Contains(purposes, schakel.PurposeBreakGlass) {
			c.BreakGlassUntil = sub.BreakGlass
		}
		if c.Status == schakel.CaseOpen && schakel.MayTriage(u, c.Municipality) {
			cat, err := s.Catalog(ctx)
			if err != nil {
				return err
			}
			c.Addressees = addressees(cat, c)
		}
		return audit(ctx, tx, s.now(), u, "view", "case", id, purposes...)
	})
	return c, err
}

func (s *Store) loadCase(ctx context.Context, q querier, id string, f schakel.Fields, org string) (*schakel.Case, error) {
	cr, err := scanCase(q.row(ctx, `SELECT `+caseColumns+` FROM cases c JOIN signals s ON s.id = c.signal_id WHERE c.id = ?`, id))
	if isNoRows(err) {
		return nil, notFound()
	}
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
	return c, nil
}

// timelineOf reads a signal's events in order, with the actor's name.
func timelineOf(ctx context.Context, q querier, signalID string) ([]schakel.Event, error) {
	rows, err := q.query(ctx, `SELECT e.at, COALESCE(u.name, ''), e.actor_org, e.kind, e.detail FROM events e
		LEFT JOIN users u ON u.id = e.actor_id WHERE e.signal_id = ? ORDER BY e.id`, signalID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []schakel.Event
	for rows.Next() {
		var e schakel.Event
		var at string
		if err := rows.Scan(&at, &e.Actor, &e.ActorOrg, &e.Kind, &e.Detail); err != nil {
			return nil, err
		}
		e.At = parseTS(at)
		out = append(out, e)
	}
	return out, rows.Err()
}

// referralsOf loads the referrals of a signal's case with their feedback;
// without FieldNotes the free text (reasons, feedback) is left out.
func (s *Store) referralsOf(ctx context.Context, q querier, signalID string, f schakel.Fields, org string) ([]schakel.Referral, error) {
	return s.referralsWith(s.keyring(ctx, q), signalID, f, org)
}

func (s *Store) referralsWith(kr *keyring, signalID string, f schakel.Fields, org string) ([]schakel.Referral, error) {
	rows, err := kr.q.query(kr.ctx, `SELECT `+referralColumns+` FROM referrals r JOIN signals s ON s.id = r.signal_id WHERE r.signal_id = ? ORDER BY r.id`, signalID)
	if err != nil {
		return nil, err
	}
	var out []*referralRow
	for rows.Next() {
		rr, err := s.scanReferral(rows)
		if err != nil {
			rows.Close()
			return nil, err
		}
		out = append(out, rr)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
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

// CaseFilter selects cases for a list.
type CaseFilter struct {
	schakel.Paging
	Status        string
	Escalated     bool
	NeedsDecision bool   // a referral was declined and the AF must decide again
	Sort          string // urgent (default), newest, oldest
}

// CaseSorts are the orders a case list offers.
var CaseSorts = []string{schakel.SortUrgent, schakel.SortNewest, schakel.SortOldest}

// Cases lists the cases u may see at process level, stuck and urgent first,
// then newest.
func (s *Store) Cases(ctx context.Context, u *schakel.User, f CaseFilter) (*schakel.Page[schakel.Case], error) {
	filter := []string{f.Status, strconv.FormatBool(f.Escalated), strconv.FormatBool(f.NeedsDecision), f.Sort}
	limit, pos, p := s.paging(u, "cases", filter, f.Paging)
	if f.Status != "" && f.Status != string(schakel.CaseOpen) && f.Status != string(schakel.CaseClosed) {
		p.Add("status", "Onbekende status; kies open of closed.")
	}
	if err := schakel.ValidSort(f.Sort, CaseSorts...); err != nil {
		p = append(p, err.(*schakel.Error).Fields...)
	}
	if err := p.Err(); err != nil {
		return nil, err
	}
	where, args := accessSQL(u, schakel.FieldHandling)
	if f.Status != "" {
		where += ` AND c.status = ?`
		args = append(args, f.Status)
	}
	if f.Escalated {
		where += ` AND c.escalated = 1`
	}
	if f.NeedsDecision {
		where += ` AND s.needs_decision = 1`
	}
	q := s.db.reader()
	page := &schakel.Page[schakel.Case]{Items: []schakel.Case{}}
	from := ` FROM cases c JOIN signals s ON s.id = c.signal_id WHERE ` + where
	if err := q.row(ctx, `SELECT COUNT(*)`+from, args...).Scan(&page.Total); err != nil {
		return nil, internal("list cases", err)
	}
	overdue := `, CASE WHEN EXISTS (SELECT 1 FROM referrals ro WHERE ro.case_id = c.id AND ro.status = 'sent' AND ro.accept_due < ?) THEN 1 ELSE 0 END`
	rows, err := q.query(ctx, `SELECT `+caseColumns+overdue+from+` ORDER BY `+map[string]string{
		schakel.SortUrgent: `c.status DESC, c.escalated DESC, s.needs_decision DESC, s.acute DESC, c.opened_at DESC, c.id`,
		schakel.SortNewest: `c.opened_at DESC, c.id DESC`,
		schakel.SortOldest: `c.opened_at, c.id`,
	}[cmp.Or(f.Sort, schakel.SortUrgent)]+` LIMIT ? OFFSET ?`,
		append(append([]any{ts(s.now())}, args...), limit+1, pos.Offset)...)
	if err != nil {
		return nil, internal("list cases", err)
	}
	type listed struct {
		cr   *caseRow
		late int
	}
	var items []listed
	for rows.Next() {
		var it listed
		if it.cr, err = scanCase(scanTail{rows, []any{&it.late}}); err != nil {
			rows.Close()
			return nil, internal("list cases", err)
		}
		items = append(items, it)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, internal("list cases", err)
	}
	// Checked after the rows are closed (see Signals).
	kr := s.keyring(ctx, q)
	for _, it := range items {
		cr, late := it.cr, it.late
		c := cr.c
		if err := s.checkCase(kr, cr); err != nil {
			if !isIntegrity(err) {
				return nil, internal("list cases", err)
			}
			page.Items = append(page.Items, schakel.Case{ID: c.ID, IntegrityError: true})
			continue
		}
		c.Overdue = late == 1
		// The list is process level: no reasons, no free text.
		c.EscalationReason = ""
		c.Visible = schakel.FieldStatus | schakel.FieldHandling
		page.Items = append(page.Items, *c)
	}
	var more bool
	page.Items, more = trimPage(page.Items, limit)
	if page.Next, err = s.nextCursor(u, "cases", filter, pos, limit, more); err != nil {
		return nil, internal("list cases", err)
	}
	return page, nil
}

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
	err := s.inTxAudited(ctx, func(tx querier) error {
		sid, err := caseSignal(ctx, tx, id)
		if isNotFound(err) {
			sid = id // authorize finds no signal either, with the same queries
		} else if err != nil {
			return err
		}
		f, _, _, err := s.authorize(ctx, tx, u, "case", id, sid)
		if err != nil {
			return err
		}
		if !f.Has(schakel.FieldHandling) {
			return s.deny(ctx, tx, u, "case", id)
		}
		cr, err := scanCase(tx.row(ctx, `SELECT `+caseColumns+` FROM cases c JOIN signals s ON s.id = c.signal_id WHERE c.id = ?`, id))
		if err != nil {
			return err
		}
		if err := s.checkCase(s.keyring(ctx, tx), cr); err != nil {
			return err
		}
		c := cr.c
		if c.Status == schakel.CaseClosed {
			return conflict("Deze casus is al afgesloten.")
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
