package sqlstore

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"database/sql"
	"encoding/base32"
	"encoding/hex"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/pquerna/otp"
	"github.com/pquerna/otp/totp"

	"github.com/schakel-nl/schakel"
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
var dummyHash = HashPassword("no such user, no such password")

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
		CheckPassword(dummyHash, password)
		return nil, s.recordLoginError(ctx, anonymous, "", "password")
	}
	ok := CheckPassword(hash, password)
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

// NewTOTPKey makes a fresh authenticator secret for u to enrol; nothing is
// stored until EnableTOTP confirms a code made with it.
func NewTOTPKey(u *schakel.User) (*otp.Key, error) {
	return totp.Generate(totp.GenerateOpts{Issuer: "Schakel", AccountName: u.Email, Period: totpPeriod, SecretSize: 20, Algorithm: otp.AlgorithmSHA1, Digits: otp.DigitsSix})
}

// totpStep returns the time step at which code is valid for secret within
// the skew, or -1.
func (s *Store) totpStep(secret, code string) int64 {
	now := s.now().Unix() / totpPeriod
	for d := int64(-totpSkew); d <= totpSkew; d++ {
		step := now + d
		want, err := totp.GenerateCodeCustom(secret, time.Unix(step*totpPeriod, 0), totp.ValidateOpts{Period: totpPeriod, Digits: otp.DigitsSix, Algorithm: otp.AlgorithmSHA1})
		if err == nil && subtle.ConstantTimeCompare([]byte(want), []byte(code)) == 1 {
			return step
		}
	}
	return -1
}

func normaliseCode(code string) string {
	return strings.ToLower(strings.Map(func(r rune) rune {
		if r == ' ' || r == '-' {
			return -1
		}
		return r
	}, code))
}

