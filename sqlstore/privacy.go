package sqlstore

import (
	"context"
	"database/sql"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/schakel-nl/schakel"
)

// Retention, erasure, the data subject's rights and emergency access.

// JobRetention erases what has been kept long enough, daily.
const JobRetention = "retention"

func init() {
	jobHandlers[JobRetention] = retention
}

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
		`UPDATE cases SET outcome_note = '', escalation_reason = '', row_mac = '' WHERE signal_id = ?`,
		`UPDATE referrals SET decline_reason = '', note = '', row_mac = '' WHERE signal_id = ?`,
		`UPDATE feedback SET message = '', row_mac = '' WHERE referral_id IN (SELECT id FROM referrals WHERE signal_id = ?)`,
		`UPDATE break_glass SET reason = '' WHERE signal_id = ?`,
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

// SubjectRecord is one signal in an access request's answer: everything
// held in it, the case and referrals with their text, and who looked at
// it.
type SubjectRecord struct {
	Signal   *schakel.Signal `json:"signal"`
	Case     *schakel.Case   `json:"case,omitempty"`
	Access   []AuditEntry    `json:"access_log"`
	Hold     bool            `json:"legal_hold"`
	HoldWhy  string          `json:"legal_hold_reason,omitempty"`
	ErasedAt *time.Time      `json:"erased_at,omitempty"`
}

// SubjectAccess gathers everything held on one person (AVG art. 15) for
// the privacy officer: every signal naming them (blind index, confirmed
// exactly), in full. The export is recorded per signal.
func (s *Store) SubjectAccess(ctx context.Context, u *schakel.User, p schakel.Person) ([]SubjectRecord, error) {
	out := []SubjectRecord{}
	err := s.forSubject(ctx, u, &p, "subject access", func(tx querier, ids []string) error {
		for _, id := range ids {
			rec, err := s.subjectRecord(ctx, tx, id)
			if err != nil {
				return err
			}
			if err := audit(ctx, tx, s.now(), u, "subject_access", "signal", id, "avg_art15"); err != nil {
				return err
			}
			out = append(out, *rec)
		}
		return nil
	})
	return out, err
}

// forSubject runs fn for the privacy officer, in one transaction, with the
// sorted ids of the signals that name p (blind index, confirmed exactly).
func (s *Store) forSubject(ctx context.Context, u *schakel.User, p *schakel.Person, op string, fn func(tx querier, ids []string) error) error {
	if err := requireRole(u, schakel.RolePrivacy); err != nil {
		return err
	}
	if err := checkSubject(p); err != nil {
		return err
	}
	return internal(op, s.db.inTx(ctx, func(tx querier) error {
		ids, err := s.signalsNaming(ctx, tx, *p)
		if err != nil {
			return err
		}
		slices.Sort(ids)
		return fn(tx, ids)
	}))
}

func checkSubject(p *schakel.Person) error {
	p.BirthDate = schakel.ISOBirthDate(p.BirthDate)
	if schakel.PersonIndexValues(*p) == nil {
		return schakel.Invalid(schakel.FieldError{Field: "person", Message: "Vul de naam en de geboortedatum (of maand en jaar) van de betrokkene in."})
	}
	return nil
}

func (s *Store) subjectRecord(ctx context.Context, tx querier, id string) (*SubjectRecord, error) {
	sg, err := s.loadSignal(ctx, tx, id)
	if err != nil {
		return nil, err
	}
	rec := &SubjectRecord{Signal: sg}
	var hold int
	var erased sql.NullString
	if err := tx.row(ctx, `SELECT legal_hold, legal_hold_reason, erased_at FROM signals WHERE id = ?`, id).Scan(&hold, &rec.HoldWhy, &erased); err != nil {
		return nil, err
	}
	rec.Hold, rec.ErasedAt = hold == 1, parseTSPtr(erased)
	if err := s.keyring(ctx, tx).open(id, sealed{"signals.legal_hold_reason", id, &rec.HoldWhy}); err != nil {
		return nil, err
	}
	if sg.CaseID != "" {
		if rec.Case, err = s.loadCase(ctx, tx, sg.CaseID, schakel.FieldsAll, ""); err != nil {
			return nil, err
		}
	}
	where, args, _, err := s.auditWhere(ctx, tx, AuditFilter{ObjectID: "", CaseID: sg.CaseID})
	if sg.CaseID == "" {
		where, args = `a.object_id = ?`, []any{id}
	}
	if err != nil {
		return nil, err
	}
	rec.Access, err = auditEntries(ctx, tx, where+` ORDER BY a.id`, args...)
	return rec, err
}

