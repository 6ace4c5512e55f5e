package sqlstore

import (
	"cmp"
	"context"
	"database/sql"
	"strconv"
	"strings"

	"github.com/schakel-nl/schakel"
)

// referralColumns are a referral's id, its bound columns and binding
// (bindReferrals), its sealed texts, and its signal's id, bound columns
// and binding (a referral shows the signal's municipality, route and
// urgency).
var referralColumns = `r.id, ` + bindReferrals.columns("r") + `, r.decline_reason, r.note, s.id, ` + bindSignals.columns("s")

// referralRow is a referral as read, with what checks its binding.
type referralRow struct {
	r      *schakel.Referral
	rows   []*row // the referral's, the signal's
	erased bool
}

func (s *Store) scanReferral(sc interface{ Scan(...any) error }) (*referralRow, error) {
	var r schakel.Referral
	b, sb := newRow(bindReferrals), newRow(bindSignals)
	dest := sb.dests(append(b.dests([]any{&b.id}, 3), &r.DeclineReason, &r.Note, &sb.id), 1)
	if err := sc.Scan(dest...); err != nil {
		return nil, err
	}
	r.ID = b.id
	r.CaseID = b.str("case_id")
	r.SignalID = b.str("signal_id")
	r.To = b.str("to_org")
	r.Purpose = b.str("purpose")
	r.Status = schakel.ReferralStatus(b.str("status"))
	r.SentAt, r.AcceptDue = parseTS(b.str("sent_at")), parseTS(b.str("accept_due"))
	r.RespondedAt, r.ClosedAt = parseTSPtr(b.null("responded_at")), parseTSPtr(b.null("closed_at"))
	r.Version = b.int("version")
	r.Municipality = sb.str("municipality")
	r.Route = schakel.Route(sb.str("route"))
	r.Urgent = sb.flag("acute")
	r.Overdue = r.Status == schakel.ReferralSent && s.now().After(r.AcceptDue)
	return &referralRow{r: &r, rows: []*row{b, sb}, erased: sb.null("erased_at").Valid}, nil
}

// checkReferral checks the bindings of a referral and its signal.
func (s *Store) checkReferral(kr *keyring, rr *referralRow) error {
	return kr.checkRows(rr.r.SignalID, rr.erased, rr.rows...)
}

// ReferralFilter selects referrals for an inbox.
type ReferralFilter struct {
	schakel.Paging
	Status  string
	Sort    string // urgent (default), oldest, newest
	Open    bool   // sent or accepted: not yet ended
	Overdue bool   // sent, and not answered by its deadline
}

// ReferralSorts are the orders a referral inbox offers.
var ReferralSorts = []string{schakel.SortUrgent, schakel.SortOldest, schakel.SortNewest}

// Referrals lists the referrals addressed to u's organisation that u may
// see: open first, urgent first, then oldest.
func (s *Store) Referrals(ctx context.Context, u *schakel.User, f ReferralFilter) (*schakel.Page[schakel.Referral], error) {
	filter := []string{f.Status, f.Sort, strconv.FormatBool(f.Open), strconv.FormatBool(f.Overdue)}
	limit, pos, p := s.paging(u, "referrals", filter, f.Paging)
	if f.Status != "" && !schakel.ReferralStatus(f.Status).Valid() {
		p.Add("status", "Onbekende status; kies sent, accepted, declined of closed.")
	}
	if err := schakel.ValidSort(f.Sort, ReferralSorts...); err != nil {
		p = append(p, err.(*schakel.Error).Fields...)
	}
	if err := p.Err(); err != nil {
		return nil, err
	}
	// The organisation's own referrals, also those that ended (declined
	// or closed): the referral and what it wrote stay, the case does not.
	where, args := accessSQL(u, schakel.FieldOwnWork)
	where = `r.to_org = ? AND ` + where
	args = append([]any{u.Org}, args...)
	if f.Status != "" {
		where += ` AND r.status = ?`
		args = append(args, f.Status)
	}
	if f.Open {
		where += ` AND r.status IN ('sent', 'accepted')`
	}
	if f.Overdue {
		where += ` AND r.status = 'sent' AND r.accept_due < ?`
		args = append(args, ts(s.now()))
	}
	q := s.db.reader()
	from := ` FROM referrals r JOIN signals s ON s.id = r.signal_id WHERE ` + where
	page := &schakel.Page[schakel.Referral]{Items: []schakel.Referral{}}
	if err := q.row(ctx, `SELECT COUNT(*)`+from, args...).Scan(&page.Total); err != nil {
		return nil, internal("list referrals", err)
	}
	rows, err := q.query(ctx, `SELECT `+referralColumns+from+`
		ORDER BY `+map[string]string{
		schakel.SortUrgent: `CASE r.status WHEN 'sent' THEN 0 WHEN 'accepted' THEN 1 ELSE 2 END, s.acute DESC, r.sent_at ASC, r.id`,
		schakel.SortOldest: `r.sent_at, r.id`,
		schakel.SortNewest: `r.sent_at DESC, r.id DESC`,
	}[cmp.Or(f.Sort, schakel.SortUrgent)]+` LIMIT ? OFFSET ?`,
		append(args, limit+1, pos.Offset)...)
	if err != nil {
		return nil, internal("list referrals", err)
	}
	var items []*referralRow
	err = readEach(rows, func(rows *sql.Rows) error {
		rr, err := s.scanReferral(rows)
		items = append(items, rr)
		return err
	})
	if err != nil {
		return nil, internal("list referrals", err)
	}
	// Checked after the rows are closed (see Signals).
	kr := s.keyring(ctx, q)
	for _, rr := range items {
		r := rr.r
		if err := s.checkReferral(kr, rr); err != nil {
			if !isIntegrity(err) {
				return nil, internal("list referrals", err)
			}
			page.Items = append(page.Items, schakel.Referral{ID: r.ID, IntegrityError: true})
			continue
		}
		r.DeclineReason, r.Note = "", ""
		// An open referral to the viewer's organisation shows its case
		// (the addressee rules make sure of it); an ended one does not.
		r.CaseVisible = r.Status == schakel.ReferralSent || r.Status == schakel.ReferralAccepted
		page.Items = append(page.Items, *r)
	}
	var more bool
	page.Items, more = trimPage(page.Items, limit)
	if page.Next, err = s.nextCursor(u, "referrals", filter, pos, limit, more); err != nil {
		return nil, internal("list referrals", err)
	}
	return page, nil
}

