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

const pw = "demo-wachtwoord-2026"

// clock lets a test move the store's time.
func clock(st *sqlstore.Store, d *time.Duration) {
	st.Now = func() time.Time { return time.Now().Add(*d) }
}

// enrol gives u an authenticator and returns its secret and recovery codes.
func enrol(t *testing.T, st *sqlstore.Store, u *schakel.User) (string, []string) {
	t.Helper()
	key, err := sqlstore.NewTOTPKey(u)
	if err != nil {
		t.Fatal(err)
	}
	code, _ := totp.GenerateCode(key.Secret(), st.Now())
	codes, err := st.EnableTOTP(context.Background(), u, key.Secret(), code)
	if err != nil {
		t.Fatal(err)
	}
	return key.Secret(), codes
}

func TestLockout(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	f := newFixture(t)
	var shift time.Duration
	clock(f.st, &shift)
	af := f.u("af:rotterdam")
	for i := range sqlstore.MaxFailedLogins {
		if _, err := f.st.Authenticate(ctx, af.Email, "wrong-password-"+string(rune('a'+i))); schakel.ErrorKind(err) != schakel.KindUnauthorized {
			t.Fatalf("attempt %d: %v", i, err)
		}
	}
	// ASVS 2.2.1: locked after five failures, even with the right password,
	// and the answer is the same as for a wrong one.
	_, err := f.st.Authenticate(ctx, af.Email, pw)
	_, unknown := f.st.Authenticate(ctx, "nobody@schakel.demo", pw)
	if schakel.ErrorKind(err) != schakel.KindUnauthorized || err.Error() != unknown.Error() {
		t.Fatalf("locked account: %v (unknown user: %v)", err, unknown)
	}
	shift = sqlstore.LockoutDuration + time.Second
	if _, err := f.st.Authenticate(ctx, af.Email, pw); err != nil {
		t.Fatalf("after the lockout: %v", err)
	}
	p, err := f.st.Audit(ctx, f.u("privacy"), sqlstore.AuditFilter{ObjectID: af.ID, Paging: schakel.Paging{Limit: 100}})
	if err != nil {
		t.Fatal(err)
	}
	n := map[string]int{}
	for _, e := range p.Items {
		n[e.Action]++
	}
	if n["login_failed"] < sqlstore.MaxFailedLogins || n["locked"] != 1 {
		t.Errorf("audit of the lockout: %v", n)
	}
}

func TestSecondFactor(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	f := newFixture(t)
	var shift time.Duration
	clock(f.st, &shift)
	u := f.u("essm")
	key, _ := sqlstore.NewTOTPKey(u)
	if _, err := f.st.EnableTOTP(ctx, u, key.Secret(), "000000"); schakel.ErrorKind(err) != schakel.KindInvalid {
		t.Fatalf("enrol with a wrong code: %v", err)
	}
	secret, codes := enrol(t, f.st, u)
	if len(codes) != 10 {
		t.Fatalf("%d recovery codes", len(codes))
	}
	u, _ = f.st.UserByID(ctx, u.ID)
	if !u.SecondFactor {
		t.Fatal("not enrolled")
	}
	if _, err := f.st.EnableTOTP(ctx, u, secret, "123456"); schakel.ErrorKind(err) == "" {
		t.Error("enrolled twice")
	}
	shift = time.Minute // the enrolment used this period's code
	code, _ := totp.GenerateCode(secret, f.st.Now())
	tests := []struct {
		rule string
		code string
		ok   bool
	}{
		{"ASVS 2.8.1: a current code is accepted", code, true},
		{"ASVS 2.8.4: the same code is not accepted twice", code, false},
		{"a wrong code is refused", "111111", false},
		{"ASVS 2.5.6: a recovery code is accepted", codes[0], true},
		{"a recovery code written with capitals and without dashes is the same code", strings.ToUpper(codes[1][:4] + codes[1][5:9] + codes[1][10:]), true},
		{"ASVS 2.6.1: a recovery code works once", codes[0], false},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			_, err := f.st.VerifySecondFactor(ctx, u, tt.code)
			if (err == nil) != tt.ok {
				t.Errorf("VerifySecondFactor(%q) = %v, want ok %v", tt.code, err, tt.ok)
			}
		})
	}
	if left, _ := f.st.RecoveryCodesLeft(ctx, u); left != 8 {
		t.Errorf("%d recovery codes left, want 8", left)
	}
	// Reset by the beheerder: enrol again, sessions and tokens end.
	tok, _ := f.st.CreateToken(ctx, u.ID)
	sf := sqlstore.CredentialReset{SecondFactor: true}
	if _, err := f.st.ResetCredentials(ctx, f.u("af:rotterdam"), u.ID, sf); schakel.ErrorKind(err) != schakel.KindForbidden {
		t.Errorf("reset by an AF: %v", err)
	}
	if _, err := f.st.ResetCredentials(ctx, f.u("beheer"), u.ID, sf); err != nil {
		t.Fatal(err)
	}
	after, _ := f.st.UserByID(ctx, u.ID)
	if after.SecondFactor || after.AuthEpoch == u.AuthEpoch {
		t.Errorf("after the reset: second factor %v, epoch %d → %d", after.SecondFactor, u.AuthEpoch, after.AuthEpoch)
	}
	if _, err := f.st.UserByToken(ctx, tok); err == nil {
		t.Error("a token survived the reset")
	}
	if n, _ := f.st.DB().CountWhere(ctx, "record_keys", "record_id = ?", "user:"+u.ID); n != 0 {
		t.Error("the old secret's key was kept")
	}
}

