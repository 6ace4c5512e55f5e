package web_test

import (
	"context"
	_ "embed"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/pquerna/otp/totp"
)

// The browser walk: a real Chromium (Debian's package, installed by
// scripts/test.sh) driven through chromedp against a real server, clicking
// and typing as people do, with axe-core checking every page it visits in
// the state it visits it, screenshots of the main pages at desktop and
// phone width, and the navigation timings of each page in the test log.

//go:embed testdata/axe.min.js
var axeSource string

// chromium finds the browser: SCHAKEL_CHROMIUM, or Debian's. When it is
// missing the walk fails under CI (scripts/test.sh installs it) and is
// skipped elsewhere with a note.
func chromium(t *testing.T) string {
	for _, p := range []string{os.Getenv("SCHAKEL_CHROMIUM"), "/usr/lib/chromium/chromium", "/usr/bin/chromium", "/usr/bin/chromium-browser"} {
		if p == "" {
			continue
		}
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	if p, err := exec.LookPath("chromium"); err == nil {
		return p
	}
	if os.Getenv("CI") != "" || os.Getenv("SCHAKEL_BROWSER_TESTS") == "required" {
		t.Fatal("Chromium is missing: scripts/test.sh installs it (apt-get install chromium)")
	}
	t.Skip("Chromium is missing; scripts/test.sh installs it and runs this walk")
	return ""
}

// screenshotDir is where the walk saves its pictures (README: docs/screenshots).
func screenshotDir(t *testing.T) string {
	if d := os.Getenv("SCHAKEL_SCREENSHOTS"); d != "" {
		return d
	}
	return filepath.Join("..", "docs", "screenshots")
}

type walk struct {
	t       *testing.T
	e       *env
	browser context.Context
	mu      sync.Mutex
	serious []string
	shots   string
}

func newWalk(t *testing.T, e *env) *walk {
	path := chromium(t)
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(path), chromedp.NoSandbox,
		chromedp.Flag("disable-dev-shm-usage", true), chromedp.WindowSize(1366, 768), chromedp.Flag("lang", "nl-NL"))
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	browser, cancelBrowser := chromedp.NewContext(alloc)
	if err := chromedp.Do(browser); err != nil {
		t.Fatalf("start Chromium: %v", err)
	}
	t.Cleanup(func() { cancelBrowser(); cancelAlloc() })
	w := &walk{t: t, e: e, browser: browser, shots: screenshotDir(t)}
	if err := os.MkdirAll(w.shots, 0o755); err != nil {
		t.Fatal(err)
	}
	return w
}

// person is one role at one browser: its own cookies and cache.
type person struct {
	w     *walk
	name  string
	email string
	ctx   context.Context
}

func (w *walk) person(name, email string) *person {
	ctx, cancel := chromedp.NewContext(w.browser, chromedp.WithNewBrowserContext())
	w.t.Cleanup(cancel)
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(1366, 768)); err != nil {
		w.t.Fatal(err)
	}
	return &person{w: w, name: name, email: email, ctx: ctx}
}

func (p *person) do(actions ...chromedp.Action[chromedp.Void]) {
	p.w.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, 20*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		p.w.t.Fatalf("%s: %v (at %s)", p.name, err, p.url())
	}
}

func (p *person) url() string {
	u, _ := chromedp.Run(p.ctx, chromedp.Location())
	return strings.TrimPrefix(u, p.w.e.srv.URL)
}

func (p *person) body() string {
	s, err := chromedp.Run(p.ctx, chromedp.Evaluate[string](`document.body.innerText`))
	if err != nil {
		p.w.t.Fatalf("%s: read page: %v", p.name, err)
	}
	return s
}

func (p *person) html() string {
	s, err := chromedp.Run(p.ctx, chromedp.Evaluate[string](`document.documentElement.outerHTML`))
	if err != nil {
		p.w.t.Fatalf("%s: read page: %v", p.name, err)
	}
	return s
}

// open goes to path as a person would follow a link, and checks the page.
func (p *person) open(path, state string) {
	p.w.t.Helper()
	p.do(chromedp.Navigate(p.w.e.srv.URL + path))
	p.check(state)
}

// submit clicks a button that sends a form and waits for the next page.
func (p *person) submit(sel, state string) {
	p.w.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, 20*time.Second)
	defer cancel()
	if _, err := chromedp.RunResponse(ctx, chromedp.Click(chromedp.CSS(sel))); err != nil {
		p.w.t.Fatalf("%s: submit %s: %v (at %s)", p.name, sel, err, p.url())
	}
	p.check(state)
}