// Referral returns one referral with its feedback, as far as u may see.
func (s *Store) Referral(ctx context.Context, u *schakel.User, id string) (*schakel.Referral, error) {
	var r *schakel.Referral
	err := s.inTxAudited(ctx, func(tx querier) error {
		var f schakel.Fields
		var err error
		r, f, err = s.referralFor(ctx, tx, u, id)
		if err != nil {
			return err
		}
		return s.referralNotes(s.keyring(ctx, tx), r, f, u.Org)
	})
	return r, err
}

// referralFor reads a referral u may see, after the access check, with
// its binding checked.
func (s *Store) referralFor(ctx context.Context, tx querier, u *schakel.User, id string) (*schakel.Referral, schakel.Fields, error) {
	if !wellFormedID(id) {
		return nil, 0, s.absent(ctx, tx, u, "referral", id)
	}
	rr, err := s.scanReferral(tx.row(ctx, `SELECT `+referralColumns+` FROM referrals r JOIN signals s ON s.id = r.signal_id WHERE r.id = ?`, id))
	sid := ""
	switch {
	case isNoRows(err):
		sid = id // authorize finds no signal either, with the same queries
	case err != nil:
		return nil, 0, err
	default:
		sid = rr.r.SignalID
	}
	f, _, _, err := s.authorize(ctx, tx, u, "referral", id, sid)
	if err != nil {
		return nil, 0, err
	}
	if !f.Has(schakel.FieldHandling) && !(f.Has(schakel.FieldOwnWork) && rr.r.To == u.Org) {
		return nil, 0, s.deny(ctx, tx, u, "referral", id)
	}
	if err := s.checkReferral(s.keyring(ctx, tx), rr); err != nil {
		return nil, 0, err
	}
	return rr.r, f, nil
}

// referralStep moves a referral addressed to u's organisation from one of
// the states in from to the state to, guarded by the state it was read in
// so that of two concurrent answers only one wins.
func (s *Store) referralStep(ctx context.Context, u *schakel.User, id string, from []schakel.ReferralStatus, fn func(tx querier, r *schakel.Referral) error) (*schakel.Referral, error) {
	err := s.inTxAudited(ctx, func(tx querier) error {
		r, _, err := s.referralFor(ctx, tx, u, id)
		if err != nil {
			return err
		}
		if !schakel.MayHandleReferral(u, r.To) {
			return forbidden("Deze doorverwijzing is niet aan uw organisatie gericht.")
		}
		ok := false
		for _, st := range from {
			ok = ok || r.Status == st
		}
		if !ok {
			return referralConflict(r)
		}
		return fn(tx, r)
	})
	if err != nil {
		return nil, err
	}
	return s.Referral(ctx, u, id)
}

func (s *Store) setReferral(ctx context.Context, tx querier, r *schakel.Referral, set string, args ...any) error {
	res, err := s.keyring(ctx, tx).update(bindReferrals, r.ID, `UPDATE referrals SET `+set+`, version = version + 1 WHERE id = ? AND version = ?`, append(args, r.ID, r.Version)...)
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n != 1 {
		now, err := s.scanReferral(tx.row(ctx, `SELECT `+referralColumns+` FROM referrals r JOIN signals s ON s.id = r.signal_id WHERE r.id = ?`, r.ID))
		if err != nil {
			return err
		}
		return referralConflict(now.r)
	}
	return nil
}

