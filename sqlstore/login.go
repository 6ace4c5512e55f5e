package sqlstore

import (
	"context"
	"strings"
	"time"

	"github.com/schakel-nl/schakel"
	"github.com/schakel-nl/schakel/vault"
)

// Logging in: a password, then for every role that sees personal data a
// second factor (TOTP, or a one-time recovery code). Five failures in a
// row lock the account for a quarter of an hour. Every answer to a failed
// attempt is the same, and takes as long, whether the address exists, the
// password was wrong or the account is locked.

const (
	MaxFailedLogins = 5
	LockoutDuration = 15 * time.Minute
	// totpPeriod and totpSkew: codes of 30 s, one period either side
	// accepted for clock drift; a code is used once.
	totpPeriod = 30
	totpSkew   = 1
	// recoveryCodes is how many one-time codes an enrolment gives.
	recoveryCodes = 10
)

// anonymous is the actor of audit lines about a login nobody completed.
var anonymous = &schakel.User{ID: "anonymous", Role: "anonymous", Org: ""}

// dummyHash is compared against when the e-mail address is unknown, so that
// a login takes as long for an unknown as for a known user.
var dummyHash = vault.HashPassword("no such user, no such password")

func errLogin() error {
	return schakel.Errorf(schakel.KindUnauthorized, "Onbekende combinatie van e-mailadres en wachtwoord, of het account is tijdelijk geblokkeerd.")
}

// Authenticate checks an e-mail address and password: the first step of a
// login. Any failure is the same unauthorized error.
func (s *Store) Authenticate(ctx context.Context, email, password string) (*schakel.User, error) {
	u, hash, err := s.loadUser(ctx, `u.email = ?`, strings.ToLower(strings.TrimSpace(email)))
	if err != nil && schakel.ErrorKind(err) != schakel.KindNotFound {
		return nil, err
	}
	if u == nil || hash == "" {
		vault.VerifyPassword(dummyHash, password)
		return nil, s.recordLoginError(ctx, anonymous, "", "password")
	}
	ok := vault.VerifyPassword(hash, password)
	locked, err := s.locked(ctx, u.ID)
	if err != nil {
		return nil, err
	}
	if !ok || locked || !u.Active {
		return nil, s.loginFailed(ctx, u, "password")
	}
	return u, nil
}

func (s *Store) locked(ctx context.Context, userID string) (bool, error) {
	var until string
	err := s.db.reader().row(ctx, `SELECT COALESCE(locked_until, '') FROM users WHERE id = ?`, userID).Scan(&until)
	if err != nil {
		return false, internal("login", err)
	}
	return until != "" && parseTS(until).After(s.now()), nil
}

// loginFailed counts a failure against the account, locks it at the
// limit, records both, and returns the one login error.
func (s *Store) loginFailed(ctx context.Context, u *schakel.User, step string) error {
	now := s.now()
	err := s.db.inTx(ctx, func(tx querier) error {
		var n int
		if err := tx.row(ctx, `UPDATE users SET failed_logins = failed_logins + 1 WHERE id = ? RETURNING failed_logins`, u.ID).Scan(&n); err != nil {
			return err
		}
		if err := audit(ctx, tx, now, anonymous, "login_failed", "user", u.ID, step); err != nil {
			return err
		}
		if n < MaxFailedLogins {
			return nil
		}
		if _, err := tx.exec(ctx, `UPDATE users SET failed_logins = 0, locked_until = ? WHERE id = ?`, ts(now.Add(LockoutDuration)), u.ID); err != nil {
			return err
		}
		return audit(ctx, tx, now, anonymous, "locked", "user", u.ID, step)
	})
	if err != nil {
		return internal("login", err)
	}
	return errLogin()
}

func (s *Store) recordLogin(ctx context.Context, u *schakel.User, action, userID, purpose string) error {
	return internal("login", s.db.inTx(ctx, func(tx querier) error {
		return audit(ctx, tx, s.now(), u, action, "user", userID, purpose)
	}))
}

// LoggedIn records a completed login (after the second factor, or after
// the password for a role without one) and clears the failure count. When
// the beheerder reset the user's credentials since their last login, the
// answer is that reset, to tell the user once.
func (s *Store) LoggedIn(ctx context.Context, u *schakel.User, method string) (*CredentialNotice, error) {
	var notice *CredentialNotice
	err := s.db.inTx(ctx, func(tx querier) error {
		if _, err := tx.exec(ctx, `UPDATE users SET failed_logins = 0 WHERE id = ? AND failed_logins <> 0`, u.ID); err != nil {
			return err
		}
		res, err := tx.exec(ctx, `UPDATE users SET credentials_notice = 0 WHERE id = ? AND credentials_notice = 1`, u.ID)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 1 {
			if notice, err = lastReset(ctx, tx, u.ID); err != nil {
				return err
			}
		}
		return audit(ctx, tx, s.now(), u, "login", "user", u.ID, method)
	})
	if err != nil {
		return nil, internal("login", err)
	}
	return notice, nil
}

