package web_test

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"
)

// Issue 10, point 8: a token cannot do what only the person should.

// code is a fresh code of the authenticator a user enrolled in this test
// (see loginWith), or a recovery code when this period's are used up.
func (e *env) code(email string) string {
	f := e.factors[email]
	if f == nil {
		e.t.Fatalf("%s enrolled no authenticator in this test", email)
	}
	c, step := f.next()
	if step == 0 {
		c, f.recovery = f.recovery[0], f.recovery[1:]
		return c
	}
	f.lastStep = step
	return c
}

// TestUIConfirmAfterLogin: right after an interactive login with the
// second factor the account page makes tokens and changes the password
// as before; once that login is older than the window, it asks for the
// password and a code again, and a wrong one is refused (issue 10.8).
func TestUIConfirmAfterLogin(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	const email = "riec@schakel.demo"
	b := e.browser()
	b.login(email)
	if p := b.get("/account"); p.status != 200 || strings.Contains(p.body, `id="f-token-current"`) {
		t.Fatalf("a fresh session is asked to confirm: %d", p.status)
	}
	if p := b.post("/account/tokens", url.Values{"name": {"vers"}, "days": {"30"}}); p.status != http.StatusCreated {
		t.Fatalf("token right after the login: %d", p.status)
	}
	e.st.ReauthWindow = time.Nanosecond // the login is now long ago
	p := b.get("/account")
	if !strings.Contains(p.body, `id="f-token-current"`) || !strings.Contains(p.body, `id="f-token-code"`) || !strings.Contains(p.body, `id="f-code"`) {
		t.Fatal("an old session is not asked to confirm")
	}
	tests := []struct {
		rule   string
		path   string
		form   func() url.Values
		status int
		errors []string
	}{
		{"an old session does not make a token without confirming", "/account/tokens",
			func() url.Values { return url.Values{"name": {"oud"}, "days": {"30"}} }, 422, []string{"f-token-current", "f-token-code"}},
		{"an old session does not make a token with a wrong code", "/account/tokens",
			func() url.Values {
				return url.Values{"name": {"oud"}, "days": {"30"}, "token_current": {demoPassword}, "token_code": {"000000"}}
			}, 422, []string{"f-token-current"}},
		{"an old session makes a token with the password and a code", "/account/tokens",
			func() url.Values {
				return url.Values{"name": {"bevestigd"}, "days": {"30"}, "token_current": {demoPassword}, "token_code": {e.code(email)}}
			}, http.StatusCreated, nil},
		{"an old session does not change the password without a code", "/account/wachtwoord",
			func() url.Values {
				return url.Values{"current": {demoPassword}, "password": {"een zin voor de analist"}}
			}, 422, []string{"f-code"}},
		{"an old session changes the password with a code", "/account/wachtwoord",
			func() url.Values {
				return url.Values{"current": {demoPassword}, "password": {"een zin voor de analist"}, "code": {e.code(email)}}
			}, http.StatusSeeOther, nil},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			p := b.post(tt.path, tt.form())
			if p.status != tt.status {
				t.Fatalf("%s: %d, want %d", tt.path, p.status, tt.status)
			}
			for _, id := range tt.errors {
				if !strings.Contains(p.body, `id="`+id+`-error"`) || !strings.Contains(p.body, `href="#`+id+`"`) {
					t.Errorf("no error linked to %s", id)
				}
			}
		})
	}
	id := e.users["riec-rotterdam"].ID
	audit := e.api("GET", "/api/v1/audit?user="+id, "privacy", nil).raw + e.api("GET", "/api/v1/audit?object="+id, "privacy", nil).raw
	for _, want := range []string{`"purpose":"recent_login"`, `"purpose":"password_and_code"`, `"action":"login_failed","object_type":"user"`} {
		if !strings.Contains(audit, want) {
			t.Errorf("audit lacks %s", want)
		}
	}
}