func isTOTPCode(code string) bool {
	if len(code) != 6 {
		return false
	}
	for _, r := range code {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// EnableTOTP stores the secret u enrolled once a code made with it checks
// out, and returns the one-time recovery codes, shown once.
func (s *Store) EnableTOTP(ctx context.Context, u *schakel.User, secret, code string) ([]string, error) {
	code = normaliseCode(code)
	step := int64(-1)
	if isTOTPCode(code) {
		step = s.totpStep(secret, code)
	}
	if step < 0 {
		return nil, schakel.Invalid(schakel.FieldError{Field: "code", Message: "Deze code klopt niet. Vul de zes cijfers in die de app nu toont."})
	}
	var codes []string
	err := s.db.inTx(ctx, func(tx querier) error {
		var enabled int
		if err := tx.row(ctx, `SELECT CASE WHEN totp_enabled_at IS NULL THEN 0 ELSE 1 END FROM users WHERE id = ?`, u.ID).Scan(&enabled); err != nil {
			return err
		}
		if enabled == 1 {
			return conflict("Er is al een authenticator ingesteld voor dit account.")
		}
		// After a reset by the beheerder the user enrols through their
		// link, not with a password someone else may know.
		pending, err := hasEnrolment(ctx, tx, u.ID)
		if err != nil {
			return err
		}
		if pending {
			return errUseLink()
		}
		codes, err = s.enableTOTP(ctx, tx, u, secret, step)
		return err
	})
	if err != nil {
		return nil, internal("enable totp", err)
	}
	return codes, nil
}

func errUseLink() error {
	return conflict("Stel uw inloggegevens in via de link die u van de beheerder kreeg. Is die verlopen, vraag dan om een nieuwe.")
}

// enableTOTP stores an enrolled secret under a new key of the user's
// record, with fresh recovery codes, and records it.
func (s *Store) enableTOTP(ctx context.Context, tx querier, u *schakel.User, secret string, step int64) ([]string, error) {
	userID := u.ID
	record := "user:" + userID
	if _, err := tx.exec(ctx, `DELETE FROM record_keys WHERE record_id = ?`, record); err != nil {
		return nil, err
	}
	dk, err := s.keyring(ctx, tx).create(record)
	if err != nil {
		return nil, err
	}
	if _, err := tx.exec(ctx, `UPDATE users SET totp_secret = ?, totp_enabled_at = ?, totp_last_step = ? WHERE id = ?`,
		dk.Seal(sealAD("users.totp_secret", userID), secret), ts(s.now()), step, userID); err != nil {
		return nil, err
	}
	codes, err := newRecoveryCodes(ctx, tx, userID)
	if err != nil {
		return nil, err
	}
	return codes, audit(ctx, tx, s.now(), u, "totp_enrolled", "user", userID)
}

func newRecoveryCodes(ctx context.Context, tx querier, userID string) ([]string, error) {
	if _, err := tx.exec(ctx, `DELETE FROM recovery_codes WHERE user_id = ?`, userID); err != nil {
		return nil, err
	}
	enc := base32.StdEncoding.WithPadding(base32.NoPadding)
	var out []string
	for range recoveryCodes {
		b := make([]byte, 8)
		if _, err := rand.Read(b); err != nil {
			return nil, err
		}
		c := strings.ToLower(enc.EncodeToString(b))[:12]
		if _, err := tx.exec(ctx, `INSERT INTO recovery_codes (user_id, hash) VALUES (?, ?)`, userID, codeHash(c)); err != nil {
			return nil, err
		}
		out = append(out, c[:4]+"-"+c[4:8]+"-"+c[8:])
	}
	return out, nil
}

func codeHash(c string) string {
	h := sha256.Sum256([]byte("schakel/recovery-code/v1/" + c))
	return hex.EncodeToString(h[:])
}

// NewRecoveryCodes replaces u's recovery codes with fresh ones.
func (s *Store) NewRecoveryCodes(ctx context.Context, u *schakel.User) ([]string, error) {
	if !u.SecondFactor {
		return nil, conflict("Stel eerst een authenticator in.")
	}
	var codes []string
	err := s.db.inTx(ctx, func(tx querier) error {
		var err error
		if codes, err = newRecoveryCodes(ctx, tx, u.ID); err != nil {
			return err
		}
		return audit(ctx, tx, s.now(), u, "recovery_codes_renewed", "user", u.ID)
	})
	return codes, internal("recovery codes", err)
}

// VerifySecondFactor checks a TOTP code (each code once) or an unused
// recovery code for u. A failure counts towards the lockout.
func (s *Store) VerifySecondFactor(ctx context.Context, u *schakel.User, code string) (string, error) {
	code = normaliseCode(code)
	locked, err := s.locked(ctx, u.ID)
	if err != nil {
		return "", err
	}
	method := "recovery_code"
	ok := false
	if !locked {
		if isTOTPCode(code) {
			method = "totp"
			ok, err = s.useTOTP(ctx, u, code)
		} else {
			ok, err = s.useRecoveryCode(ctx, u, code)
		}
		if err != nil {
			return "", internal("second factor", err)
		}
	}
	if !ok {
		s.loginFailed(ctx, u, method)
		return "", schakel.Errorf(schakel.KindUnauthorized, "Deze code klopt niet, is al gebruikt, of het account is tijdelijk geblokkeerd.")
	}
	return method, nil
}

func (s *Store) useTOTP(ctx context.Context, u *schakel.User, code string) (bool, error) {
	ok := false
	err := s.db.inTx(ctx, func(tx querier) error {
		var sealedSecret string
		var last int64
		if err := tx.row(ctx, `SELECT totp_secret, totp_last_step FROM users WHERE id = ? AND totp_enabled_at IS NOT NULL`, u.ID).Scan(&sealedSecret, &last); err != nil {
			if isNoRows(err) {
				return nil
			}
			return err
		}
		secret := sealedSecret
		if err := s.keyring(ctx, tx).open("user:"+u.ID, sealed{"users.totp_secret", u.ID, &secret}); err != nil {
			return err
		}
		step := s.totpStep(secret, code)
		if step <= last {
			return nil // wrong, or replayed
		}
		res, err := tx.exec(ctx, `UPDATE users SET totp_last_step = ? WHERE id = ? AND totp_last_step < ?`, step, u.ID, step)
		if err != nil {
			return err
		}
		n, _ := res.RowsAffected()
		ok = n == 1
		return nil
	})
	return ok, err
}

func (s *Store) useRecoveryCode(ctx context.Context, u *schakel.User, code string) (bool, error) {
	ok := false
	err := s.db.inTx(ctx, func(tx querier) error {
		res, err := tx.exec(ctx, `UPDATE recovery_codes SET used_at = ? WHERE user_id = ? AND hash = ? AND used_at IS NULL`, ts(s.now()), u.ID, codeHash(code))
		if err != nil {
			return err
		}
		n, _ := res.RowsAffected()
		ok = n == 1
		return nil
	})
	return ok, err
}

// RecoveryCodesLeft counts u's unused recovery codes.
func (s *Store) RecoveryCodesLeft(ctx context.Context, u *schakel.User) (int, error) {
	var n int
	err := s.db.reader().row(ctx, `SELECT COUNT(*) FROM recovery_codes WHERE user_id = ? AND used_at IS NULL`, u.ID).Scan(&n)
	return n, internal("recovery codes", err)
}

// revokeAccess ends every session and token of a user: their rights
// changed, and the change takes effect on their very next request.
func revokeAccess(ctx context.Context, tx querier, now time.Time, userID string) error {
	if err := newEpoch(ctx, tx, userID); err != nil {
		return err
	}
	return revokeTokens(ctx, tx, now, userID)
}

// newEpoch ends every session of a user on its next request.
func newEpoch(ctx context.Context, tx querier, userID string) error {
	_, err := tx.exec(ctx, `UPDATE users SET auth_epoch = auth_epoch + 1 WHERE id = ?`, userID)
	return err
}

// revokeTokens revokes every token of a user.
func revokeTokens(ctx context.Context, tx querier, now time.Time, userID string) error {
	_, err := tx.exec(ctx, `UPDATE api_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL`, ts(now), userID)
	return err
}

// UserUpdate is what the beheerder may change of a user.
type UserUpdate struct {
	Name           string       `json:"name"`
	Role           schakel.Role `json:"role"`
	Org            string       `json:"organisation"`
	Municipalities []string     `json:"municipalities"`
	Active         bool         `json:"active"`
}

// UpdateUser changes a user. A change of role, organisation,
// municipalities or of being active ends all their sessions and tokens at
// once.
func (s *Store) UpdateUser(ctx context.Context, actor *schakel.User, id string, up UserUpdate) (*schakel.User, error) {
	if err := requireRole(actor, schakel.RoleBeheerder); err != nil {
		return nil, err
	}
	old, err := s.UserByID(ctx, id)
	if err != nil {
		return nil, err
	}
	cat, err := s.Catalog(ctx)
	if err != nil {
		return nil, err
	}
	var p schakel.Problems
	up.Name = strings.TrimSpace(up.Name)
	if up.Name == "" || utf8.RuneCountInString(up.Name) > schakel.MaxShort {
		p.Add("name", "Vul een naam in (ten hoogste 200 tekens).")
	}
	if !up.Role.Valid() {
		p.Add("role", "Onbekende rol.")
	}
	if _, ok := cat.Organisations[up.Org]; !ok {
		p.Add("organisation", "Onbekende organisatie.")
	}
	up.Municipalities = dedupe(up.Municipalities)
	for _, m := range up.Municipalities {
		if _, ok := cat.Municipalities[m]; !ok {
			p.Add("municipalities", "Onbekende gemeente.")
		}
	}
	if up.Role == schakel.RoleAF && len(up.Municipalities) == 0 {
		p.Add("municipalities", "Een aandachtsfunctionaris hoort bij ten minste één gemeente.")
	}
	if id == actor.ID && (!up.Active || up.Role != actor.Role) {
		p.Add("role", "U kunt uw eigen rol niet wijzigen en uzelf niet blokkeren.")
	}
	if err := p.Err(); err != nil {
		return nil, err
	}
	err = s.db.inTx(ctx, func(tx querier) error {
		if _, err := tx.exec(ctx, `UPDATE users SET name = ?, role = ?, org = ?, active = ? WHERE id = ?`, up.Name, string(up.Role), up.Org, b2i(up.Active), id); err != nil {
			return err
		}
		if _, err := tx.exec(ctx, `DELETE FROM user_municipalities WHERE user_id = ?`, id); err != nil {
			return err
		}
		for _, m := range up.Municipalities {
			if _, err := tx.exec(ctx, `INSERT INTO user_municipalities (user_id, municipality) VALUES (?, ?)`, id, m); err != nil {
				return err
			}
		}
		// Compare what the user had with what they get.
		oldMunis := old.Municipalities
		if old.Role == schakel.RoleZVH {
			oldMunis = nil // derived from the organisation
		}
		changed := old.Role != up.Role || old.Org != up.Org || old.Active != up.Active || !sameSet(oldMunis, up.Municipalities)
		if changed {
			if err := revokeAccess(ctx, tx, s.now(), id); err != nil {
				return err
			}
		}
		return audit(ctx, tx, s.now(), actor, "update", "user", id)
	})
	if err != nil {
		return nil, internal("update user", err)
	}
	return s.UserByID(ctx, id)
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for _, x := range a {
		found := false
		for _, y := range b {
			found = found || x == y
		}
		if !found {
			return false
		}
	}
	return true
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
	ok := CheckPassword(hash, p.Password)
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
	if err := schakel.CheckPassword(password, fresh.Name, fresh.Email); err != nil {
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
	hash := HashPassword(password)
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

// TokenInfo describes a token without the token itself.
type TokenInfo struct {
	ID         string     `json:"id"`
	Name       string     `json:"name"`
	CreatedAt  time.Time  `json:"created_at"`
	ExpiresAt  time.Time  `json:"expires_at"`
	LastUsedAt *time.Time `json:"last_used_at"`
	RevokedAt  *time.Time `json:"revoked_at"`
}

// MaxTokenLifetime bounds a token's life.
const MaxTokenLifetime = 365 * 24 * time.Hour

// CreateToken makes a token for userID valid for 90 days, without proof:
// for the command line, run by an operator on the server (and for tests),
// never reachable over HTTP.
func (s *Store) CreateToken(ctx context.Context, userID string) (string, error) {
	u, err := s.UserByID(ctx, userID)
	if err != nil {
		return "", err
	}
	tok, _, err := s.newToken(ctx, u, "opdrachtregel", 90*24*time.Hour, "command_line")
	return tok, err
}

// NewToken makes a token for u itself, with a name and a lifetime, once
// proof shows that u in person asks (see Proof): a token cannot make
// another.
func (s *Store) NewToken(ctx context.Context, u *schakel.User, name string, ttl time.Duration, proof Proof) (string, *TokenInfo, error) {
	var p schakel.Problems
	name = strings.TrimSpace(name)
	if name == "" || utf8.RuneCountInString(name) > 100 {
		p.Add("name", "Geef het token een naam (ten hoogste 100 tekens), bijvoorbeeld waar het voor is.")
	}
	if ttl < 24*time.Hour || ttl > MaxTokenLifetime {
		p.Add("expires_in_days", "Kies een geldigheid van 1 tot 365 dagen.")
	}
	if err := p.Err(); err != nil {
		return "", nil, err
	}
	fresh, err := s.UserByID(ctx, u.ID)
	if err != nil {
		return "", nil, err
	}
	how, err := s.confirm(ctx, fresh, proof, false)
	if err != nil {
		return "", nil, err
	}
	return s.newToken(ctx, fresh, name, ttl, how)
}

func (s *Store) newToken(ctx context.Context, u *schakel.User, name string, ttl time.Duration, how string) (string, *TokenInfo, error) {
	userID := u.ID
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", nil, internal("token", err)
	}
	token := "sk_" + strings.ToLower(base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString(b))
	now := s.now()
	info := &TokenInfo{ID: NewID(), Name: name, CreatedAt: now, ExpiresAt: now.Add(ttl)}
	err := s.db.inTx(ctx, func(tx querier) error {
		if _, err := tx.exec(ctx, `INSERT INTO api_tokens (hash, id, user_id, name, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)`,
			tokenHash(token), info.ID, userID, name, ts(now), ts(info.ExpiresAt)); err != nil {
			return err
		}
		return audit(ctx, tx, now, u, "token_created", "token", info.ID, how)
	})
	if err != nil {
		return "", nil, internal("token", err)
	}
	return token, info, nil
}

func tokenHash(token string) string {
	h := sha256.Sum256([]byte(token))
	return hex.EncodeToString(h[:])
}

// lastUse remembers when this process last wrote a token's last use, so
// that an API request writes it at most once a minute.
var lastUse sync.Map

// UserByToken finds the active user of an unexpired, unrevoked token.
func (s *Store) UserByToken(ctx context.Context, token string) (*schakel.User, error) {
	h := tokenHash(token)
	now := s.now()
	u, _, err := s.loadUser(ctx, `u.id = (SELECT t.user_id FROM api_tokens t WHERE t.hash = ? AND t.revoked_at IS NULL AND t.expires_at > ?)`, h, ts(now))
	if schakel.ErrorKind(err) == schakel.KindNotFound || (err == nil && !u.Active) {
		return nil, schakel.Errorf(schakel.KindUnauthorized, "Ongeldig, verlopen of ingetrokken token.")
	}
	if err != nil {
		return nil, err
	}
	if t, ok := lastUse.Load(h); !ok || now.Sub(t.(time.Time)) >= time.Minute {
		lastUse.Store(h, now)
		err := s.db.inTx(ctx, func(tx querier) error {
			_, err := tx.exec(ctx, `UPDATE api_tokens SET last_used_at = ? WHERE hash = ?`, ts(now), h)
			return err
		})
		if err != nil {
			return nil, internal("token", err)
		}
	}
	return u, nil
}

// Tokens lists the tokens of owner, for the owner or the beheerder.
func (s *Store) Tokens(ctx context.Context, actor *schakel.User, ownerID string) ([]TokenInfo, error) {
	if actor.ID != ownerID {
		if err := requireRole(actor, schakel.RoleBeheerder); err != nil {
			return nil, err
		}
	}
	rows, err := s.db.reader().query(ctx, `SELECT id, name, created_at, expires_at, last_used_at, revoked_at FROM api_tokens WHERE user_id = ? ORDER BY created_at DESC`, ownerID)
	if err != nil {
		return nil, internal("tokens", err)
	}
	defer rows.Close()
	out := []TokenInfo{}
	for rows.Next() {
		var t TokenInfo
		var created, expires string
		var used, revoked sql.NullString
		if err := rows.Scan(&t.ID, &t.Name, &created, &expires, &used, &revoked); err != nil {
			return nil, internal("tokens", err)
		}
		t.CreatedAt, t.ExpiresAt = parseTS(created), parseTS(expires)
		t.LastUsedAt, t.RevokedAt = parseTSPtr(used), parseTSPtr(revoked)
		out = append(out, t)
	}
	return out, internal("tokens", rows.Err())
}

// RevokeToken revokes one token of owner: by the owner or the beheerder.
func (s *Store) RevokeToken(ctx context.Context, actor *schakel.User, ownerID, tokenID string) error {
	if actor.ID != ownerID {
		if err := requireRole(actor, schakel.RoleBeheerder); err != nil {
			return err
		}
	}
	err := s.db.inTx(ctx, func(tx querier) error {
		res, err := tx.exec(ctx, `UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND user_id = ? AND revoked_at IS NULL`, ts(s.now()), tokenID, ownerID)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n != 1 {
			return notFound()
		}
		return audit(ctx, tx, s.now(), actor, "token_revoked", "token", tokenID)
	})
	return internal("revoke token", err)
}

// UserByOIDC maps a login at an organisation's identity provider to a
// known, active user of that organisation with the claimed address. The
// provider's subject is bound to the user at the first such login; a
// later login with another subject for the same address is refused.
func (s *Store) UserByOIDC(ctx context.Context, org, subject, email string) (*schakel.User, error) {
	email = strings.ToLower(strings.TrimSpace(email))
	if email == "" {
		return nil, s.recordLoginError(ctx, anonymous, "", "oidc")
	}
	u, _, err := s.loadUser(ctx, `u.email = ? AND u.org = ?`, email, org)
	if schakel.ErrorKind(err) == schakel.KindNotFound {
		return nil, s.recordLoginError(ctx, anonymous, "", "oidc")
	}
	if err != nil {
		return nil, err
	}
	if !u.Active {
		return nil, s.loginFailed(ctx, u, "oidc")
	}
	var bound bool
	err = s.db.inTx(ctx, func(tx querier) error {
		res, err := tx.exec(ctx, `UPDATE users SET oidc_subject = ? WHERE id = ? AND (oidc_subject = '' OR oidc_subject = ?)`, subject, u.ID, subject)
		if err != nil {
			return err
		}
		n, _ := res.RowsAffected()
		bound = n == 1
		return nil
	})
	if err != nil {
		return nil, internal("oidc", err)
	}
	if !bound {
		return nil, s.loginFailed(ctx, u, "oidc_subject")
	}
	return u, nil
}

func (s *Store) recordLoginError(ctx context.Context, u *schakel.User, userID, method string) error {
	if err := s.recordLogin(ctx, u, "login_failed", userID, method); err != nil {
		return err
	}
	return errLogin()
}
