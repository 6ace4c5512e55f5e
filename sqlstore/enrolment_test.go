package sqlstore_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/pquerna/otp/totp"

	"github.com/schakel-nl/schakel"
	"github.com/schakel-nl/schakel/sqlstore"
)

const ownPassword = "een eigen wachtzin hier"

// kindOf is the kind of err, "" for none.
func kindOf(err error) schakel.Kind {
	if err == nil {
		return ""
	}
	return schakel.ErrorKind(err)
}

// openLink does what the user does on the page of their link: a new
// password and a new authenticator.
func openLink(st *sqlstore.Store, u *schakel.User, token string) error {
	key, err := sqlstore.NewTOTPKey(u)
	if err != nil {
		return err
	}
	code, _ := totp.GenerateCode(key.Secret(), st.Now())
	_, _, err = st.Enrol(context.Background(), token, sqlstore.EnrolInput{Password: ownPassword, Secret: key.Secret(), Code: code})
	return err
}

// TestEnrolmentLink: issue 10.7 — the link of a credentials reset works
// once, expires, is replaced by a newer reset, and is stored only as a
// hash.
func TestEnrolmentLink(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	f := newFixture(t)
	var shift time.Duration
	clock(f.st, &shift)
	admin := f.u("beheer")
	both := sqlstore.CredentialReset{Password: true, SecondFactor: true}
	reset := func(t *testing.T, u *schakel.User) string {
		t.Helper()
		e, err := f.st.ResetCredentials(ctx, admin, u.ID, both)
		if err != nil {
			t.Fatal(err)
		}
		return e.Token
	}
	tests := []struct {
		rule string
		user string
		// use resets and opens links; it returns the error of the last
		// opening.
		use  func(t *testing.T, u *schakel.User) error
		want schakel.Kind
		// set: the password of the link works afterwards
		set bool
	}{
		{"a link sets the password and the authenticator", "af:dordrecht", func(t *testing.T, u *schakel.User) error {
			return openLink(f.st, u, reset(t, u))
		}, "", true},
		{"a link works once", "af:schiedam", func(t *testing.T, u *schakel.User) error {
			tok := reset(t, u)
			if err := openLink(f.st, u, tok); err != nil {
				t.Fatal(err)
			}
			return openLink(f.st, u, tok)
		}, schakel.KindNotFound, true},
		{"a link works until its lifetime ends", "af:maassluis", func(t *testing.T, u *schakel.User) error {
			tok := reset(t, u)
			shift = f.st.EnrolmentLifetime - time.Minute
			defer func() { shift = 0 }()
			return openLink(f.st, u, tok)
		}, "", true},
		{"a link expires after its lifetime", "af:vlaardingen", func(t *testing.T, u *schakel.User) error {
			tok := reset(t, u)
			shift = f.st.EnrolmentLifetime + time.Second
			defer func() { shift = 0 }()
			return openLink(f.st, u, tok)
		}, schakel.KindNotFound, false},
		{"a newer reset replaces the older link", "af:ridderkerk", func(t *testing.T, u *schakel.User) error {
			old := reset(t, u)
			reset(t, u)
			return openLink(f.st, u, old)
		}, schakel.KindNotFound, false},
		{"the newer link works", "af:barendrecht", func(t *testing.T, u *schakel.User) error {
			reset(t, u)
			return openLink(f.st, u, reset(t, u))
		}, "", true},
		{"a made-up link does not", "af:nissewaard", func(t *testing.T, u *schakel.User) error {
			reset(t, u)
			return openLink(f.st, u, strings.Repeat("a", 52))
		}, schakel.KindNotFound, false},
		{"a link of a blocked user does not", "af:lansingerland", func(t *testing.T, u *schakel.User) error {
			tok := reset(t, u)
			if _, err := f.st.UpdateUser(ctx, admin, u.ID, sqlstore.UserUpdate{Name: u.Name, Role: u.Role, Org: u.Org, Municipalities: u.Municipalities, Active: false}); err != nil {
				t.Fatal(err)
			}
			return openLink(f.st, u, tok)
		}, schakel.KindNotFound, false},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			u := f.u(tt.user)
			if err := tt.use(t, u); kindOf(err) != tt.want {
				t.Fatalf("opening the link: %v, want %q", err, tt.want)
			}
			_, err := f.st.Authenticate(ctx, u.Email, ownPassword)
			if set := err == nil; set != tt.set {
				t.Errorf("the password of the link works: %v", set)
			}
		})
	}
	u := f.u("af:zwijndrecht")
	tok := reset(t, u)
	if n, _ := f.st.DB().CountWhere(ctx, "enrolments", "user_id = ?", u.ID); n != 1 {
		t.Fatalf("%d links of the user", n)
	}
	if n, _ := f.st.DB().CountWhere(ctx, "enrolments", "hash = ? OR hash LIKE ?", tok, "%"+tok[:16]+"%"); n != 0 {
		t.Error("the link is stored as itself, not as a hash")
	}
}