// ErasureResult says what an erasure request did.
type ErasureResult struct {
	Erased []string `json:"erased"`
	Held   []string `json:"held"` // under a legal hold: kept
}

// EraseSubject erases the signals naming one person (AVG art. 17) that the
// privacy officer confirmed, except those under a legal hold. A signal is
// one record: it is erased whole, keeping only its codes.
func (s *Store) EraseSubject(ctx context.Context, u *schakel.User, p schakel.Person, confirm []string) (*ErasureResult, error) {
	res := &ErasureResult{Erased: []string{}, Held: []string{}}
	err := s.forSubject(ctx, u, &p, "erase", func(tx querier, ids []string) error {
		if len(confirm) == 0 {
			return schakel.Invalid(schakel.FieldError{Field: "signals", Message: "Kies de signalen die gewist moeten worden."})
		}
		for _, id := range confirm {
			if !slices.Contains(ids, id) {
				return schakel.Invalid(schakel.FieldError{Field: "signals", Message: "Een gekozen signaal noemt deze persoon niet."})
			}
			var hold int
			if err := tx.row(ctx, `SELECT legal_hold FROM signals WHERE id = ?`, id).Scan(&hold); err != nil {
				return err
			}
			if hold == 1 {
				res.Held = append(res.Held, id)
				continue
			}
			if err := s.eraseSignal(ctx, tx, u, id, "avg_art17"); err != nil {
				return err
			}
			res.Erased = append(res.Erased, id)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return res, nil
}

// SubjectSignals lists the signals naming a person, for the privacy
// officer to choose from: ids, dates, municipality and state only.
func (s *Store) SubjectSignals(ctx context.Context, u *schakel.User, p schakel.Person) ([]SubjectSummary, error) {
	out := []SubjectSummary{}
	err := s.forSubject(ctx, u, &p, "subject", func(tx querier, ids []string) error {
		for _, id := range ids {
			var x SubjectSummary
			var received string
			var hold int
			var erased sql.NullString
			if err := tx.row(ctx, `SELECT id, municipality, received_at, status, route, legal_hold, erased_at FROM signals WHERE id = ?`, id).
				Scan(&x.ID, &x.Municipality, &received, &x.Status, &x.Route, &hold, &erased); err != nil {
				return err
			}
			x.ReceivedAt, x.Hold, x.Erased = parseTS(received), hold == 1, erased.Valid
			out = append(out, x)
		}
		return audit(ctx, tx, s.now(), u, "subject_search", "person", "", "privacy_supervision")
	})
	return out, err
}

// SubjectSummary is a signal naming a person, without its content.
type SubjectSummary struct {
	ID           string    `json:"id"`
	Municipality string    `json:"municipality"`
	ReceivedAt   time.Time `json:"received_at"`
	Status       string    `json:"status"`
	Route        string    `json:"route"`
	Hold         bool      `json:"legal_hold"`
	Erased       bool      `json:"erased"`
}

// Break-glass: emergency access to one case.

// BreakGlassDuration is how long emergency access lasts.
var BreakGlassDuration = time.Hour

// BreakGlass is one grant of emergency access.
type BreakGlass struct {
	ID         string     `json:"id"`
	UserID     string     `json:"user_id"`
	UserName   string     `json:"user_name"`
	Role       string     `json:"role"`
	Org        string     `json:"organisation"`
	CaseID     string     `json:"case_id"`
	Reason     string     `json:"reason,omitempty"`
	GrantedAt  time.Time  `json:"granted_at"`
	ExpiresAt  time.Time  `json:"expires_at"`
	ReviewedAt *time.Time `json:"reviewed_at,omitempty"`
	ReviewedBy string     `json:"reviewed_by,omitempty"`
}

// RequestBreakGlass grants u emergency access to one case for
// BreakGlassDuration, with a reason, recorded and flagged for review by
// the privacy officer. A case that does not exist is not found, as any.
func (s *Store) RequestBreakGlass(ctx context.Context, u *schakel.User, caseID, reason string) (*BreakGlass, error) {
	if !slices.Contains(schakel.BreakGlassRoles, u.Role) {
		return nil, forbidden("Uw rol kan geen noodtoegang vragen.")
	}
	reason = strings.TrimSpace(reason)
	if utf8.RuneCountInString(reason) < 20 || utf8.RuneCountInString(reason) > MaxReason {
		return nil, schakel.Invalid(schakel.FieldError{Field: "reason", Message: "Beschrijf in ten minste 20 tekens welke nood deze toegang vraagt."})
	}
	now := s.now()
	bg := &BreakGlass{ID: NewID(), UserID: u.ID, UserName: u.Name, Role: string(u.Role), Org: u.Org, CaseID: caseID, GrantedAt: now, ExpiresAt: now.Add(BreakGlassDuration)}
	err := s.db.inTx(ctx, func(tx querier) error {
		sid, err := caseSignal(ctx, tx, caseID)
		if err != nil {
			return err
		}
		sub, err := subject(ctx, tx, sid, u.ID, now)
		if err != nil {
			return err
		}
		if sub.Erased {
			return notFound()
		}
		if f, _ := schakel.Access(u, sub, now); f.Has(schakel.FieldHandling) {
			return conflict("U heeft al toegang tot deze casus.")
		}
		sealedReason, err := s.keyring(ctx, tx).seal(sid, "break_glass.reason", bg.ID, reason)
		if err != nil {
			return err
		}
		if _, err := tx.exec(ctx, `INSERT INTO break_glass (id, user_id, case_id, signal_id, reason, granted_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
			bg.ID, u.ID, caseID, sid, sealedReason, ts(now), ts(bg.ExpiresAt)); err != nil {
			return err
		}
		if err := event(ctx, tx, now, u, sid, schakel.EventBreakGlass, u.Org); err != nil {
			return err
		}
		return audit(ctx, tx, now, u, "break_glass", "case", caseID, schakel.PurposeBreakGlass)
	})
	if err != nil {
		return nil, internal("break glass", err)
	}
	return bg, nil
}

// BreakGlasses lists emergency accesses for the privacy officer, those not
// yet reviewed first, with their reasons.
func (s *Store) BreakGlasses(ctx context.Context, u *schakel.User, onlyOpen bool) ([]BreakGlass, error) {
	if err := requireRole(u, schakel.RolePrivacy); err != nil {
		return nil, err
	}
	where := "1=1"
	if onlyOpen {
		where = "b.reviewed_at IS NULL"
	}
	out := []BreakGlass{}
	err := s.db.inTx(ctx, func(tx querier) error {
		rows, err := tx.query(ctx, `SELECT b.id, b.user_id, COALESCE(u.name, ''), COALESCE(u.role, ''), COALESCE(u.org, ''), b.case_id, b.signal_id, b.reason,
			b.granted_at, b.expires_at, b.reviewed_at, b.reviewed_by FROM break_glass b LEFT JOIN users u ON u.id = b.user_id
			WHERE `+where+` ORDER BY CASE WHEN b.reviewed_at IS NULL THEN 0 ELSE 1 END, b.granted_at DESC LIMIT 500`)
		if err != nil {
			return err
		}
		var sids []string
		for rows.Next() {
			var b BreakGlass
			var sid, granted, expires string
			var reviewed sql.NullString
			if err := rows.Scan(&b.ID, &b.UserID, &b.UserName, &b.Role, &b.Org, &b.CaseID, &sid, &b.Reason, &granted, &expires, &reviewed, &b.ReviewedBy); err != nil {
				rows.Close()
				return err
			}
			b.GrantedAt, b.ExpiresAt, b.ReviewedAt = parseTS(granted), parseTS(expires), parseTSPtr(reviewed)
			out = append(out, b)
			sids = append(sids, sid)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		kr := s.keyring(ctx, tx)
		for i := range out {
			if err := kr.open(sids[i], sealed{"break_glass.reason", out[i].ID, &out[i].Reason}); err != nil {
				return err
			}
		}
		return audit(ctx, tx, s.now(), u, "view", "break_glass", "", "privacy_supervision")
	})
	return out, internal("break glass", err)
}

// ReviewBreakGlass marks an emergency access as reviewed.
func (s *Store) ReviewBreakGlass(ctx context.Context, u *schakel.User, id string) error {
	if err := requireRole(u, schakel.RolePrivacy); err != nil {
		return err
	}
	err := s.db.inTx(ctx, func(tx querier) error {
		res, err := tx.exec(ctx, `UPDATE break_glass SET reviewed_at = ?, reviewed_by = ? WHERE id = ? AND reviewed_at IS NULL`, ts(s.now()), u.ID, id)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n != 1 {
			return notFound()
		}
		return audit(ctx, tx, s.now(), u, "review", "break_glass", id, "privacy_supervision")
	})
	return internal("break glass", err)
}

// OpenBreakGlassReviews counts emergency accesses awaiting review.
func (s *Store) OpenBreakGlassReviews(ctx context.Context) (int, error) {
	var n int
	err := s.db.reader().row(ctx, `SELECT COUNT(*) FROM break_glass WHERE reviewed_at IS NULL`).Scan(&n)
	return n, internal("break glass", err)
}
