package web_test

import (
	"context"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/pquerna/otp/totp"
)

// Issue 10, point 7: the beheerder cannot take over an account.

var linkRe = regexp.MustCompile(`/inschrijven/([a-z2-7]{40,})`)

// linkPath finds the path of an enrolment link in an answer.
func linkPath(t *testing.T, body string) string {
	t.Helper()
	m := linkRe.FindStringSubmatch(body)
	if m == nil {
		t.Fatalf("no enrolment link in the answer: %.600s", body)
	}
	return "/inschrijven/" + m[1]
}

// tryLogin reports whether email and password give a working session to
// someone who holds nothing else of the user: no authenticator, no
// recovery code. Enrolling a new authenticator at the login counts: that
// is how an account was taken over.
func tryLogin(e *env, email, password string) bool {
	e.t.Helper()
	b := e.browser()
	p := b.post("/inloggen", url.Values{"email": {email}, "password": {password}})
	if p.status != http.StatusSeeOther {
		return false
	}
	switch p.location {
	case "/":
	case "/inloggen/instellen":
		p = b.get("/inloggen/instellen")
		m := secretRe.FindStringSubmatch(p.body)
		if m == nil {
			return false
		}
		code, _ := totp.GenerateCode(strings.ReplaceAll(m[1], " ", ""), time.Now())
		b.post("/inloggen/instellen", url.Values{"code": {code}})
	default:
		return false
	}
	return b.get("/").status == http.StatusOK
}

// TestBeheerderCannotTakeOverAccount: the beheerder has no case content,
// so no path may give them a working login as another user (issue 10.7).
// Each row is one thing the beheerder tries; after it, nothing the
// beheerder chose or knows logs in as that user.
func TestBeheerderCannotTakeOverAccount(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	admin := e.browser()
	admin.login("beheer@schakel.demo")
	const chosen = "de beheerder koos dit wachtwoord"
	tests := []struct {
		rule string
		// attempt does what the beheerder tries and returns the address
		// and the passwords the beheerder then logs in with.
		attempt func(t *testing.T) (string, []string)
	}{
		{"the API sets no password for another user", func(t *testing.T) (string, []string) {
			u := e.users["af:dordrecht"]
			if r := e.api("PUT", "/api/v1/users/"+u.ID+"/password", "beheer", map[string]any{"password": chosen}); r.status < 400 {
				t.Errorf("PUT password: %d", r.status)
			}
			return u.Email, []string{chosen}
		}},
		{"the UI sets no password for another user", func(t *testing.T) (string, []string) {
			u := e.users["af:schiedam"]
			if p := admin.post("/beheer/gebruikers/"+u.ID+"/wachtwoord", url.Values{"password": {chosen}}); p.status < 400 {
				t.Errorf("POST wachtwoord: %d", p.status)
			}
			return u.Email, []string{chosen}
		}},
		{"a user made through the API has no password the beheerder chose", func(t *testing.T) (string, []string) {
			e.api("POST", "/api/v1/users", "beheer", map[string]any{"name": "Nieuwe Analist", "email": "analist@example.org", "role": "riec", "organisation": "riec-rotterdam", "password": chosen})
			return "analist@example.org", []string{chosen}
		}},
		{"a user made through the UI has no password the beheerder chose", func(t *testing.T) (string, []string) {
			admin.post("/beheer/gebruikers", url.Values{"name": {"Nieuwe AF"}, "email": {"nieuw-af@example.org"}, "role": {"aandachtsfunctionaris"}, "organisation": {"gemeente-schiedam"}, "password": {chosen}})
			return "nieuw-af@example.org", []string{chosen}
		}},
		{"after a second-factor reset a known password does not enrol a new authenticator at the login", func(t *testing.T) (string, []string) {
			victim := e.browser()
			victim.login("af-vlaardingen@schakel.demo")
			u := e.users["af:vlaardingen"]
			if r := e.api("POST", "/api/v1/users/"+u.ID+"/second-factor/reset", "beheer", nil); r.status != 200 {
				t.Errorf("reset: %d %s", r.status, r.raw)
			}
			return u.Email, []string{demoPassword}
		}},
		{"the link of a second-factor reset needs the user's own password, which the beheerder does not know", func(t *testing.T) (string, []string) {
			victim := e.browser()
			victim.login("af-maassluis@schakel.demo")
			own := "alleen de gebruiker kent deze zin"
			if p := victim.post("/account/wachtwoord", url.Values{"current": {demoPassword}, "password": {own}}); p.status != http.StatusSeeOther {
				t.Fatalf("own password: %d", p.status)
			}
			u := e.users["af:maassluis"]
			r := e.api("POST", "/api/v1/users/"+u.ID+"/credentials/reset", "beheer", map[string]any{"second_factor": true})
			link := linkPath(t, r.raw)
			p := admin.get(link)
			m := secretRe.FindStringSubmatch(p.body)
			if m == nil {
				t.Fatalf("link page: %d", p.status)
			}
			code, _ := totp.GenerateCode(strings.ReplaceAll(m[1], " ", ""), time.Now())
			for _, guess := range []string{demoPassword, chosen} {
				if p := admin.post(link, url.Values{"current": {guess}, "code": {code}}); p.status != http.StatusUnprocessableEntity {
					t.Errorf("link with a guessed password: %d", p.status)
				}
			}
			return u.Email, []string{demoPassword, chosen}
		}},
		{"the link of a password reset needs a code of the user's own authenticator", func(t *testing.T) (string, []string) {
			victim := e.browser()
			victim.login("af-ridderkerk@schakel.demo")
			u := e.users["af:ridderkerk"]
			r := e.api("POST", "/api/v1/users/"+u.ID+"/credentials/reset", "beheer", map[string]any{"password": true})
			link := linkPath(t, r.raw)
			if p := admin.post(link, url.Values{"password": {chosen}, "code": {"123456"}}); p.status != http.StatusUnprocessableEntity {
				t.Errorf("link with a guessed code: %d", p.status)
			}
			return u.Email, []string{demoPassword, chosen}
		}},
		{"a full reset answers with a link and no password, and the old password stops working", func(t *testing.T) (string, []string) {
			u := e.users["af:barendrecht"]
			r := e.api("POST", "/api/v1/users/"+u.ID+"/credentials/reset", "beheer", map[string]any{"password": true, "second_factor": true})
			en, _ := r.body["enrolment"].(map[string]any)
			if r.status != 200 || len(en) != 4 || en["password"] != true || en["second_factor"] != true {
				t.Errorf("reset answer: %d %s", r.status, r.raw)
			}
			return u.Email, []string{demoPassword, chosen}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			email, passwords := tt.attempt(t)
			for _, pw := range passwords {
				if tryLogin(e, email, pw) {
					t.Errorf("the beheerder logs in as %s with %q", email, pw)
				}
			}
		})
	}
}