// referralConflict says what state the referral is in now.
func referralConflict(r *schakel.Referral) error {
	e := schakel.Errorf(schakel.KindConflict, "Deze doorverwijzing is al %s; deze stap kan nu niet.", referralStatusNL[r.Status])
	e.Current = map[string]any{"status": r.Status, "responded_at": r.RespondedAt, "closed_at": r.ClosedAt, "version": r.Version}
	return e
}

var referralStatusNL = map[schakel.ReferralStatus]string{
	schakel.ReferralSent: "verstuurd", schakel.ReferralAccepted: "geaccepteerd",
	schakel.ReferralDeclined: "afgewezen", schakel.ReferralClosed: "afgesloten",
}

// AcceptReferral accepts a sent referral.
func (s *Store) AcceptReferral(ctx context.Context, u *schakel.User, id string) (*schakel.Referral, error) {
	return s.referralStep(ctx, u, id, []schakel.ReferralStatus{schakel.ReferralSent}, func(tx querier, r *schakel.Referral) error {
		now := s.now()
		if err := s.setReferral(ctx, tx, r, `status = 'accepted', responded_at = ?`, ts(now)); err != nil {
			return err
		}
		if err := event(ctx, tx, now, u, r.SignalID, schakel.EventReferralAccepted, r.To); err != nil {
			return err
		}
		return audit(ctx, tx, now, u, "accept", "referral", id)
	})
}

// DeclineReferral declines a sent referral with a reason; the signal goes
// back to the AF to decide again.
func (s *Store) DeclineReferral(ctx context.Context, u *schakel.User, id, reason string) (*schakel.Referral, error) {
	return s.referralStep(ctx, u, id, []schakel.ReferralStatus{schakel.ReferralSent}, func(tx querier, r *schakel.Referral) error {
		if err := checkText("reason", reason, "Geef de reden van de afwijzing."); err != nil {
			return err
		}
		now := s.now()
		sealedReason, err := s.keyring(ctx, tx).seal(r.SignalID, "referrals.decline_reason", id, strings.TrimSpace(reason))
		if err != nil {
			return err
		}
		if err := s.setReferral(ctx, tx, r, `status = 'declined', responded_at = ?, decline_reason = ?`, ts(now), sealedReason); err != nil {
			return err
		}
		if _, err := s.keyring(ctx, tx).update(bindSignals, r.SignalID, `UPDATE signals SET needs_decision = 1, version = version + 1 WHERE id = ?`, r.SignalID); err != nil {
			return err
		}
		if err := event(ctx, tx, now, u, r.SignalID, schakel.EventReferralDeclined, r.To); err != nil {
			return err
		}
		return audit(ctx, tx, now, u, "decline", "referral", id)
	})
}

// GiveFeedback sends a message back to the AF on an accepted referral.
func (s *Store) GiveFeedback(ctx context.Context, u *schakel.User, id, message string) (*schakel.Referral, error) {
	return s.referralStep(ctx, u, id, []schakel.ReferralStatus{schakel.ReferralAccepted}, func(tx querier, r *schakel.Referral) error {
		if err := checkText("message", message, "Schrijf een terugkoppeling."); err != nil {
			return err
		}
		now := s.now()
		fid := NewID()
		kr := s.keyring(ctx, tx)
		msg, err := kr.seal(r.SignalID, "feedback.message", fid, strings.TrimSpace(message))
		if err != nil {
			return err
		}
		if _, err := tx.exec(ctx, `INSERT INTO feedback (id, referral_id, at, user_id, org, message) VALUES (?, ?, ?, ?, ?, ?)`,
			fid, id, ts(now), u.ID, u.Org, msg); err != nil {
			return err
		}
		if err := kr.rebind(bindFeedback, fid); err != nil {
			return err
		}
		if err := event(ctx, tx, now, u, r.SignalID, schakel.EventFeedback, r.To); err != nil {
			return err
		}
		return audit(ctx, tx, now, u, "feedback", "referral", id)
	})
}

// CloseReferral closes an accepted referral when the organisation's part is done.
func (s *Store) CloseReferral(ctx context.Context, u *schakel.User, id string) (*schakel.Referral, error) {
	return s.referralStep(ctx, u, id, []schakel.ReferralStatus{schakel.ReferralAccepted}, func(tx querier, r *schakel.Referral) error {
		now := s.now()
		if err := s.setReferral(ctx, tx, r, `status = 'closed', closed_at = ?`, ts(now)); err != nil {
			return err
		}
		if err := event(ctx, tx, now, u, r.SignalID, schakel.EventReferralClosed, r.To); err != nil {
			return err
		}
		return audit(ctx, tx, now, u, "close", "referral", id)
	})
}