// TestTokenAloneCannotActAsPerson: creating a token and changing the
// password take the person, not only their token (issue 10.8).
func TestTokenAloneCannotActAsPerson(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	const email = "zorg@schakel.demo"
	e.browser().login(email)
	const newPassword = "fietsen langs de oude maas"
	tests := []struct {
		rule   string
		key    string
		method string
		path   string
		body   func() map[string]any
		want   int
	}{
		{"a token alone does not make a token", "essm", "POST", "/api/v1/tokens",
			func() map[string]any { return map[string]any{"name": "gestolen", "expires_in_days": 30} }, 422},
		{"the password without the code does not make a token for a role with a second factor", "essm", "POST", "/api/v1/tokens",
			func() map[string]any {
				return map[string]any{"name": "gestolen", "expires_in_days": 30, "current": demoPassword}
			}, 422},
		{"a wrong password does not make a token", "essm", "POST", "/api/v1/tokens",
			func() map[string]any {
				return map[string]any{"name": "gestolen", "expires_in_days": 30, "current": "wrong-password-1", "code": e.code(email)}
			}, 422},
		{"the password and a code make a token", "essm", "POST", "/api/v1/tokens",
			func() map[string]any {
				return map[string]any{"name": "koppeling", "expires_in_days": 30, "current": demoPassword, "code": e.code(email)}
			}, 201},
		{"a role without a second factor makes a token with the password", "regie", "POST", "/api/v1/tokens",
			func() map[string]any {
				return map[string]any{"name": "rapportage", "expires_in_days": 30, "current": demoPassword}
			}, 201},
		{"a token alone does not change the password", "essm", "PUT", "/api/v1/me/password",
			func() map[string]any { return map[string]any{"password": "de dief kiest dit wachtwoord"} }, 422},
		{"the password without the code does not change the password for a role with a second factor", "essm", "PUT", "/api/v1/me/password",
			func() map[string]any {
				return map[string]any{"current": demoPassword, "password": "de dief kiest dit wachtwoord"}
			}, 422},
		{"the password and a code change the password", "essm", "PUT", "/api/v1/me/password",
			func() map[string]any {
				return map[string]any{"current": demoPassword, "password": newPassword, "code": e.code(email)}
			}, 200},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			if r := e.api(tt.method, tt.path, tt.key, tt.body()); r.status != tt.want {
				t.Errorf("%s %s: %d %s, want %d", tt.method, tt.path, r.status, r.raw, tt.want)
			}
		})
	}
	ctx := context.Background()
	essm := e.users["essm"]
	list, err := e.st.Tokens(ctx, essm, essm.ID)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, tk := range list {
		names = append(names, tk.Name)
	}
	if strings.Join(names, ",") != "koppeling,opdrachtregel" {
		t.Errorf("tokens of the user: %v", names)
	}
	if _, err := e.st.Authenticate(ctx, email, newPassword); err != nil {
		t.Errorf("the changed password: %v", err)
	}
	if _, err := e.st.Authenticate(ctx, email, "de dief kiest dit wachtwoord"); err == nil {
		t.Error("the token alone changed the password")
	}
	audit := e.api("GET", "/api/v1/audit?user="+essm.ID, "privacy", nil).raw
	for _, want := range []string{`"action":"token_created","object_type":"token"`, `"action":"password_set"`, `"purpose":"password_and_code"`} {
		if !strings.Contains(audit, want) {
			t.Errorf("audit lacks %s: %s", want, audit)
		}
	}
}

// TestConfirmFailuresLockTheAccount: a wrong current password given with
// a token counts towards the lockout like a failed login, on both
// endpoints, and is audited.
func TestConfirmFailuresLockTheAccount(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	regie := e.users["regie"]
	for i := range 5 {
		path, method, body := "/api/v1/tokens", "POST", map[string]any{"name": "x", "expires_in_days": 1, "current": "wrong-password-" + string(rune('a'+i))}
		if i >= 3 {
			path, method, body = "/api/v1/me/password", "PUT", map[string]any{"current": "wrong-password-" + string(rune('a'+i)), "password": "een nieuwe wachtzin hier"}
		}
		if r := e.api(method, path, "regie", body); r.status != 422 {
			t.Fatalf("attempt %d: %d %s", i, r.status, r.raw)
		}
	}
	if r := e.api("POST", "/api/v1/tokens", "regie", map[string]any{"name": "x", "expires_in_days": 1, "current": demoPassword}); r.status != 422 {
		t.Errorf("the right password while locked: %d", r.status)
	}
	if p := e.browser().post("/inloggen", url.Values{"email": {regie.Email}, "password": {demoPassword}}); p.status != http.StatusUnauthorized {
		t.Errorf("login after five wrong passwords given with a token: %d", p.status)
	}
	audit := e.api("GET", "/api/v1/audit?object="+regie.ID, "privacy", nil).raw
	if n := strings.Count(audit, `"action":"login_failed"`); n < 5 || !strings.Contains(audit, `"action":"locked"`) {
		t.Errorf("audit: %d failures, locked %v", n, strings.Contains(audit, `"action":"locked"`))
	}
}