func (p *person) typeInto(sel, text string) {
	p.w.t.Helper()
	p.do(chromedp.SendKeys(chromedp.CSS(sel), text))
}

func (p *person) choose(sel, value string) {
	p.w.t.Helper()
	p.do(chromedp.SetValue(chromedp.CSS(sel), value))
}

func (p *person) click(sel string) {
	p.w.t.Helper()
	p.do(chromedp.Click(chromedp.CSS(sel)))
}

func (p *person) see(want ...string) {
	p.w.t.Helper()
	body := p.body()
	for _, s := range want {
		if !strings.Contains(body, s) {
			p.w.t.Fatalf("%s at %s does not see %q:\n%s", p.name, p.url(), s, body)
		}
	}
}

type axeResult struct {
	Violations []struct {
		ID     string `json:"id"`
		Impact string `json:"impact"`
		Help   string `json:"help"`
		Nodes  []struct {
			Target []any `json:"target"`
		} `json:"nodes"`
	} `json:"violations"`
}

type navTiming struct {
	TTFB  float64 `json:"ttfb"`
	DCL   float64 `json:"dcl"`
	Load  float64 `json:"load"`
	Bytes float64 `json:"bytes"`
}

// check runs axe-core against the WCAG 2.1 A and AA rules on the page as
// it is, fails on serious and critical violations and logs the rest, and
// logs how long the page took.
func (p *person) check(state string) {
	t := p.w.t
	t.Helper()
	res := p.axe()
	where := fmt.Sprintf("%s, %s (%s)", p.url(), state, p.name)
	for _, v := range res.Violations {
		line := fmt.Sprintf("axe %s [%s] %s: %s %v", v.Impact, v.ID, where, v.Help, v.Nodes)
		if v.Impact == "serious" || v.Impact == "critical" {
			p.w.mu.Lock()
			p.w.serious = append(p.w.serious, line)
			p.w.mu.Unlock()
			t.Error(line)
		} else {
			t.Log(line)
		}
	}
	tm, err := chromedp.Run(p.ctx, chromedp.Evaluate[navTiming](`(() => { const n = performance.getEntriesByType("navigation")[0];
		return n ? {ttfb: n.responseStart - n.startTime, dcl: n.domContentLoadedEventEnd - n.startTime, load: n.loadEventEnd - n.startTime, bytes: n.transferSize} : {} })()`))
	if err == nil && tm.Load > 0 {
		t.Logf("timing %-40s first byte %5.0f ms, usable (DOMContentLoaded) %5.0f ms, loaded %5.0f ms, %6.0f bytes", p.url(), tm.TTFB, tm.DCL, tm.Load, tm.Bytes)
	}
}