// TestCredentialReset walks a reset through the API: sessions and tokens
// end at once, the reset is audited without the link, the link works once,
// a newer one replaces it, and the user is told at the next login.
func TestCredentialReset(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	const email = "af@schakel.demo"
	u, admin := e.users["af:rotterdam"], e.users["beheer"]
	victim := e.browser()
	victim.login(email)
	e.token("af:rotterdam") // made before the reset
	first := e.api("POST", "/api/v1/users/"+u.ID+"/credentials/reset", "beheer", map[string]any{"password": true, "second_factor": true})
	if first.status != 200 {
		t.Fatalf("reset: %d %s", first.status, first.raw)
	}
	r := e.api("POST", "/api/v1/users/"+u.ID+"/credentials/reset", "beheer", map[string]any{"password": true, "second_factor": true})
	link, superseded := linkPath(t, r.raw), linkPath(t, first.raw)
	if p := victim.get("/"); p.status != http.StatusSeeOther {
		t.Errorf("a session survived the reset: %d", p.status)
	}
	if r := e.api("GET", "/api/v1/me", "af:rotterdam", nil); r.status != 401 {
		t.Errorf("a token survived the reset: %d", r.status)
	}
	for _, who := range []string{"melder", "af:rotterdam", "privacy"} {
		if r := e.api("POST", "/api/v1/users/"+e.users["essm"].ID+"/credentials/reset", who, map[string]any{"password": true}); r.status != 403 && r.status != 401 {
			t.Errorf("%s resets credentials: %d", who, r.status)
		}
	}
	audit := e.api("GET", "/api/v1/audit?object="+u.ID, "privacy", nil)
	if !strings.Contains(audit.raw, `"action":"credentials_reset"`) || !strings.Contains(audit.raw, `"user_id":"`+admin.ID+`"`) || !strings.Contains(audit.raw, `"purpose":"password,second_factor"`) {
		t.Errorf("no audit line of who reset whom: %s", audit.raw)
	}
	token := strings.TrimPrefix(link, "/inschrijven/")
	if strings.Contains(audit.raw, token) || strings.Contains(e.logs.String(), token) {
		t.Error("the link is in the audit trail or the logs")
	}
	if n := e.rows("enrolments"); n != 1 {
		t.Errorf("%d open links, want 1", n)
	}

	// The user opens the link.
	b := e.browser()
	if p := b.get(superseded); p.status != http.StatusNotFound || !strings.Contains(p.body, "vervangen door een nieuwere") {
		t.Errorf("a replaced link: %d", p.status)
	}
	p := b.get(link)
	m := secretRe.FindStringSubmatch(p.body)
	if p.status != 200 || m == nil || !strings.Contains(p.body, u.Name) {
		t.Fatalf("link page: %d", p.status)
	}
	secret := strings.ReplaceAll(m[1], " ", "")
	const newPassword = "mijn eigen nieuwe wachtzin"
	if p := b.post(link, url.Values{"password": {"kort"}, "code": {"000000"}}); p.status != 422 || !strings.Contains(p.body, `id="f-password-error"`) || !strings.Contains(p.body, `id="f-code-error"`) {
		t.Errorf("bad enrolment: %d", p.status)
	}
	code, _ := totp.GenerateCode(secret, time.Now())
	p = b.post(link, url.Values{"password": {newPassword}, "code": {code}})
	codes := recoveryRe.FindAllStringSubmatch(p.body, -1)
	if p.status != 200 || len(codes) != 10 {
		t.Fatalf("enrolment: %d %d recovery codes", p.status, len(codes))
	}
	if !strings.Contains(p.body, "Bea Beheer (beheerder) heeft op") {
		t.Error("the user is not told who reset their credentials")
	}
	if p := b.get("/"); p.status != 200 || !strings.Contains(p.body, "Welkom, Anna Aandacht") {
		t.Fatalf("not logged in after the link: %d", p.status)
	}
	if p := e.browser().get(link); p.status != http.StatusNotFound {
		t.Errorf("the link works twice: %d", p.status)
	}
	if p := e.browser().post(link, url.Values{"password": {"nog een andere wachtzin"}, "code": {code}}); p.status != http.StatusNotFound {
		t.Errorf("the link is accepted twice: %d", p.status)
	}
	if tryLogin(e, email, demoPassword) {
		t.Error("the old password still works")
	}
	// The next login shows no notice again; the account page keeps it.
	b.post("/uitloggen", nil)
	e.factors[email] = &factor{secret: secret, lastStep: time.Now().Unix() / 30}
	for _, c := range codes {
		e.factors[email].recovery = append(e.factors[email].recovery, c[1])
	}
	b.loginWith(email, newPassword)
	if p := b.get("/"); strings.Contains(p.body, "heeft op") {
		t.Error("the notice is shown at every login")
	}
	if p := b.get("/account"); !strings.Contains(p.body, "laatst teruggezet op") || !strings.Contains(p.body, "Bea Beheer") {
		t.Error("the account page does not show the last reset")
	}
	audit = e.api("GET", "/api/v1/audit?object="+u.ID, "privacy", nil)
	if !strings.Contains(audit.raw, `"action":"credentials_enrolled"`) {
		t.Errorf("the enrolment is not audited: %s", audit.raw)
	}
}

