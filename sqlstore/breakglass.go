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
		var sids []string
		err := eachRow(ctx, tx, `SELECT b.id, b.user_id, COALESCE(u.name, ''), COALESCE(u.role, ''), COALESCE(u.org, ''), b.case_id, b.signal_id, b.reason,
			b.granted_at, b.expires_at, b.reviewed_at, b.reviewed_by FROM break_glass b LEFT JOIN users u ON u.id = b.user_id
			WHERE `+where+` ORDER BY CASE WHEN b.reviewed_at IS NULL THEN 0 ELSE 1 END, b.granted_at DESC LIMIT 500`, nil, func(rows *sql.Rows) error {
			var b BreakGlass
			var sid, granted, expires string
			var reviewed sql.NullString
			if err := rows.Scan(&b.ID, &b.UserID, &b.UserName, &b.Role, &b.Org, &b.CaseID, &sid, &b.Reason, &granted, &expires, &reviewed, &b.ReviewedBy); err != nil {
				return err
			}
			b.GrantedAt, b.ExpiresAt, b.ReviewedAt = parseTS(granted), parseTS(expires), parseTSPtr(reviewed)
			out = append(out, b)
			sids = append(sids, sid)
			return nil
		})
		if err != nil {
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