// TestCredentialResetRules: who may reset, what it ends at once, what it
// records, and what the link asks of whoever holds it.
func TestCredentialResetRules(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	f := newFixture(t)
	admin := f.u("beheer")
	both := sqlstore.CredentialReset{Password: true, SecondFactor: true}
	for _, who := range []string{"af:rotterdam", "privacy", "melder", "regie"} {
		if _, err := f.st.ResetCredentials(ctx, f.u(who), f.u("essm").ID, both); schakel.ErrorKind(err) != schakel.KindForbidden {
			t.Errorf("%s resets credentials: %v", who, err)
		}
	}
	if _, err := f.st.ResetCredentials(ctx, admin, admin.ID, both); schakel.ErrorKind(err) != schakel.KindInvalid {
		t.Errorf("the beheerder resets their own: %v", err)
	}
	if _, err := f.st.ResetCredentials(ctx, admin, f.u("essm").ID, sqlstore.CredentialReset{}); schakel.ErrorKind(err) != schakel.KindInvalid {
		t.Errorf("a reset of nothing: %v", err)
	}

	// A reset ends every session (the epoch) and token of the user.
	u := f.u("essm")
	enrol(t, f.st, u)
	tok, _ := f.st.CreateToken(ctx, u.ID)
	before, _ := f.st.UserByID(ctx, u.ID)
	e, err := f.st.ResetCredentials(ctx, admin, u.ID, sqlstore.CredentialReset{SecondFactor: true})
	if err != nil {
		t.Fatal(err)
	}
	after, _ := f.st.UserByID(ctx, u.ID)
	if after.AuthEpoch == before.AuthEpoch || after.SecondFactor {
		t.Errorf("after the reset: epoch %d → %d, second factor %v", before.AuthEpoch, after.AuthEpoch, after.SecondFactor)
	}
	if _, err := f.st.UserByToken(ctx, tok); err == nil {
		t.Error("a token survived the reset")
	}
	if n, _ := f.st.DB().CountWhere(ctx, "record_keys", "record_id = ?", "user:"+u.ID); n != 0 {
		t.Error("the old secret's key was kept")
	}
	// Audited: who, whom, what; never the link.
	p, err := f.st.Audit(ctx, f.u("privacy"), sqlstore.AuditFilter{ObjectID: u.ID, Paging: schakel.Paging{Limit: 100}})
	if err != nil {
		t.Fatal(err)
	}
	var found bool
	for _, a := range p.Items {
		found = found || (a.Action == "credentials_reset" && a.UserID == admin.ID && a.Purpose == "second_factor")
		if strings.Contains(a.Purpose+a.ObjectID, e.Token) {
			t.Error("the link is in the audit trail")
		}
	}
	if !found {
		t.Errorf("no audit line of the reset: %+v", p.Items)
	}
	// With a link open the login enrols no authenticator, whoever knows
	// the password.
	key, _ := sqlstore.NewTOTPKey(u)
	code, _ := totp.GenerateCode(key.Secret(), time.Now())
	if _, err := f.st.EnableTOTP(ctx, after, key.Secret(), code); schakel.ErrorKind(err) != schakel.KindConflict {
		t.Errorf("an authenticator enrolled at the login past the link: %v", err)
	}
	if must, _ := f.st.MustEnrolByLink(ctx, u.ID); !must {
		t.Error("the login does not send the user to their link")
	}
	// The link of a second-factor reset asks for the current password;
	// a wrong one counts towards the lockout.
	info, err := f.st.Enrolment(ctx, e.Token)
	if err != nil || !info.NeedCurrentPassword || info.Password || !info.SecondFactor {
		t.Fatalf("link: %+v %v", info, err)
	}
	for i := range sqlstore.MaxFailedLogins {
		_, _, err := f.st.Enrol(ctx, e.Token, sqlstore.EnrolInput{Current: "geraden-" + string(rune('a'+i)), Secret: key.Secret(), Code: code})
		if schakel.ErrorKind(err) != schakel.KindInvalid {
			t.Fatalf("a guessed password: %v", err)
		}
	}
	if _, _, err := f.st.Enrol(ctx, e.Token, sqlstore.EnrolInput{Current: pw, Secret: key.Secret(), Code: code}); schakel.ErrorKind(err) != schakel.KindInvalid {
		t.Errorf("the right password on a locked account: %v", err)
	}
	if _, err := f.st.Authenticate(ctx, u.Email, pw); err == nil {
		t.Error("five wrong passwords on the link did not lock the account")
	}

	// A password reset of a user with an authenticator asks for a code of
	// it on the link.
	m := f.u("melder")
	if _, _, err := f.st.CreateUserAs(ctx, admin, sqlstore.NewUser{Name: "X", Email: "x@example.org", Role: schakel.RoleMelder, Org: m.Org, Password: "de beheerder koos dit"}); schakel.ErrorKind(err) != schakel.KindInvalid {
		t.Errorf("the beheerder chose a password for a new user: %v", err)
	}
	nu, ne, err := f.st.CreateUserAs(ctx, admin, sqlstore.NewUser{Name: "Nieuwe Melder", Email: "nieuw@example.org", Role: schakel.RoleMelder, Org: m.Org})
	if err != nil || !ne.Password || !ne.SecondFactor || ne.Token == "" {
		t.Fatalf("new user: %+v %v", ne, err)
	}
	if must, _ := f.st.MustEnrolByLink(ctx, nu.ID); !must {
		t.Error("a new user made by the beheerder may enrol at the login")
	}
	if err := openLink(f.st, nu, ne.Token); err != nil {
		t.Fatal(err)
	}
	nu, _ = f.st.UserByID(ctx, nu.ID)
	pe, err := f.st.ResetCredentials(ctx, admin, nu.ID, sqlstore.CredentialReset{Password: true})
	if err != nil {
		t.Fatal(err)
	}
	if info, err := f.st.Enrolment(ctx, pe.Token); err != nil || !info.NeedCurrentCode || info.SecondFactor {
		t.Fatalf("password link: %+v %v", info, err)
	}
	if _, _, err := f.st.Enrol(ctx, pe.Token, sqlstore.EnrolInput{Password: "de beheerder koos dit wachtwoord", Code: "123456"}); schakel.ErrorKind(err) != schakel.KindInvalid {
		t.Errorf("a password set without the user's authenticator: %v", err)
	}
	if n := lastNotice(t, f, nu); n == nil || n.ByID != admin.ID {
		t.Errorf("the next login tells nothing of the reset: %+v", n)
	}
	if n := lastNotice(t, f, nu); n != nil {
		t.Errorf("the notice is told twice: %+v", n)
	}
}

func lastNotice(t *testing.T, f *fixture, u *schakel.User) *sqlstore.CredentialNotice {
	t.Helper()
	n, err := f.st.LoggedIn(context.Background(), u, "password")
	if err != nil {
		t.Fatal(err)
	}
	return n
}
