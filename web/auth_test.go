package web_test

import (
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/pquerna/otp/totp"

	"github.com/schakel-nl/schakel/web"
)

func sessionCookie(b *browser) string {
	u, _ := url.Parse(b.e.srv.URL)
	for _, c := range b.c.Jar.Cookies(u) {
		if c.Name == "schakel_session" {
			return c.Value
		}
	}
	return ""
}

func TestUISecondFactorFlow(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	// The beleidsregisseur sees no personal data: password only.
	rb := e.browser()
	if p := rb.post("/inloggen", url.Values{"email": {"regie@schakel.demo"}, "password": {demoPassword}}); p.status != http.StatusSeeOther || p.location != "/" {
		t.Fatalf("beleidsregisseur: %d %s", p.status, p.location)
	}
	b := e.browser()
	b.get("/inloggen")
	before := sessionCookie(b)
	p := b.post("/inloggen", url.Values{"email": {"af@schakel.demo"}, "password": {demoPassword}})
	if p.location != "/inloggen/instellen" {
		t.Fatalf("first login of the AF goes to %s", p.location)
	}
	if b.get("/").status != http.StatusSeeOther {
		t.Fatal("a password alone gives a session")
	}
	p = b.get("/inloggen/instellen")
	m := secretRe.FindStringSubmatch(p.body)
	if p.status != 200 || m == nil || !strings.Contains(p.body, `src="/inloggen/instellen/qr.png"`) {
		t.Fatalf("enrolment page: %d", p.status)
	}
	res, err := b.c.Get(e.srv.URL + "/inloggen/instellen/qr.png")
	if err != nil || res.Header.Get("Content-Type") != "image/png" || res.StatusCode != 200 {
		t.Fatalf("QR code: %v %v", err, res.Header)
	}
	res.Body.Close()
	p = b.post("/inloggen/instellen", url.Values{"code": {"000000"}})
	if p.status != 422 || !strings.Contains(p.body, `id="f-code-error"`) || !strings.Contains(p.body, `aria-describedby="f-code-error"`) {
		t.Fatalf("wrong enrolment code: %d", p.status)
	}
	secret := strings.ReplaceAll(m[1], " ", "")
	code, _ := totp.GenerateCode(secret, time.Now())
	p = b.post("/inloggen/instellen", url.Values{"code": {code}})
	codes := recoveryRe.FindAllStringSubmatch(p.body, -1)
	if p.status != 200 || len(codes) != 10 {
		t.Fatalf("recovery codes shown: %d %d", p.status, len(codes))
	}
	if after := sessionCookie(b); after == before || after == "" {
		t.Error("ASVS 3.2.1: the session id was not renewed at login")
	}
	if !strings.Contains(b.get("/").body, "Welkom, Anna Aandacht") {
		t.Fatal("not logged in after enrolment")
	}
	b.post("/uitloggen", nil)
	p = b.post("/inloggen", url.Values{"email": {"af@schakel.demo"}, "password": {demoPassword}})
	if p.location != "/inloggen/code" {
		t.Fatalf("second login goes to %s", p.location)
	}
	if p := b.post("/inloggen/code", url.Values{"code": {code}}); p.status != http.StatusUnauthorized || !strings.Contains(p.body, "al gebruikt") {
		t.Errorf("a used code: %d", p.status)
	}
	if p := b.post("/inloggen/code", url.Values{"code": {codes[0][1]}}); p.status != http.StatusSeeOther || p.location != "/" {
		t.Fatalf("recovery code: %d %s", p.status, p.location)
	}
	// The account page shows the second factor and nine codes left.
	if p := b.get("/account"); !strings.Contains(p.body, "nog 9 ongebruikte herstelcodes") {
		t.Errorf("account page: %s", p.body)
	}
}

