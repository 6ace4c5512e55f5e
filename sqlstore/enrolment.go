package sqlstore

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/base32"
	"encoding/hex"
	"strings"
	"time"

	"github.com/schakel-nl/schakel"
	"github.com/schakel-nl/schakel/vault"
)

// Enrolment links: the beheerder manages accounts but never holds one
// that is not theirs. A new user, and a user whose credentials the
// beheerder resets, gets a one-time link that the user opens themselves
// to set a password and enrol a second factor. The beheerder sees the
// link once, to hand it over, and never a password; the link is stored
// only as a hash, works once, expires, and a newer reset replaces it. A
// reset ends every session and token of the user at once, is audited,
// and the user is told at their next login who reset what and when.

// DefaultEnrolmentLifetime is how long an enrolment link works.
const DefaultEnrolmentLifetime = 72 * time.Hour

// CredentialReset says what a user sets anew through their link.
type CredentialReset struct {
	Password     bool `json:"password"`
	SecondFactor bool `json:"second_factor"`
}

func (c CredentialReset) purposes() []string {
	var out []string
	if c.Password {
		out = append(out, "password")
	}
	if c.SecondFactor {
		out = append(out, "second_factor")
	}
	return out
}

// Enrolment is a link just made: Token is shown once, to the beheerder,
// and is nowhere stored.
type Enrolment struct {
	Token     string    `json:"-"`
	ExpiresAt time.Time `json:"expires_at"`
	CredentialReset
}

// EnrolmentPath is the path of the page where the user opens the link.
func EnrolmentPath(token string) string { return "/inschrijven/" + token }

func enrolmentHash(token string) string {
	h := sha256.Sum256([]byte("schakel/enrolment/v1/" + token))
	return hex.EncodeToString(h[:])
}