// axe runs axe-core (embedded, injected into the page) with the WCAG 2.1
// A and AA rules.
func (p *person) axe() axeResult {
	t := p.w.t
	t.Helper()
	if _, err := chromedp.Run(p.ctx, chromedp.Evaluate[bool](`typeof axe !== "undefined" || (eval(`+jsString(axeSource)+`), true)`)); err != nil {
		t.Fatalf("load axe-core: %v", err)
	}
	raw, err := chromedp.Run(p.ctx, chromedp.Evaluate[string](
		`axe.run(document, {runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}).then(r => JSON.stringify(r))`,
		chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("axe-core: %v", err)
	}
	var res axeResult
	if err := json.Unmarshal([]byte(raw), &res); err != nil {
		t.Fatal(err)
	}
	return res
}

func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// shoot saves the page at desktop and at phone width, and checks that a
// phone needs no horizontal scrolling.
func (p *person) shoot(name string) {
	t := p.w.t
	t.Helper()
	for _, vp := range []struct {
		suffix string
		w, h   int64
		mobile bool
	}{{"desktop", 1366, 768, false}, {"phone", 390, 844, true}} {
		opts := []chromedp.EmulateViewportOption{}
		if vp.mobile {
			opts = append(opts, chromedp.EmulateMobile)
		}
		p.do(chromedp.EmulateViewport(vp.w, vp.h, opts...), chromedp.Sleep(50*time.Millisecond))
		if vp.mobile {
			wide, err := chromedp.Run(p.ctx, chromedp.Evaluate[bool](`document.documentElement.scrollWidth > window.innerWidth + 1 ||
				[...document.querySelectorAll(".table-wrap")].some(e => e.scrollWidth > e.clientWidth + 1)`))
			if err != nil || wide {
				t.Errorf("%s (%s) scrolls sideways on a phone", name, p.url())
			}
		}
		png, err := chromedp.Run(p.ctx, chromedp.FullScreenshot(100))
		if err != nil {
			t.Fatalf("screenshot %s: %v", name, err)
		}
		if err := os.WriteFile(filepath.Join(p.w.shots, name+"-"+vp.suffix+".png"), png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	p.do(chromedp.EmulateViewport(1366, 768))
}

var secretShown = regexp.MustCompile(`Sleutel\s*\n?\s*([A-Z2-7 ]{20,})`)

// login logs in by typing, with the second factor where the role needs
// one: enrolling the authenticator the first time (reading the key off the
// page as a person types it into their app).
func (p *person) login() {
	t := p.w.t
	t.Helper()
	p.open("/inloggen", "empty")
	p.typeInto("#email", p.email)
	p.typeInto("#password", demoPassword)
	p.submit(`form[action="/inloggen"] button[type=submit]`, "after password")
	switch p.url() {
	case "/inloggen/instellen":
		m := secretShown.FindStringSubmatch(p.body())
		if m == nil {
			t.Fatalf("%s: no key on the enrolment page: %s", p.name, p.body())
		}
		code, err := totp.GenerateCode(strings.ReplaceAll(m[1], " ", ""), time.Now())
		if err != nil {
			t.Fatal(err)
		}
		p.typeInto("#f-code", code)
		p.submit(`form[action="/inloggen/instellen"] button[type=submit]`, "recovery codes")
		p.see("Uw herstelcodes")
		p.submit(`a.utrecht-button--primary-action`, "start page")
	case "/":
		p.check("start page")
	default:
		t.Fatalf("%s: after the password at %s", p.name, p.url())
	}
	if p.url() != "/" {
		t.Fatalf("%s: not at the start page after logging in: %s", p.name, p.url())
	}
}

// report fills in the signal form as a reporter does and returns the new
// signal's id.
func (p *person) report(victim, suspect string, form, indicator string) string {
	t := p.w.t
	t.Helper()
	p.open("/signalen/nieuw", "empty form")
	p.choose("#f-municipality", "rotterdam")
	p.choose("#f-observed-on", time.Now().AddDate(0, 0, -2).Format("2006-01-02"))
	p.click("#form-" + form)
	p.click(`[id="ind-` + indicator + `"]`)
	p.click("#acute-no")
	p.typeInto("#f-account", "Gezien bij de bushalte: "+victim+" wordt elke ochtend opgehaald en lijkt bang.")
	p.typeInto("#f-persons-0-name", victim)
	p.typeInto("#f-persons-0-birth-date", "17-05-1999")
	p.typeInto("#f-persons-1-name", suspect)
	p.check("filled form")
	p.submit(`button[name=submit]`, "submitted")
	id := strings.TrimPrefix(p.url(), "/signalen/")
	if id == "" || strings.Contains(id, "/") || strings.Contains(id, "nieuw") {
		t.Fatalf("after reporting at %s: %s", p.url(), p.body())
	}
	return id
}

// caseLink reads the case id from the page: the case page itself, or the
// link on a signal page.
func (p *person) caseLink() string {
	if id, ok := strings.CutPrefix(p.url(), "/casussen/"); ok && id != "" {
		return id
	}
	href, err := chromedp.Run(p.ctx, chromedp.Evaluate[string](`(document.querySelector('a[href^="/casussen/"]:not([href="/casussen/"])') || {}).getAttribute ? document.querySelector('a[href^="/casussen/"]:not([href="/casussen/"])').getAttribute("href") : ""`))
	if err != nil || href == "" {
		p.w.t.Fatalf("%s: no link to the case on %s", p.name, p.url())
	}
	return strings.TrimPrefix(href, "/casussen/")
}

// TestAxeCatchesViolations proves the accessibility check can fail: a
// page with an unlabelled field, an image without text and low contrast
// gives serious or critical violations.
func TestAxeCatchesViolations(t *testing.T) {
	t.Parallel()
	w := newWalk(t, newEnv(t))
	p := w.person("probe", "")
	page := `<!doctype html><html><head><title>x</title></head><body><main><img src="a.png"><input type="text">` +
		`<p style="color:#777;background:#888">grijs op grijs</p></main></body></html>`
	p.do(chromedp.Navigate("data:text/html;charset=utf-8," + strings.ReplaceAll(page, "#", "%23")))
	found := map[string]bool{}
	for _, v := range p.axe().Violations {
		if v.Impact == "serious" || v.Impact == "critical" {
			found[v.ID] = true
		}
	}
	for _, id := range []string{"image-alt", "label", "color-contrast"} {
		if !found[id] {
			t.Errorf("axe-core did not report %s: %v", id, found)
		}
	}
}

func TestBrowserWalk(t *testing.T) {
	t.Parallel()
	e := newEnvWith(t, nil, 200)
	w := newWalk(t, e)
	melder := w.person("melder", "melder@schakel.demo")
	af := w.person("AF Rotterdam", "af@schakel.demo")
	essm := w.person("zorgcoördinator ESSM", "zorg@schakel.demo")
	zvh := w.person("procesregisseur ZVH", "zvh@schakel.demo")
	riec := w.person("RIEC", "riec@schakel.demo")
	politie := w.person("politie", "politie@schakel.demo")
	regie := w.person("beleidsregisseur", "regie@schakel.demo")

	// A wrong password gets a Dutch answer, and no session.
	melder.open("/inloggen", "empty")
	melder.typeInto("#email", "melder@schakel.demo")
	melder.typeInto("#password", "verkeerd-wachtwoord")
	melder.submit(`form[action="/inloggen"] button[type=submit]`, "wrong password")
	melder.see("Onbekende combinatie van e-mailadres en wachtwoord")
	melder.shoot("login-error")

	for _, p := range []*person{melder, af, essm, zvh, riec, politie, regie} {
		p.login()
	}
	melder.shoot("start-melder")
	af.shoot("start-aandachtsfunctionaris")
	essm.shoot("start-zorgcoordinator")
	zvh.shoot("start-zvh")
	riec.shoot("start-riec")
	regie.shoot("start-beleidsregisseur")

	// A form with bad input shows Dutch errors next to the fields.
	melder.open("/signalen/nieuw", "empty form")
	melder.shoot("signal-form")
	melder.submit(`button[name=submit]`, "form with errors")
	melder.see("Controleer de volgende punten")
	if html := melder.html(); !strings.Contains(html, `id="f-account-error"`) || !strings.Contains(html, `aria-invalid="true"`) {
		t.Fatal("errors are not next to their fields")
	}
	melder.shoot("signal-form-errors")

	type step struct {
		who     *person
		decline bool
	}
	routes := []struct {
		route     string
		form, ind string
		receivers []step
	}{
		{"none", "sexual", "sexual.debt", nil},
		{"care", "sexual", "sexual.debt", []step{{essm, false}}},
		{"care_and_criminal", "labour", "labour.debt_bondage", []step{{zvh, false}, {essm, true}}},
		{"undermining", "criminal", "criminal.forced_drug_dealing", []step{{riec, false}}},
	}
	for i, rt := range routes {
		t.Run(rt.route, func(t *testing.T) {
			parent := w.t
			w.t = t
			defer func() { w.t = parent }()
			victim := fmt.Sprintf("Oksana Wandelaar-%d", i)
			id := melder.report(victim, "Viktor Testverdachte", rt.form, rt.ind)
			melder.see("Ontvangen")
			af.open("/signalen/"+id, "new signal")
			if i == 1 {
				af.shoot("triage")
			}
			af.click("#route-" + rt.route)
			af.typeInto("#f-rationale", "Beoordeeld in het overleg van vandaag.")
			af.submit(`form[action$="/beoordeling"] button[type=submit]`, "triaged")
			if rt.route == "none" {
				melder.open("/signalen/"+id, "closed signal")
				melder.see("Afgerond")
				return
			}
			caseID := af.caseLink()
			for j, s := range rt.receivers {
				s.who.open("/doorverwijzingen", "inbox")
				if i == 1 && j == 0 {
					s.who.shoot("referral-inbox")
				}
				s.who.submit(`a[href^="/casussen/`+caseID+`#ref-"]`, "referral")
				if s.decline {
					s.who.typeInto(`form[action$="/afwijzen"] textarea`, "Geen plek binnen de termijn; de ZVH pakt het op.")
					s.who.submit(`form[action$="/afwijzen"] button[type=submit]`, "declined")
					continue
				}
				s.who.submit(`form[action$="/accepteren"] button[type=submit]`, "accepted")
				s.who.typeInto(`form[action$="/terugkoppeling"] textarea`, "Intake gepland met "+s.who.name+".")
				s.who.submit(`form[action$="/terugkoppeling"] button[type=submit]`, "feedback given")
			}
			af.open("/casussen/"+caseID, "case with feedback")
			for _, s := range rt.receivers {
				if !s.decline {
					af.see("Intake gepland met " + s.who.name + ".")
				}
			}
			if i == 1 {
				af.shoot("case")
			}
			af.typeInto(`form[action$="/opschalen"] textarea`, "Geen opvangplek beschikbaar in de regio.")
			af.submit(`form[action$="/opschalen"] button[type=submit]`, "escalated")
			regie.open("/casussen?escalated=1&status=open", "escalations")
			regie.submit(`a[href="/casussen/`+caseID+`"]`, "escalated case")
			regie.see("Geen opvangplek beschikbaar in de regio.")
			if strings.Contains(regie.body(), victim) {
				t.Fatal("the beleidsregisseur sees the victim's name")
			}
			if i == 1 {
				regie.shoot("case-beleidsregisseur")
			}
			af.open("/casussen/"+caseID, "case to close")
			af.choose(`form[action$="/afsluiten"] select[name=outcome]`, "care_completed")
			af.submit(`form[action$="/afsluiten"] button[type=submit]`, "closed")
			melder.open("/signalen/"+id, "closed signal")
			melder.see("Afgerond")
			if strings.Contains(melder.body(), "Intake gepland") {
				t.Fatal("the reporter sees what others added")
			}
		})
	}
	if len(w.serious) > 0 {
		t.Fatalf("%d serious or critical accessibility violations", len(w.serious))
	}
}

// TestBrowserKeyboardOnly completes the signal form with the keyboard
// alone: Tab from field to field, typing, Space for choices, arrows in a
// radio group, Enter to send.
func TestBrowserKeyboardOnly(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	w := newWalk(t, e)
	m := w.person("melder", "melder@schakel.demo")
	m.login()
	m.open("/signalen/nieuw", "empty form")
	key := func(k string) { m.do(chromedp.KeyEvent(k)) }
	typed := map[string]bool{}
	for range 300 {
		key("\t")
		el, err := chromedp.Run(m.ctx, chromedp.Evaluate[map[string]string](`(() => { const a = document.activeElement;
			return {id: a.id || "", name: a.name || "", type: a.type || "", tag: a.tagName} })()`))
		if err != nil {
			t.Fatal(err)
		}
		id := el["id"]
		if typed[id] && id != "" {
			continue
		}
		switch {
		case id == "f-municipality":
			key("Rotterdam")
		case id == "f-observed-on":
			// A date field takes its digits in the order of the browser's
			// locale (day-month-year in Dutch, month-day-year in English).
			order, err := chromedp.Run(m.ctx, chromedp.Evaluate[string](`new Intl.DateTimeFormat(navigator.language).formatToParts(new Date(2000, 10, 22)).filter(p => p.type != "literal").map(p => p.type[0]).join("")`))
			if err != nil {
				t.Fatal(err)
			}
			d := time.Now().AddDate(0, 0, -1)
			digits := map[byte]string{'d': d.Format("02"), 'm': d.Format("01"), 'y': d.Format("2006")}
			for i := range len(order) {
				key(digits[order[i]])
			}
		case id == "form-sexual", id == "ind-sexual.debt":
			key(" ")
		case id == "acute-yes" || id == "acute-no":
			// Focus enters the group on its first radio: the arrow selects "Nee".
			if id == "acute-yes" {
				key(kb.ArrowDown)
			}
		case id == "f-account":
			key("Met alleen het toetsenbord gemeld: een jongen wordt 's nachts opgehaald.")
		case id == "f-reporter-name":
			key("Mila de Melder")
		case id == "f-persons-0-name":
			key("Toetsenbord Slachtoffer")
		case el["name"] == "submit":
			if _, err := chromedp.RunResponse(m.ctx, chromedp.KeyEvent("\r")); err != nil {
				t.Fatal(err)
			}
			m.check("sent by keyboard")
			if !strings.HasPrefix(m.url(), "/signalen/") || strings.HasSuffix(m.url(), "/nieuw") {
				t.Fatalf("the keyboard-only form did not go through: at %s\n%s", m.url(), m.body())
			}
			m.see("Toetsenbord Slachtoffer", "Ontvangen")
			return
		default:
			continue
		}
		typed[id] = true
	}
	t.Fatal("never reached the send button by Tab")
}
