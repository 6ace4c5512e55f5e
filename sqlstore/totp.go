package sqlstore

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base32"
	"encoding/hex"
	"strings"
	"time"

	"github.com/pquerna/otp"
	"github.com/pquerna/otp/totp"

	"github.com/schakel-nl/schakel"
)

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

// EnrolForDemo gives a user of the demo an enrolled second factor with
// secret, without the check of a first code that a real enrolment asks
// (schakel demo only: its server then shows the current code on the
// code page, so that every demo account logs in at once).
func (s *Store) EnrolForDemo(ctx context.Context, u *schakel.User, secret string) error {
	return s.db.inTx(ctx, func(tx querier) error {
		_, err := s.enableTOTP(ctx, tx, u, secret, 0)
		return err
	})
}

// CurrentTOTPCode is the code an authenticator app shows for secret now.
func CurrentTOTPCode(secret string, now time.Time) (string, error) {
	return totp.GenerateCodeCustom(secret, now, totp.ValidateOpts{Period: totpPeriod, Digits: otp.DigitsSix, Algorithm: otp.AlgorithmSHA1})
}