// TestUIRightsChangeEndsSession: ASVS 3.3.3 — a change of rights takes
// effect on the user's very next request.
func TestUIRightsChangeEndsSession(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	b := e.browser()
	b.login("af@schakel.demo")
	if b.get("/").status != 200 {
		t.Fatal("not logged in")
	}
	tok := e.token("af:rotterdam")
	af := e.users["af:rotterdam"]
	r := e.api("PUT", "/api/v1/users/"+af.ID, "beheer", map[string]any{"name": af.Name, "role": af.Role, "organisation": af.Org,
		"municipalities": []string{"rotterdam", "schiedam"}, "active": true})
	if r.status != 200 {
		t.Fatalf("update: %d %s", r.status, r.raw)
	}
	if p := b.get("/"); p.status != http.StatusSeeOther || !strings.HasPrefix(p.location, "/inloggen") {
		t.Fatalf("session after the change: %d %s", p.status, p.location)
	}
	req, _ := http.NewRequest("GET", e.srv.URL+"/api/v1/me", nil)
	req.Header.Set("Authorization", "Bearer "+tok)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != 401 {
		t.Errorf("token after the change: %d", res.StatusCode)
	}
	// Blocked users are out at once, through the UI too.
	mb := e.browser()
	mb.login("melder@schakel.demo")
	m := e.users["melder"]
	p := mb.post("/beheer/gebruikers/"+m.ID+"/wijzigen", url.Values{}) // not the beheerder: not found
	if p.status != 403 && p.status != 404 {
		t.Errorf("melder edits a user: %d", p.status)
	}
	ab := e.browser()
	ab.login("beheer@schakel.demo")
	if p := ab.get("/beheer/gebruikers/" + m.ID); p.status != 200 || !strings.Contains(p.body, m.Name) {
		t.Fatalf("user page: %d %s", p.status, e.logs.String())
	}
	p = ab.post("/beheer/gebruikers/"+m.ID+"/wijzigen", url.Values{"name": {m.Name}, "role": {string(m.Role)}, "organisation": {m.Org}})
	if p.status != http.StatusSeeOther {
		t.Fatalf("block: %d %s", p.status, p.body)
	}
	if p := mb.get("/"); p.status != http.StatusSeeOther {
		t.Errorf("a blocked user's session: %d", p.status)
	}
	if p := ab.post("/beheer/gebruikers/"+m.ID+"/inloggegevens", url.Values{"second_factor": {"1"}}); p.status != 200 || !strings.Contains(p.body, `class="enrolment-link"`) {
		t.Errorf("reset second factor: %d", p.status)
	}
}

func TestLoginThrottle(t *testing.T) {
	t.Parallel()
	e := newEnvWith(t, func(c *web.Config) { c.LoginAttempts = 3 }, 0)
	b := e.browser()
	for i := range 3 {
		if p := b.post("/inloggen", url.Values{"email": {"x@schakel.demo"}, "password": {"wrong-password-1"}}); p.status != 401 {
			t.Fatalf("attempt %d: %d", i, p.status)
		}
	}
	if p := b.post("/inloggen", url.Values{"email": {"af@schakel.demo"}, "password": {demoPassword}}); p.status != http.StatusTooManyRequests || !strings.Contains(p.body, "Te veel inlogpogingen") {
		t.Errorf("fourth attempt from one address: %d", p.status)
	}
}

// TestNoUserEnumeration: ASVS 2.2.1/3.2 — an unknown address gets the same
// answer as a wrong password, in about the same time (the password hash
// is computed either way; without that an unknown address would answer
// some thirty times faster).
func TestNoUserEnumeration(t *testing.T) {
	e := newEnv(t)
	b := e.browser()
	// The two addresses are tried in turn, so that a change of load on
	// the machine during the test weighs on both alike.
	try := func(email string) (time.Duration, string) {
		start := time.Now()
		p := b.post("/inloggen", url.Values{"email": {email}, "password": {"wrong-password-1"}})
		return time.Since(start), p.body
	}
	var kds, uds []time.Duration
	var kb, ub string
	for range 7 {
		var d time.Duration
		d, kb = try("af@schakel.demo")
		kds = append(kds, d)
		d, ub = try("niemand@schakel.demo")
		uds = append(uds, d)
	}
	slices.Sort(kds)
	slices.Sort(uds)
	known, unknown := kds[3], uds[3]
	if strings.ReplaceAll(kb, "af@schakel.demo", "") != strings.ReplaceAll(ub, "niemand@schakel.demo", "") {
		t.Error("the answers differ")
	}
	t.Logf("median login answer: known address %v, unknown %v", known, unknown)
	if unknown < known/3 {
		t.Errorf("an unknown address answers in %v, a known one in %v: the difference tells who has an account", unknown, known)
	}
}