// newEnrolment replaces any open link of the user with a new one.
func (s *Store) newEnrolment(ctx context.Context, tx querier, actor *schakel.User, userID string, what CredentialReset) (*Enrolment, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return nil, err
	}
	token := strings.ToLower(base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString(b))
	now := s.now()
	e := &Enrolment{Token: token, ExpiresAt: now.Add(s.EnrolmentLifetime), CredentialReset: what}
	if _, err := tx.exec(ctx, `DELETE FROM enrolments WHERE user_id = ?`, userID); err != nil {
		return nil, err
	}
	_, err := tx.exec(ctx, `INSERT INTO enrolments (user_id, hash, password, second_factor, created_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
		userID, enrolmentHash(token), b2i(what.Password), b2i(what.SecondFactor), actor.ID, ts(now), ts(e.ExpiresAt))
	if err != nil {
		return nil, err
	}
	return e, nil
}

// ResetCredentials lets the beheerder make a user set their password, their
// second factor or both anew. What is reset stops working at once, every
// session and token of the user ends, and the answer is the link for the
// user, shown this once. The beheerder resets their own credentials on
// their account page, as everyone does.
func (s *Store) ResetCredentials(ctx context.Context, actor *schakel.User, userID string, what CredentialReset) (*Enrolment, error) {
	if err := requireRole(actor, schakel.RoleBeheerder); err != nil {
		return nil, err
	}
	target, err := s.UserByID(ctx, userID)
	if err != nil {
		return nil, err
	}
	var p schakel.Problems
	if !what.Password && !what.SecondFactor {
		p.Add("password", "Kies wat de gebruiker opnieuw instelt: het wachtwoord, de tweestapsverificatie of beide.")
	}
	if what.SecondFactor && !target.Role.NeedsSecondFactor() && !target.SecondFactor {
		p.Add("second_factor", "Deze rol logt in zonder tweestapsverificatie.")
	}
	if target.ID == actor.ID {
		p.Add("password", "Uw eigen wachtwoord wijzigt u op de pagina Mijn account.")
	}
	if err := p.Err(); err != nil {
		return nil, err
	}
	if what.Password && target.Role.NeedsSecondFactor() && !target.SecondFactor {
		// Whoever sets the password of an account without an
		// authenticator would enrol one at the login: the link does both.
		what.SecondFactor = true
	}
	var e *Enrolment
	err = s.db.inTx(ctx, func(tx querier) error {
		now := s.now()
		if what.Password {
			if _, err := tx.exec(ctx, `UPDATE users SET password_hash = '' WHERE id = ?`, userID); err != nil {
				return err
			}
		}
		if what.SecondFactor {
			if err := removeSecondFactor(ctx, tx, userID); err != nil {
				return err
			}
		}
		if err := revokeAccess(ctx, tx, now, userID); err != nil {
			return err
		}
		if _, err := tx.exec(ctx, `UPDATE users SET credentials_reset_at = ?, credentials_reset_by = ?, credentials_notice = 1 WHERE id = ?`, ts(now), actor.ID, userID); err != nil {
			return err
		}
		var err error
		if e, err = s.newEnrolment(ctx, tx, actor, userID, what); err != nil {
			return err
		}
		return audit(ctx, tx, now, actor, "credentials_reset", "user", userID, what.purposes()...)
	})
	if err != nil {
		return nil, internal("reset credentials", err)
	}
	return e, nil
}

// removeSecondFactor removes a user's authenticator, its key and the
// recovery codes.
func removeSecondFactor(ctx context.Context, tx querier, userID string) error {
	for _, q := range []string{
		`UPDATE users SET totp_secret = '', totp_enabled_at = NULL, totp_last_step = 0 WHERE id = ?`,
		`DELETE FROM recovery_codes WHERE user_id = ?`,
		`DELETE FROM record_keys WHERE record_id = 'user:' || ?`,
	} {
		if _, err := tx.exec(ctx, q, userID); err != nil {
			return err
		}
	}
	return nil
}

// EnrolmentInfo is what the page of an open link asks for.
type EnrolmentInfo struct {
	User      *schakel.User
	ExpiresAt time.Time
	CredentialReset
	// NeedCurrentPassword: only the second factor is set anew, and the
	// user proves who they are with the password they have (which the
	// beheerder, who holds the link, does not know).
	NeedCurrentPassword bool
	// NeedCurrentCode: only the password is set anew, and the user proves
	// who they are with a code of the authenticator they have.
	NeedCurrentCode bool
}

func errLinkInvalid() error {
	return schakel.Errorf(schakel.KindNotFound, "Deze link werkt niet (meer): hij is al gebruikt, verlopen of vervangen door een nieuwere. Vraag de beheerder om een nieuwe link.")
}

// Enrolment looks up an open, unexpired link. A used, expired, replaced
// or unknown link is one and the same "not found".
func (s *Store) Enrolment(ctx context.Context, token string) (*EnrolmentInfo, error) {
	if token == "" || len(token) > 100 {
		return nil, errLinkInvalid()
	}
	var userID, expires string
	var pw, sf int
	err := s.db.reader().row(ctx, `SELECT user_id, password, second_factor, expires_at FROM enrolments WHERE hash = ? AND expires_at > ?`,
		enrolmentHash(token), ts(s.now())).Scan(&userID, &pw, &sf, &expires)
	if isNoRows(err) {
		return nil, errLinkInvalid()
	}
	if err != nil {
		return nil, internal("enrolment", err)
	}
	u, err := s.UserByID(ctx, userID)
	if err != nil {
		return nil, err
	}
	if !u.Active {
		return nil, errLinkInvalid()
	}
	info := &EnrolmentInfo{User: u, ExpiresAt: parseTS(expires), CredentialReset: CredentialReset{Password: pw == 1, SecondFactor: sf == 1}}
	info.NeedCurrentPassword = !info.Password
	info.NeedCurrentCode = !info.SecondFactor && u.SecondFactor
	return info, nil
}

// EnrolInput is what the user gives on the page of their link.
type EnrolInput struct {
	Current  string // the current password, when only the second factor is set anew
	Password string // the new password
	Secret   string // the authenticator secret being enrolled
	Code     string // a code made with Secret; or, when only the password is set anew, a code of the authenticator the user has
}

// Enrol sets what the link is for and closes it, in one transaction; the
// answer is the user and, with a new authenticator, their recovery codes
// (shown once). Every other session of the user ends.
func (s *Store) Enrol(ctx context.Context, token string, in EnrolInput) (*schakel.User, []string, error) {
	info, err := s.Enrolment(ctx, token)
	if err != nil {
		return nil, nil, err
	}
	u := info.User
	var p schakel.Problems
	if info.NeedCurrentPassword && in.Current == "" {
		p.Add("current", "Vul uw huidige wachtwoord in.")
	}
	if info.Password {
		if err := schakel.ValidatePassword(in.Password, u.Name, u.Email); err != nil {
			p.Add("password", err.Error())
		}
	}
	code := normaliseCode(in.Code)
	step := int64(-1)
	if info.SecondFactor {
		if isTOTPCode(code) && in.Secret != "" {
			step = s.totpStep(in.Secret, code)
		}
		if step < 0 {
			p.Add("code", "Deze code klopt niet. Vul de zes cijfers in die de app nu toont.")
		}
	}
	if info.NeedCurrentCode && code == "" {
		p.Add("code", "Vul de code in die uw authenticator-app nu toont, of een herstelcode.")
	}
	if err := p.Err(); err != nil {
		return nil, nil, err
	}
	// Who holds the link proves to be the user with what the beheerder
	// does not have; a failure counts towards the lockout like a login.
	if info.NeedCurrentPassword {
		_, hash, err := s.loadUser(ctx, `u.id = ?`, u.ID)
		if err != nil {
			return nil, nil, err
		}
		ok := vault.VerifyPassword(hash, in.Current)
		locked, err := s.locked(ctx, u.ID)
		if err != nil {
			return nil, nil, err
		}
		if !ok || locked {
			if err := s.loginFailed(ctx, u, "enrolment_link"); schakel.ErrorKind(err) == schakel.KindInternal {
				return nil, nil, err
			}
			return nil, nil, schakel.Invalid(schakel.FieldError{Field: "current", Message: "Het wachtwoord klopt niet, of het account is tijdelijk geblokkeerd. Na vijf mislukte pogingen wacht u een kwartier."})
		}
	}
	if info.NeedCurrentCode {
		if _, err := s.VerifySecondFactor(ctx, u, code); err != nil {
			if schakel.ErrorKind(err) != schakel.KindUnauthorized {
				return nil, nil, err
			}
			return nil, nil, schakel.Invalid(schakel.FieldError{Field: "code", Message: "Deze code klopt niet, is al gebruikt, of het account is tijdelijk geblokkeerd."})
		}
	}
	var hash string
	if info.Password {
		hash = vault.HashPassword(in.Password) // slow by design: outside the transaction
	}
	var codes []string
	err = s.db.inTx(ctx, func(tx querier) error {
		now := s.now()
		// The link works once, also when two requests race for it.
		res, err := tx.exec(ctx, `DELETE FROM enrolments WHERE hash = ? AND user_id = ? AND expires_at > ?`, enrolmentHash(token), u.ID, ts(now))
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n != 1 {
			return errLinkInvalid()
		}
		if info.Password {
			if _, err := tx.exec(ctx, `UPDATE users SET password_hash = ?, failed_logins = 0, locked_until = NULL WHERE id = ?`, hash, u.ID); err != nil {
				return err
			}
		}
		if info.SecondFactor {
			if err := removeSecondFactor(ctx, tx, u.ID); err != nil {
				return err
			}
			if codes, err = s.enableTOTP(ctx, tx, u, in.Secret, step); err != nil {
				return err
			}
		}
		if err := newEpoch(ctx, tx, u.ID); err != nil {
			return err
		}
		return audit(ctx, tx, now, u, "credentials_enrolled", "user", u.ID, info.purposes()...)
	})
	if err != nil {
		return nil, nil, internal("enrol", err)
	}
	fresh, err := s.UserByID(ctx, u.ID)
	if err != nil {
		return nil, nil, err
	}
	return fresh, codes, nil
}

// hasEnrolment reports whether the user has a link open (or expired and
// not replaced): their credentials are then set through a link only.
func hasEnrolment(ctx context.Context, q querier, userID string) (bool, error) {
	var n int
	err := q.row(ctx, `SELECT COUNT(*) FROM enrolments WHERE user_id = ?`, userID).Scan(&n)
	return n > 0, err
}

// MustEnrolByLink reports whether the user's credentials were reset (or
// the user was made by the beheerder) and are to be set through the link:
// the login then does not offer to enrol an authenticator.
func (s *Store) MustEnrolByLink(ctx context.Context, userID string) (bool, error) {
	ok, err := hasEnrolment(ctx, s.db.reader(), userID)
	return ok, internal("enrolment", err)
}

// CredentialNotice is the last reset of a user's credentials.
type CredentialNotice struct {
	At   time.Time `json:"at"`
	By   string    `json:"by"` // the name of the beheerder
	ByID string    `json:"by_id"`
}

// CredentialStatus is what the account page and the beheerder's user page
// show of a user's credentials.
type CredentialStatus struct {
	LastReset *CredentialNotice
	// LinkExpiresAt is set while a link is open.
	LinkExpiresAt *time.Time
}

// CredentialStatus returns the last reset of userID's credentials and
// whether a link is open: for the user and the beheerder.
func (s *Store) CredentialStatus(ctx context.Context, actor *schakel.User, userID string) (*CredentialStatus, error) {
	if actor.ID != userID {
		if err := requireRole(actor, schakel.RoleBeheerder); err != nil {
			return nil, err
		}
	}
	q := s.db.reader()
	var st CredentialStatus
	n, err := lastReset(ctx, q, userID)
	if err != nil {
		return nil, internal("credential status", err)
	}
	st.LastReset = n
	var expires string
	err = q.row(ctx, `SELECT expires_at FROM enrolments WHERE user_id = ? AND expires_at > ?`, userID, ts(s.now())).Scan(&expires)
	switch {
	case isNoRows(err):
	case err != nil:
		return nil, internal("credential status", err)
	default:
		t := parseTS(expires)
		st.LinkExpiresAt = &t
	}
	return &st, nil
}

func lastReset(ctx context.Context, q querier, userID string) (*CredentialNotice, error) {
	var at sql.NullString
	var byID, by string
	err := q.row(ctx, `SELECT u.credentials_reset_at, u.credentials_reset_by, COALESCE(b.name, '') FROM users u LEFT JOIN users b ON b.id = u.credentials_reset_by WHERE u.id = ?`, userID).
		Scan(&at, &byID, &by)
	if err != nil || !at.Valid {
		return nil, err
	}
	return &CredentialNotice{At: parseTS(at.String), By: by, ByID: byID}, nil
}
