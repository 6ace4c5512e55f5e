package web_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/pquerna/otp/totp"

	"github.com/schakel-nl/schakel"
	"github.com/schakel-nl/schakel/internal/schakeltest"
	"github.com/schakel-nl/schakel/sqlstore"
	"github.com/schakel-nl/schakel/web"
)

// env is a real server on a fresh database with the demo users.
type env struct {
	t       *testing.T
	st      *sqlstore.Store
	srv     *httptest.Server
	web     *web.Server
	users   map[string]*schakel.User
	tokens  map[string]string
	logs    *schakeltest.Buffer
	factors map[string]*factor
}

const demoPassword = schakeltest.Password

func newEnv(t *testing.T) *env { return newEnvWith(t, nil, 0) }

// newEnvWith is newEnv with a changed configuration; the server's public
// URL is known before the configuration is made.
func newEnvWith(t *testing.T, configure func(*web.Config), signals int) *env {
	t.Helper()
	d := schakeltest.NewDemo(t, schakeltest.Options{Seed: 3, Signals: signals})
	srv := schakeltest.Serve(t, d.Store, func(cfg *web.Config) {
		cfg.LoginAttempts = 1000 // tests log in often from one address
		if configure != nil {
			configure(cfg)
		}
	})
	return &env{t: t, st: d.Store, srv: srv.HTTP, web: srv.Web, users: d.Users, tokens: map[string]string{}, logs: srv.Logs, factors: map[string]*factor{}}
}

// token returns an API token for the demo user with key.
func (e *env) token(key string) string {
	if tok, ok := e.tokens[key]; ok {
		return tok
	}
	u := e.users[key]
	if u == nil {
		e.t.Fatalf("no demo user %q", key)
	}
	tok, err := e.st.CreateToken(context.Background(), u.ID)
	if err != nil {
		e.t.Fatal(err)
	}
	e.tokens[key] = tok
	return tok
}

type resp struct {
	status int
	body   map[string]any
	raw    string
	header http.Header
}

// api calls the JSON API as the demo user key ("" for no token); body is
// marshalled unless it is a string, which is sent as is.
func (e *env) api(method, path, key string, body any) resp {
	e.t.Helper()
	var rd io.Reader
	switch b := body.(type) {
	case nil:
	case string:
		rd = strings.NewReader(b)
	default:
		j, err := json.Marshal(b)
		if err != nil {
			e.t.Fatal(err)
		}
		rd = bytes.NewReader(j)
	}
	req, err := http.NewRequest(method, e.srv.URL+path, rd)
	if err != nil {
		e.t.Fatal(err)
	}
	if rd != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if key != "" {
		req.Header.Set("Authorization", "Bearer "+e.token(key))
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	defer res.Body.Close()
	raw, _ := io.ReadAll(res.Body)
	r := resp{status: res.StatusCode, raw: string(raw), header: res.Header}
	_ = json.Unmarshal(raw, &r.body)
	return r
}

func (r resp) str(path ...string) string {
	var v any = r.body
	for _, p := range path {
		m, ok := v.(map[string]any)
		if !ok {
			return ""
		}
		v = m[p]
	}
	s, _ := v.(string)
	return s
}

func (r resp) list(key string) []any {
	l, _ := r.body[key].([]any)
	return l
}

// fields returns the field names of a 422 problem.
func (r resp) fields() []string {
	var out []string
	for _, e := range r.list("errors") {
		out = append(out, e.(map[string]any)["field"].(string))
	}
	return out
}

func (e *env) rows(table string) int {
	n, err := e.st.DB().CountRows(context.Background(), table)
	if err != nil {
		e.t.Fatal(err)
	}
	return n
}

func validSignal() map[string]any {
	return map[string]any{
		"municipality": "rotterdam",
		"observed_on":  time.Now().In(schakel.Amsterdam).AddDate(0, 0, -2).Format("2006-01-02"),
		"forms":        []string{"sexual"},
		"indicators":   []string{"sexual.debt", "sexual.controlled_by_others"},
		"sector":       "escort",
		"acute_danger": false,
		"account":      "Jonge vrouw wordt dagelijks opgehaald en lijkt bang.",
		"reporter":     map[string]any{"name": "Mila de Melder", "organisation": "Wijkteam", "phone": "010-1234567", "email": "mila@example.org"},
		"persons": []any{
			map[string]any{"role": "victim", "name": "Zuzana Kowalczyk-Testperson", "birth_date": "2009-03-01", "estimated_age": nil, "gender": "female", "nationality": "SK", "residence_status": "lawful"},
			map[string]any{"role": "suspect", "name": "Dragan Testverdachte"},
		},
	}
}

// browser is a cookie-keeping client for the UI that does not follow
// redirects, so tests see each step.
type browser struct {
	e *env
	c *http.Client
}

func (e *env) browser() *browser {
	jar, _ := cookiejar.New(nil)
	return &browser{e: e, c: &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}}
}