func TestSecurityHeadersAndCookies(t *testing.T) {
	t.Parallel()
	e := newEnvWith(t, func(c *web.Config) { c.SecureCookies = true }, 0)
	res, err := http.Get(e.srv.URL + "/inloggen")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	h := res.Header
	csp := h.Get("Content-Security-Policy")
	for name, ok := range map[string]bool{
		"CSP without unsafe-inline": csp != "" && !strings.Contains(csp, "unsafe-inline"),
		"frame-ancestors 'none'":    strings.Contains(csp, "frame-ancestors 'none'"),
		"HSTS behind TLS":           strings.Contains(h.Get("Strict-Transport-Security"), "max-age="),
		"Referrer-Policy":           h.Get("Referrer-Policy") == "no-referrer",
		"Permissions-Policy":        strings.Contains(h.Get("Permissions-Policy"), "camera=()"),
		"nosniff":                   h.Get("X-Content-Type-Options") == "nosniff",
		"no caching of pages":       h.Get("Cache-Control") == "no-store",
	} {
		if !ok {
			t.Errorf("%s: %v", name, h)
		}
	}
	b := e.browser()
	res, err = b.c.PostForm(e.srv.URL+"/inloggen", url.Values{"email": {"regie@schakel.demo"}, "password": {demoPassword}})
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	var found bool
	for _, c := range res.Cookies() {
		if c.Name == "schakel_session" {
			found = true
			if !c.HttpOnly || !c.Secure || c.SameSite != http.SameSiteLaxMode {
				t.Errorf("session cookie flags: %+v", c)
			}
		}
	}
	if !found {
		t.Error("no session cookie")
	}
	plain := newEnv(t)
	res, _ = http.Get(plain.srv.URL + "/inloggen")
	res.Body.Close()
	if res.Header.Get("Strict-Transport-Security") != "" {
		t.Error("HSTS over plain HTTP")
	}
}

