package sqlstore

import (
	"context"
	"database/sql"
	"slices"
	"time"

	"github.com/schakel-nl/schakel"
)

// Retention, erasure, the data subject's rights and emergency access.

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