// TestUIAdminCredentials: the beheerder's pages ask for no password, and
// make a link shown once.
func TestUIAdminCredentials(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	b := e.browser()
	b.login("beheer@schakel.demo")
	u := e.users["essm"]
	for _, path := range []string{"/beheer/gebruikers", "/beheer/gebruikers/" + u.ID} {
		if p := b.get(path); p.status != 200 || strings.Contains(p.body, `type="password"`) {
			t.Errorf("%s asks the beheerder for a password: %d", path, p.status)
		}
	}
	p := b.post("/beheer/gebruikers/"+u.ID+"/inloggegevens", url.Values{})
	if p.status != 422 || !strings.Contains(p.body, `id="f-reset-error"`) || !strings.Contains(p.body, `href="#f-password"`) {
		t.Errorf("a reset of nothing: %d", p.status)
	}
	p = b.post("/beheer/gebruikers/"+u.ID+"/inloggegevens", url.Values{"password": {"1"}, "second_factor": {"1"}})
	if p.status != 200 || !strings.Contains(p.body, `class="enrolment-link"`) {
		t.Fatalf("reset: %d", p.status)
	}
	link := linkPath(t, p.body)
	if p := b.get("/beheer/gebruikers/" + u.ID); strings.Contains(p.body, link) || !strings.Contains(p.body, "inschrijflink open tot") {
		t.Error("the link is shown again, or its being open is not")
	}
	p = b.post("/beheer/gebruikers", url.Values{"name": {"Nieuwe Partner"}, "email": {"partner2@example.org"}, "role": {"partner"}, "organisation": {"kmar"}})
	if p.status != http.StatusCreated || !strings.Contains(p.body, `class="enrolment-link"`) {
		t.Fatalf("create user: %d", p.status)
	}
	// The new user sets a password and an authenticator, and is in.
	nb := e.browser()
	link = linkPath(t, p.body)
	p = nb.get(link)
	m := secretRe.FindStringSubmatch(p.body)
	if m == nil {
		t.Fatalf("link page of a new user: %d", p.status)
	}
	code, _ := totp.GenerateCode(strings.ReplaceAll(m[1], " ", ""), time.Now())
	if p := nb.post(link, url.Values{"password": {"wandelen door de duinen"}, "code": {code}}); p.status != 200 {
		t.Fatalf("enrolment of a new user: %d", p.status)
	}
	if p := nb.get("/"); !strings.Contains(p.body, "Welkom, Nieuwe Partner") {
		t.Error("the new user is not logged in")
	}
	if _, err := e.st.Authenticate(context.Background(), "partner2@example.org", "wandelen door de duinen"); err != nil {
		t.Errorf("the new password: %v", err)
	}
}