func TestAPITokens(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.browser().login("zorg@schakel.demo")
	r := e.api("POST", "/api/v1/tokens", "essm", map[string]any{"name": "koppeling zorgsysteem", "expires_in_days": 30, "current": demoPassword, "code": e.code("zorg@schakel.demo")})
	tok := r.str("token")
	if r.status != 201 || !strings.HasPrefix(tok, "sk_") || r.str("info", "id") == "" {
		t.Fatalf("create: %d %s", r.status, r.raw)
	}
	id := r.str("info", "id")
	for _, bad := range []map[string]any{{"name": "", "expires_in_days": 30}, {"name": "x", "expires_in_days": 0}, {"name": "x", "expires_in_days": 999}} {
		if r := e.api("POST", "/api/v1/tokens", "essm", bad); r.status != 422 {
			t.Errorf("bad token %v: %d", bad, r.status)
		}
	}
	r = e.api("GET", "/api/v1/tokens", "essm", nil)
	if r.status != 200 || !strings.Contains(r.raw, "koppeling zorgsysteem") || strings.Contains(r.raw, tok) {
		t.Errorf("list: %d %s", r.status, r.raw)
	}
	owner := e.users["essm"]
	if r := e.api("GET", "/api/v1/users/"+owner.ID+"/tokens", "beheer", nil); r.status != 200 || !strings.Contains(r.raw, id) {
		t.Errorf("beheerder's list: %d %s", r.status, r.raw)
	}
	if r := e.api("GET", "/api/v1/users/"+owner.ID+"/tokens", "melder", nil); r.status != 403 {
		t.Errorf("melder lists another's tokens: %d", r.status)
	}
	if r := e.api("DELETE", "/api/v1/tokens/"+id, "melder", nil); r.status != 404 {
		t.Errorf("melder revokes another's token: %d", r.status)
	}
	if r := e.api("DELETE", "/api/v1/users/"+owner.ID+"/tokens/"+id, "beheer", nil); r.status != 200 {
		t.Fatalf("beheerder revokes: %d %s", r.status, r.raw)
	}
	req, _ := http.NewRequest("GET", e.srv.URL+"/api/v1/me", nil)
	req.Header.Set("Authorization", "Bearer "+tok)
	res, _ := http.DefaultClient.Do(req)
	res.Body.Close()
	if res.StatusCode != 401 {
		t.Errorf("revoked token: %d", res.StatusCode)
	}
	// Passwords through the API.
	if r := e.api("PUT", "/api/v1/me/password", "essm", map[string]any{"password": "x"}); r.status != 422 || !slices.Contains(r.fields(), "current") || !slices.Contains(r.fields(), "password") {
		t.Errorf("bad password change: %d %s", r.status, r.raw)
	}
	if r := e.api("PUT", "/api/v1/me/password", "essm", map[string]any{"current": demoPassword, "password": "fietsen langs de maas", "code": e.code("zorg@schakel.demo")}); r.status != 200 {
		t.Errorf("password change: %d %s", r.status, r.raw)
	}
	if r := e.api("POST", "/api/v1/users/"+owner.ID+"/second-factor/reset", "beheer", nil); r.status != 200 || !strings.Contains(r.str("enrolment", "url"), "/inschrijven/") {
		t.Errorf("reset second factor: %d %s", r.status, r.raw)
	}
	if r := e.api("PUT", "/api/v1/users/nope", "beheer", map[string]any{"name": "x", "role": "melder", "organisation": "essm", "active": true}); r.status != 404 {
		t.Errorf("update of an unknown user: %d", r.status)
	}
}

func TestUIAccountTokens(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	b := e.browser()
	b.login("riec@schakel.demo")
	p := b.post("/account/tokens", url.Values{"name": {""}, "days": {"9999"}})
	if p.status != 422 || !strings.Contains(p.body, `id="f-name-error"`) || !strings.Contains(p.body, `id="f-days-error"`) {
		t.Fatalf("bad token form: %d", p.status)
	}
	p = b.post("/account/tokens", url.Values{"name": {"rapportage"}, "days": {"30"}})
	if p.status != 201 || !strings.Contains(p.body, "sk_") || !strings.Contains(p.body, "rapportage") {
		t.Fatalf("token created: %d", p.status)
	}
	list, err := e.st.Tokens(t.Context(), e.users["riec-rotterdam"], e.users["riec-rotterdam"].ID)
	if err != nil || len(list) != 1 {
		t.Fatalf("tokens: %v %v", list, err)
	}
	if p := b.post("/account/tokens/"+list[0].ID+"/intrekken", nil); p.status != http.StatusSeeOther {
		t.Errorf("revoke: %d", p.status)
	}
	if p := b.get("/account"); !strings.Contains(p.body, "ingetrokken") {
		t.Error("the revoked token is not shown as such")
	}
	p = b.post("/account/wachtwoord", url.Values{"current": {demoPassword}, "password": {"qazwsxedcrfv"}})
	if p.status != 422 || !strings.Contains(p.body, "uitgelekte") {
		t.Errorf("breached password: %d", p.status)
	}
	other := e.browser()
	other.login("riec@schakel.demo")
	p = b.post("/account/wachtwoord", url.Values{"current": {demoPassword}, "password": {"een zin voor de analist"}})
	if p.status != http.StatusSeeOther {
		t.Fatalf("password change: %d %s", p.status, p.body)
	}
	if b.get("/").status != 200 {
		t.Error("the session that changed the password ended")
	}
	if other.get("/").status != http.StatusSeeOther {
		t.Error("another session survived the password change")
	}
}