func (s *Store) recordLoginError(ctx context.Context, u *schakel.User, userID, method string) error {
	if err := s.recordLogin(ctx, u, "login_failed", userID, method); err != nil {
		return err
	}
	return errLogin()
}

// DefaultReauthWindow is how long after an interactive login with the
// second factor a session may create tokens without confirming again.
const DefaultReauthWindow = 15 * time.Minute

// Proof is how a caller shows that the person, not only something that
// acts for them, asks: a session that completed an interactive login with
// the second factor within the ReauthWindow, or the current password and,
// for a user with a second factor (or whose role needs one), a code. A
// token alone is never proof.
type Proof struct {
	// LoginAt is when the caller's session last completed an interactive
	// login with its second factor (or confirmed with password and code).
	// Only the UI sets it, from its server-side session.
	LoginAt  time.Time
	Password string // the current password
	Code     string // a code of the authenticator, or a recovery code
}

// RecentLogin reports whether p.LoginAt lies within the ReauthWindow.
func (s *Store) RecentLogin(p Proof) bool {
	now := s.now()
	return !p.LoginAt.IsZero() && now.Sub(p.LoginAt) < s.ReauthWindow && p.LoginAt.Before(now.Add(time.Minute))
}

// confirm checks p for u and answers how u was confirmed. needPassword
// asks for the current password even after a recent login. A wrong
// password or code counts towards the lockout, exactly as at the login,
// and a locked account is refused with the same answer.
func (s *Store) confirm(ctx context.Context, u *schakel.User, p Proof, needPassword bool) (string, error) {
	recent := s.RecentLogin(p)
	if recent && !needPassword {
		return "recent_login", nil
	}
	needCode := !recent && (u.SecondFactor || u.Role.NeedsSecondFactor())
	var probs schakel.Problems
	if p.Password == "" {
		probs.Add("current", "Vul uw huidige wachtwoord in.")
	}
	switch {
	case needCode && !u.SecondFactor:
		probs.Add("code", "Uw rol logt in met tweestapsverificatie en u heeft nog geen authenticator ingesteld. Log in op de website, stel die in en probeer het daarna opnieuw.")
	case needCode && p.Code == "":
		probs.Add("code", "Vul de code in die uw authenticator-app nu toont, of een herstelcode.")
	}
	if err := probs.Err(); err != nil {
		return "", err
	}
	failed := schakel.Invalid(schakel.FieldError{Field: "current", Message: "Het wachtwoord of de code klopt niet, of het account is tijdelijk geblokkeerd. Na vijf mislukte pogingen wacht u een kwartier."})
	_, hash, err := s.loadUser(ctx, `u.id = ?`, u.ID)
	if err != nil {
		return "", err
	}
	ok := vault.VerifyPassword(hash, p.Password)
	locked, err := s.locked(ctx, u.ID)
	if err != nil {
		return "", err
	}
	if !ok || locked {
		if err := s.loginFailed(ctx, u, "confirm_password"); schakel.ErrorKind(err) == schakel.KindInternal {
			return "", err
		}
		return "", failed
	}
	if !needCode {
		if recent {
			return "recent_login", nil
		}
		return "password", nil
	}
	if _, err := s.VerifySecondFactor(ctx, u, p.Code); err != nil {
		if schakel.ErrorKind(err) != schakel.KindUnauthorized {
			return "", err
		}
		return "", failed
	}
	return "password_and_code", nil
}

// ChangePassword sets u's new password. It takes the current password
// always (ASVS 2.1.6) and, without a recent interactive login, a code of
// the second factor too. Every other session of u ends.
func (s *Store) ChangePassword(ctx context.Context, u *schakel.User, p Proof, password string) error {
	fresh, err := s.UserByID(ctx, u.ID)
	if err != nil {
		return err
	}
	if err := schakel.ValidatePassword(password, fresh.Name, fresh.Email); err != nil {
		// Checked first: a request that fails for its new password makes
		// no guess at the current one.
		var probs schakel.Problems
		probs.Add("password", err.Error())
		if p.Password == "" {
			probs.Add("current", "Vul uw huidige wachtwoord in.")
		}
		return probs.Err()
	}
	how, err := s.confirm(ctx, fresh, p, true)
	if err != nil {
		return err
	}
	hash := vault.HashPassword(password)
	err = s.db.inTx(ctx, func(tx querier) error {
		if _, err := tx.exec(ctx, `UPDATE users SET password_hash = ?, failed_logins = 0, locked_until = NULL WHERE id = ?`, hash, u.ID); err != nil {
			return err
		}
		// Every session ends; the caller's own renews itself.
		if err := newEpoch(ctx, tx, u.ID); err != nil {
			return err
		}
		return audit(ctx, tx, s.now(), fresh, "password_set", "user", u.ID, how)
	})
	return internal("set password", err)
}

// API tokens carry a name, an expiry and a revocation; only their hash is
// stored, and their last use is kept to the minute.