func TestRightsChangeRevokes(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	f := newFixture(t)
	admin := f.u("beheer")
	u := f.u("af:rotterdam")
	up := sqlstore.UserUpdate{Name: u.Name, Role: u.Role, Org: u.Org, Municipalities: u.Municipalities, Active: true}
	tests := []struct {
		rule    string
		change  func(*sqlstore.UserUpdate)
		revokes bool
	}{
		{"a new name changes no rights", func(x *sqlstore.UserUpdate) { x.Name = "Anna A." }, false},
		{"ASVS 3.3.3: another municipality ends sessions and tokens", func(x *sqlstore.UserUpdate) { x.Municipalities = []string{"rotterdam", "schiedam"} }, true},
		{"ASVS 3.3.3: another role ends sessions and tokens", func(x *sqlstore.UserUpdate) { x.Role = schakel.RoleMelder }, true},
		{"ASVS 3.3.3: another organisation ends sessions and tokens", func(x *sqlstore.UserUpdate) { x.Org = "essm" }, true},
		{"ASVS 3.3.3: blocking ends sessions and tokens", func(x *sqlstore.UserUpdate) { x.Active = false }, true},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			before, _ := f.st.UserByID(ctx, u.ID)
			tok, _ := f.st.CreateToken(ctx, u.ID)
			next := up
			next.Municipalities = before.Municipalities
			next.Role, next.Org, next.Active, next.Name = before.Role, before.Org, before.Active, before.Name
			tt.change(&next)
			after, err := f.st.UpdateUser(ctx, admin, u.ID, next)
			if err != nil {
				t.Fatal(err)
			}
			_, tokErr := f.st.UserByToken(ctx, tok)
			if revoked := after.AuthEpoch != before.AuthEpoch; revoked != tt.revokes {
				t.Errorf("epoch %d → %d", before.AuthEpoch, after.AuthEpoch)
			}
			if (tokErr != nil) != tt.revokes {
				t.Errorf("token still valid: %v", tokErr == nil)
			}
		})
	}
	if _, err := f.st.UpdateUser(ctx, admin, admin.ID, sqlstore.UserUpdate{Name: admin.Name, Role: schakel.RoleMelder, Org: admin.Org, Active: true}); schakel.ErrorKind(err) != schakel.KindInvalid {
		t.Errorf("the beheerder demoted themselves: %v", err)
	}
	if _, err := f.st.UpdateUser(ctx, admin, u.ID, sqlstore.UserUpdate{Name: "", Role: "chef", Org: "nope"}); schakel.ErrorKind(err) != schakel.KindInvalid {
		t.Errorf("bad update: %v", err)
	}
}

