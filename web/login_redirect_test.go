package web_test

import (
	"html"
	"net/http"
	"net/url"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/schakel-nl/schakel/web"
)

var recoveryBackRe = regexp.MustCompile(`<a class="utrecht-button utrecht-button--primary-action" href="([^"]*)"`)

// loginBack logs in with a return address and gives where the login
// sends the browser at its end: the redirect after the password (roles
// without a second factor) or after the code, or the link on the page of
// recovery codes at the first login.
//
// A Location header that Go's client cannot even parse (a raw control
// character) is reported as such: a browser would follow it.
func (b *browser) loginBack(t *testing.T, email, back string) string {
	t.Helper()
	post := func(path string, form url.Values) (page, bool) {
		res, err := b.c.PostForm(b.e.srv.URL+path, form)
		if err != nil {
			t.Errorf("%s %s: %v", email, path, err)
			return page{}, false
		}
		return readPage(t, res), true
	}
	p, ok := post("/inloggen", url.Values{"email": {email}, "password": {demoPassword}, "terug": {back}})
	if !ok {
		return "(unparseable)"
	}
	if p.status != http.StatusSeeOther {
		t.Fatalf("login %s: %d", email, p.status)
	}
	switch p.location {
	case "/inloggen/instellen":
		p = b.get("/inloggen/instellen")
		m := secretRe.FindStringSubmatch(p.body)
		if m == nil {
			t.Fatalf("enrolment page shows no secret")
		}
		f := &factor{secret: strings.ReplaceAll(m[1], " ", "")}
		code, step := f.next()
		p = b.post("/inloggen/instellen", url.Values{"code": {code}})
		f.lastStep = step
		for _, c := range recoveryRe.FindAllStringSubmatch(p.body, -1) {
			f.recovery = append(f.recovery, c[1])
		}
		b.e.factors[email] = f
		l := recoveryBackRe.FindStringSubmatch(p.body)
		if p.status != http.StatusOK || l == nil {
			t.Fatalf("enrol %s: %d, no link onwards", email, p.status)
		}
		return html.UnescapeString(l[1])
	case "/inloggen/code":
		f := b.e.factors[email]
		code, step := f.next()
		if step == 0 {
			code, f.recovery = f.recovery[0], f.recovery[1:]
		} else {
			f.lastStep = step
		}
		if p, ok = post("/inloggen/code", url.Values{"code": {code}}); !ok {
			return "(unparseable)"
		}
		if p.status != http.StatusSeeOther {
			t.Fatalf("code %s: %d", email, p.status)
		}
	}
	return p.location
}

// TestLoginReturnAddress walks every way of logging in with return
// addresses that browsers read as another site: each ends on the start
// page, and a path of this site is kept.
func TestLoginReturnAddress(t *testing.T) {
	t.Parallel()
	idp := newTestIdP(t)
	e := newEnvWith(t, func(c *web.Config) {
		c.OIDC = []web.OIDCProvider{{Name: "politie", Issuer: idp.srv.URL, ClientID: "schakel", ClientSecret: "geheim", Organisation: "politie-avim"}}
	}, 0)
	addresses := []struct{ name, back, want string }{
		{"a tab browsers drop", "/\t/evil.example/", "/"},
		{"an encoded tab", "/%09/evil.example/", "/"},
		{"two slashes", "//evil.example/", "/"},
		{"a backslash", "/\\evil.example/", "/"},
		{"an encoded backslash", "/%5Cevil.example/", "/"},
		{"an absolute URL", "https://evil.example/", "/"},
		{"a path of this site", "/casussen", "/casussen"},
	}
	// First-time logins enrol: one AF of another municipality per address.
	var fresh []string
	for k, u := range e.users {
		if strings.HasPrefix(k, "af:") && k != "af:rotterdam" {
			fresh = append(fresh, u.Email)
		}
	}
	sort.Strings(fresh)
	e.browser().login("af@schakel.demo") // enrolled before; later logins give a code
	police := e.users["politie-avim"]
	idp.Email, idp.Subject, idp.AMR = police.Email, "sub-1", []string{"mfa"}
	for i, a := range addresses {
		t.Run(a.name, func(t *testing.T) {
			if got := e.browser().loginBack(t, "regie@schakel.demo", a.back); got != a.want {
				t.Errorf("password: ends at %q, want %q", got, a.want)
			}
			if got := e.browser().loginBack(t, "af@schakel.demo", a.back); got != a.want {
				t.Errorf("second factor: ends at %q, want %q", got, a.want)
			}
			if got := e.browser().loginBack(t, fresh[i], a.back); got != a.want {
				t.Errorf("enrolment: links on to %q, want %q", got, a.want)
			}
			b := e.browser()
			p := b.get("/inloggen/oidc/politie?terug=" + url.QueryEscape(a.back))
			res, err := b.c.Get(p.location) // the provider signs in and sends back
			if err != nil {
				t.Fatal(err)
			}
			res.Body.Close()
			if res, err = b.c.Get(res.Header.Get("Location")); err != nil {
				t.Fatalf("OpenID Connect: %v", err)
			}
			if p := readPage(t, res); p.status != http.StatusSeeOther || p.location != a.want {
				t.Errorf("OpenID Connect: ends at %d %q, want %q", p.status, p.location, a.want)
			}
			field := `name="terug" value="` + strings.TrimPrefix(a.want, "/") + `"`
			if a.want != "/" {
				field = `name="terug" value="` + a.want + `"`
			}
			if p := e.browser().get("/inloggen?terug=" + url.QueryEscape(a.back)); !strings.Contains(p.body, field) {
				t.Errorf("the login form does not carry %s", field)
			}
		})
	}
}