type page struct {
	status   int
	body     string
	location string
}

func (b *browser) get(path string) page {
	b.e.t.Helper()
	res, err := b.c.Get(b.e.srv.URL + path)
	if err != nil {
		b.e.t.Fatal(err)
	}
	return readPage(b.e.t, res)
}

func (b *browser) post(path string, form url.Values) page {
	b.e.t.Helper()
	res, err := b.c.PostForm(b.e.srv.URL+path, form)
	if err != nil {
		b.e.t.Fatal(err)
	}
	return readPage(b.e.t, res)
}

func readPage(t *testing.T, res *http.Response) page {
	defer res.Body.Close()
	raw, _ := io.ReadAll(res.Body)
	return page{status: res.StatusCode, body: string(raw), location: res.Header.Get("Location")}
}

func (b *browser) login(email string) {
	b.e.t.Helper()
	b.loginWith(email, demoPassword)
}

// factor is what a test remembers of a user's second factor, as the user
// would: the authenticator's secret and the recovery codes.
type factor struct {
	secret   string
	lastStep int64
	recovery []string
}

var (
	secretRe   = regexp.MustCompile(`<dt>Sleutel</dt><dd><code>([A-Z2-7 ]+)</code>`)
	recoveryRe = regexp.MustCompile(`<li><code>([a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4})</code></li>`)
)

// loginWith logs in with a password and, where the role needs it, the
// second factor: enrolling an authenticator the first time, then a fresh
// code (or, when this period's codes are used up, a recovery code).
func (b *browser) loginWith(email, password string) {
	t := b.e.t
	t.Helper()
	p := b.post("/inloggen", url.Values{"email": {email}, "password": {password}})
	if p.status != http.StatusSeeOther {
		t.Fatalf("login %s: %d", email, p.status)
	}
	switch p.location {
	case "/inloggen/instellen":
		p = b.get("/inloggen/instellen")
		m := secretRe.FindStringSubmatch(p.body)
		if m == nil {
			t.Fatalf("enrolment page shows no secret: %s", p.body)
		}
		f := &factor{secret: strings.ReplaceAll(m[1], " ", "")}
		code, step := f.next()
		p = b.post("/inloggen/instellen", url.Values{"code": {code}})
		f.lastStep = step
		for _, c := range recoveryRe.FindAllStringSubmatch(p.body, -1) {
			f.recovery = append(f.recovery, c[1])
		}
		if p.status != 200 || len(f.recovery) != 10 {
			t.Fatalf("enrol %s: %d, %d recovery codes", email, p.status, len(f.recovery))
		}
		b.e.factors[email] = f
	case "/inloggen/code":
		f := b.e.factors[email]
		if f == nil {
			t.Fatalf("%s has a second factor this test does not know", email)
		}
		code, step := f.next()
		if step == 0 {
			code, f.recovery = f.recovery[0], f.recovery[1:]
		}
		p = b.post("/inloggen/code", url.Values{"code": {code}})
		if step != 0 {
			f.lastStep = step
		}
		if p.status != http.StatusSeeOther {
			t.Fatalf("code %s: %d %s", email, p.status, p.body)
		}
	default:
		if p.location != "/" {
			t.Fatalf("login %s: %d %s", email, p.status, p.location)
		}
	}
}

// next is a code the server has not seen yet within its skew, or step 0
// when none is left in this period.
func (f *factor) next() (string, int64) {
	now := time.Now().Unix() / 30
	for step := now; step <= now+1; step++ {
		if step > f.lastStep {
			c, err := totp.GenerateCode(f.secret, time.Unix(step*30, 0))
			if err != nil {
				panic(err)
			}
			return c, step
		}
	}
	return "", 0
}

// careCase is a signal of the melder that the AF of Rotterdam triaged to
// care through the API (notifying notify): its signal's and case's ids.
func (e *env) careCase(notify ...string) (string, string) {
	e.t.Helper()
	created := e.api("POST", "/api/v1/signals", "melder", validSignal())
	tr := e.api("POST", "/api/v1/signals/"+created.str("id")+"/triage", "af:rotterdam",
		map[string]any{"route": "care", "notify": append([]string{}, notify...), "rationale": "Zorg nodig."})
	if tr.status != 200 || tr.str("case_id") == "" {
		e.t.Fatalf("triage: %d %s", tr.status, tr.raw)
	}
	return created.str("id"), tr.str("case_id")
}