func TestTokens(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	f := newFixture(t)
	var shift time.Duration
	clock(f.st, &shift)
	u, other, admin := f.u("riec-rotterdam"), f.u("essm"), f.u("beheer")
	recent := sqlstore.Proof{LoginAt: time.Now()}
	for _, bad := range []struct {
		name string
		ttl  time.Duration
	}{{"", 24 * time.Hour}, {"ok", 0}, {"ok", 400 * 24 * time.Hour}} {
		if _, _, err := f.st.NewToken(ctx, u, bad.name, bad.ttl, recent); schakel.ErrorKind(err) != schakel.KindInvalid {
			t.Errorf("NewToken(%q, %v): %v", bad.name, bad.ttl, err)
		}
	}
	tok, info, err := f.st.NewToken(ctx, u, "koppeling", 2*24*time.Hour, recent)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.st.UserByToken(ctx, tok); err != nil {
		t.Fatal(err)
	}
	list, _ := f.st.Tokens(ctx, u, u.ID)
	if len(list) != 1 || list[0].LastUsedAt == nil || list[0].Name != "koppeling" {
		t.Errorf("tokens with last use: %+v", list)
	}
	if _, err := f.st.Tokens(ctx, other, u.ID); schakel.ErrorKind(err) != schakel.KindForbidden {
		t.Errorf("another user lists the tokens: %v", err)
	}
	if _, err := f.st.Tokens(ctx, admin, u.ID); err != nil {
		t.Errorf("the beheerder lists the tokens: %v", err)
	}
	shift = 3 * 24 * time.Hour
	if _, err := f.st.UserByToken(ctx, tok); schakel.ErrorKind(err) != schakel.KindUnauthorized {
		t.Errorf("an expired token works: %v", err)
	}
	shift = 0
	if err := f.st.RevokeToken(ctx, other, u.ID, info.ID); schakel.ErrorKind(err) != schakel.KindForbidden {
		t.Errorf("another user revoked the token: %v", err)
	}
	if err := f.st.RevokeToken(ctx, u, u.ID, info.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := f.st.UserByToken(ctx, tok); schakel.ErrorKind(err) != schakel.KindUnauthorized {
		t.Errorf("a revoked token works: %v", err)
	}
	if err := f.st.RevokeToken(ctx, u, u.ID, info.ID); schakel.ErrorKind(err) != schakel.KindNotFound {
		t.Errorf("revoked twice: %v", err)
	}
	tok2, info2, _ := f.st.NewToken(ctx, u, "tweede", 24*time.Hour, recent)
	if err := f.st.RevokeToken(ctx, admin, u.ID, info2.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := f.st.UserByToken(ctx, tok2); err == nil {
		t.Error("the beheerder's revocation did not hold")
	}
}

func TestSetPassword(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	f := newFixture(t)
	u := f.u("melder")
	secret, _ := enrol(t, f.st, u)
	u, _ = f.st.UserByID(ctx, u.ID)
	var shift time.Duration
	clock(f.st, &shift)
	shift = time.Minute // the enrolment used this period's code
	code := func() string { c, _ := totp.GenerateCode(secret, f.st.Now()); return c }
	recent := sqlstore.Proof{LoginAt: f.st.Now()}
	tests := []struct {
		rule     string
		proof    func() sqlstore.Proof
		password string
		want     schakel.Kind
	}{
		{"ASVS 2.1.6: the current password is needed, also right after the login", func() sqlstore.Proof { return recent }, "een nieuwe zin van woorden", schakel.KindInvalid},
		{"a wrong current password is refused", func() sqlstore.Proof { p := recent; p.Password = "wrong"; return p }, "een nieuwe zin van woorden", schakel.KindInvalid},
		{"a breached password is refused", func() sqlstore.Proof { p := recent; p.Password = pw; return p }, "password1234", schakel.KindInvalid},
		{"without a recent login the password alone is not enough", func() sqlstore.Proof { return sqlstore.Proof{Password: pw} }, "een nieuwe zin van woorden", schakel.KindInvalid},
		{"without a recent login the password and a code are", func() sqlstore.Proof { return sqlstore.Proof{Password: pw, Code: code()} }, "een nieuwe zin van woorden", ""},
		{"right after the login the current password is", func() sqlstore.Proof {
			return sqlstore.Proof{LoginAt: f.st.Now(), Password: "een nieuwe zin van woorden"}
		}, "nog een andere zin hier", ""},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			if err := f.st.ChangePassword(ctx, u, tt.proof(), tt.password); kindOf(err) != tt.want {
				t.Errorf("ChangePassword: %v, want %q", err, tt.want)
			}
		})
	}
	if _, err := f.st.Authenticate(ctx, u.Email, "nog een andere zin hier"); err != nil {
		t.Errorf("the new password does not work: %v", err)
	}
}
