package web_test

import (
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/schakel-nl/schakel"
)

func TestUILogin(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	b := e.browser()
	if p := b.get("/"); p.status != http.StatusSeeOther || !strings.HasPrefix(p.location, "/inloggen") {
		t.Fatalf("anonymous start page: %d %s", p.status, p.location)
	}
	p := b.post("/inloggen", url.Values{"email": {"af@schakel.demo"}, "password": {"wrong-password-123"}})
	if p.status != http.StatusUnauthorized || !strings.Contains(p.body, "Onbekende combinatie van e-mailadres en wachtwoord") {
		t.Fatalf("wrong password: %d", p.status)
	}
	p = b.post("/inloggen", url.Values{"email": {"nobody@schakel.demo"}, "password": {"wrong-password-123"}})
	if p.status != http.StatusUnauthorized || !strings.Contains(p.body, "Onbekende combinatie") {
		t.Fatalf("unknown user answers the same: %d", p.status)
	}
	b.login("af@schakel.demo")
	home := b.get("/")
	if home.status != 200 || !strings.Contains(home.body, "Welkom, Anna Aandacht") || !strings.Contains(home.body, "Niet op tijd beoordeeld") {
		t.Fatalf("AF start page: %d", home.status)
	}
	if p := b.post("/uitloggen", nil); p.status != http.StatusSeeOther {
		t.Fatalf("logout: %d", p.status)
	}
	if p := b.get("/"); p.status != http.StatusSeeOther {
		t.Fatalf("after logout: %d", p.status)
	}
}

func TestUICrossOriginPostRefused(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	b := e.browser()
	b.login("melder@schakel.demo")
	req, _ := http.NewRequest("POST", e.srv.URL+"/signalen/nieuw", strings.NewReader("account=x"))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Origin", "https://evil.example")
	req.Header.Set("Sec-Fetch-Site", "cross-site")
	res, err := b.c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusForbidden {
		t.Fatalf("cross-origin form post: %d, want 403", res.StatusCode)
	}
}

func TestUIStartPagePerRole(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	tests := []struct {
		email, want string
	}{
		{"melder@schakel.demo", "Mijn gemelde signalen"},
		{"af@schakel.demo", "Eerst te beoordelen"},
		{"zorg@schakel.demo", "Nieuwste doorverwijzingen"},
		{"zvh@schakel.demo", "Open doorverwijzingen"},
		{"riec@schakel.demo", "Open doorverwijzingen"},
		{"politie@schakel.demo", "Open doorverwijzingen"},
		{"toezicht@schakel.demo", "Mijn gemelde signalen"},
		{"regie@schakel.demo", "Vastgelopen casussen in de regio"},
		{"beheer@schakel.demo", "Beheer de gebruikers"},
		{"privacy@schakel.demo", "Raadpleeg de audittrail"},
	}
	for _, tt := range tests {
		t.Run(tt.email, func(t *testing.T) {
			b := e.browser()
			b.login(tt.email)
			p := b.get("/")
			if p.status != 200 || !strings.Contains(p.body, tt.want) {
				t.Errorf("%d, want %q", p.status, tt.want)
			}
			if strings.Contains(p.body, "??") {
				t.Errorf("missing catalogue text: %s", regexp.MustCompile(`\?\?[a-z_.]+\?\?`).FindString(p.body))
			}
		})
	}
}

func signalForm(observed string) url.Values {
	return url.Values{
		"acute_danger": {"no"}, "municipality": {"rotterdam"}, "observed_on": {observed},
		"forms": {"labour"}, "indicators": {"labour.withholding_wages", "labour.debt_bondage"}, "sector": {"construction"},
		"account":         {"Werknemers slapen met twaalf in één woning."},
		"persons_count":   {"3"},
		"persons[0].role": {"victim"}, "persons[0].name": {"Piotr Testwerker"}, "persons[0].estimated_age": {"34"},
		"persons[0].gender": {"male"}, "persons[0].nationality": {"PL"}, "persons[0].residence_status": {"lawful"},
		"persons[1].role": {"suspect"}, "persons[1].name": {"Bart Testbaas"}, "persons[1].gender": {"male"}, "persons[1].nationality": {"NL"}, "persons[1].residence_status": {"unknown"},
		"persons[2].role": {"victim"}, "persons[2].gender": {"unknown"}, "persons[2].nationality": {"unknown"}, "persons[2].residence_status": {"unknown"},
		"reporter.name": {"Mila de Melder"}, "reporter.organisation": {"Wijkteam"}, "reporter.email": {"mila@example.org"},
	}
}

func TestUISignalFormErrors(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	b := e.browser()
	b.login("melder@schakel.demo")
	p := b.get("/signalen/nieuw")
	if p.status != 200 || !strings.Contains(p.body, "Bel direct 112") {
		t.Fatalf("form: %d", p.status)
	}
	// The acute-danger question comes before anything else.
	if i, j := strings.Index(p.body, "acuut gevaar"), strings.Index(p.body, `name="municipality"`); i < 0 || i > j {
		t.Error("the acute-danger question must come first")
	}
	before := e.rows("signals")
	f := signalForm(time.Now().AddDate(0, 0, 3).Format("2006-01-02"))
	f.Del("acute_danger")
	f.Set("persons[0].nationality", "ZZ")
	f.Set("persons[1].estimated_age", "veel")
	p = b.post("/signalen/nieuw", f)
	if p.status != http.StatusUnprocessableEntity {
		t.Fatalf("bad form: %d", p.status)
	}
	for _, want := range []string{
		`href="#f-acute-danger"`, "Geef aan of er nu acuut gevaar is.",
		`href="#f-observed-on"`, "De datum mag niet in de toekomst liggen.",
		`href="#f-persons-0-nationality"`,
		`href="#f-persons-1-estimated-age"`, "Vul een leeftijd in hele jaren in.",
		`id="f-observed-on" name="observed_on" value="` + f.Get("observed_on") + `" aria-invalid="true" aria-describedby="f-observed-on-error"`,
		">Werknemers slapen met twaalf in één woning.</textarea>",
	} {
		if !strings.Contains(p.body, want) {
			t.Errorf("error page lacks %q", want)
		}
	}
	if e.rows("signals") != before {
		t.Fatal("a bad form stored a signal")
	}
	// "Add a person" re-shows the form with one more slot, keeping the input.
	f = signalForm("2026-11-01")
	f.Set("add", "suspect")
	p = b.post("/signalen/nieuw", f)
	if p.status != 200 || !strings.Contains(p.body, `name="persons[3].role"`) || !strings.Contains(p.body, "Piotr Testwerker") {
		t.Fatalf("add person: %d", p.status)
	}
}

// TestUIFlowPerRoute walks the whole flow in the UI for every route.
func TestUIFlowPerRoute(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	observed := time.Now().In(schakel.Amsterdam).AddDate(0, 0, -1).Format("2006-01-02")
	receivers := map[string][]string{
		"none":              nil,
		"care":              {"zorg@schakel.demo"},
		"care_and_criminal": {"zvh@schakel.demo", "zorg@schakel.demo"},
		"undermining":       {"riec@schakel.demo"},
	}
	for _, route := range []string{"none", "care", "care_and_criminal", "undermining"} {
		t.Run(route, func(t *testing.T) {
			melder := e.browser()
			melder.login("melder@schakel.demo")
			p := melder.post("/signalen/nieuw", signalForm(observed))
			if p.status != http.StatusSeeOther || !strings.HasPrefix(p.location, "/signalen/") {
				t.Fatalf("submit: %d %s", p.status, p.location)
			}
			signalURL := p.location
			if p := melder.get(signalURL); !strings.Contains(p.body, "Uw signaal is ontvangen") || !strings.Contains(p.body, "Ontvangen") {
				t.Fatalf("confirmation: %d", p.status)
			}

			af := e.browser()
			af.login("af@schakel.demo")
			p = af.get(signalURL)
			if !strings.Contains(p.body, "Piotr Testwerker") || !strings.Contains(p.body, "Aanbevolen:") || !strings.Contains(p.body, `id="notify-nla" name="notify" value="nla" checked`) {
				t.Fatalf("AF sees the signal with the NLA suggestion ticked")
			}
			form := url.Values{"route": {route}, "rationale": {"Besluit na overleg."}}
			if route != "none" {
				form["notify"] = []string{"nla"}
			}
			p = af.post(signalURL+"/beoordeling", form)
			if p.status != http.StatusSeeOther {
				t.Fatalf("triage: %d %s", p.status, p.body)
			}
			if route == "none" {
				if p := melder.get("/"); !strings.Contains(p.body, "Afgerond") {
					t.Error("melder sees afgerond")
				}
				return
			}
			caseURL := p.location
			for _, email := range append(receivers[route], "nla@schakel.demo") {
				rb := e.browser()
				rb.login(email)
				inbox := rb.get("/doorverwijzingen")
				m := regexp.MustCompile(`href="(/casussen/[a-z0-9]+)#ref-([a-z0-9]+)"`).FindStringSubmatch(inbox.body)
				if m == nil || m[1] != caseURL {
					t.Fatalf("%s inbox does not show the referral (want %s)", email, caseURL)
				}
				ref := m[2]
				for _, step := range []struct {
					action string
					form   url.Values
				}{
					{"accepteren", url.Values{"case": {strings.TrimPrefix(caseURL, "/casussen/")}}},
					{"terugkoppeling", url.Values{"case": {strings.TrimPrefix(caseURL, "/casussen/")}, "message": {"Teruggekoppeld door " + email}}},
				} {
					if p := rb.post("/doorverwijzingen/"+ref+"/"+step.action, step.form); p.status != http.StatusSeeOther {
						t.Fatalf("%s %s: %d", email, step.action, p.status)
					}
				}
			}
			p = af.get(caseURL)
			for _, email := range receivers[route] {
				if !strings.Contains(p.body, "Teruggekoppeld door "+email) {
					t.Errorf("AF misses feedback of %s", email)
				}
			}
			if p := af.post(caseURL+"/opschalen", url.Values{"reason": {"Opvang loopt vast."}}); p.status != http.StatusSeeOther {
				t.Fatalf("escalate: %d", p.status)
			}
			regie := e.browser()
			regie.login("regie@schakel.demo")
			rp := regie.get(caseURL)
			if rp.status != 200 || !strings.Contains(rp.body, "Opvang loopt vast.") || strings.Contains(rp.body, "Piotr") || strings.Contains(rp.body, "Teruggekoppeld") {
				t.Errorf("beleidsregisseur sees the stuck case without personal data: %d", rp.status)
			}
			if p := af.post(caseURL+"/afsluiten", url.Values{"outcome": {""}}); p.status != http.StatusUnprocessableEntity || !strings.Contains(p.body, `href="#f-outcome"`) {
				t.Errorf("close without outcome: %d", p.status)
			}
			if p := af.post(caseURL+"/afsluiten", url.Values{"outcome": {"care_completed"}}); p.status != http.StatusSeeOther {
				t.Fatalf("close: %d", p.status)
			}
			if p := melder.get(signalURL); !strings.Contains(p.body, "Afgerond") || strings.Contains(p.body, "Besluit na overleg.") {
				t.Error("melder sees afgerond and nothing others added")
			}
		})
	}
}

func TestUIDeniedLooksAbsent(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	melder := e.browser()
	melder.login("melder@schakel.demo")
	f := signalForm(time.Now().AddDate(0, 0, -1).Format("2006-01-02"))
	url1 := melder.post("/signalen/nieuw", f).location
	other := e.browser()
	other.login("af-dordrecht@schakel.demo")
	denied := other.get(url1)
	absent := other.get("/signalen/doesnotexist")
	if denied.status != 404 || absent.status != 404 || denied.body != absent.body {
		t.Fatalf("denied %d and absent %d must look the same", denied.status, absent.status)
	}
	for _, path := range []string{"/beheer", "/audit", "/beheer/gebruikers"} {
		if p := other.get(path); p.status != 404 {
			t.Errorf("%s for an AF: %d", path, p.status)
		}
	}
}

func TestUIAdmin(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	b := e.browser()
	b.login("beheer@schakel.demo")
	for _, s := range []string{"gemeenten", "organisaties", "indicatoren", "sectoren", "gebruikers"} {
		if p := b.get("/beheer/" + s); p.status != 200 {
			t.Errorf("%s: %d", s, p.status)
		}
	}
	p := b.post("/beheer/indicatoren", url.Values{"code": {"labour.new_sign"}, "form": {"labour"}, "label": {"Nieuw signaal"}, "source": {"Eigen praktijk"}, "active": {"1"}})
	if p.status != http.StatusSeeOther {
		t.Fatalf("add indicator: %d", p.status)
	}
	if p := b.get("/beheer/indicatoren"); !strings.Contains(p.body, "labour.new_sign") {
		t.Error("new indicator not listed")
	}
	p = b.post("/beheer/indicatoren", url.Values{"code": {"Bad Code"}, "form": {"labour"}, "label": {""}, "source": {""}})
	if p.status != 422 || !strings.Contains(p.body, `href="#f-code"`) || !strings.Contains(p.body, `href="#f-label"`) {
		t.Errorf("bad indicator: %d", p.status)
	}
	p = b.post("/beheer/gemeenten", url.Values{"slug": {"schiedam"}, "name": {"Schiedam (test)"}, "active": {"1"}})
	if p.status != http.StatusSeeOther {
		t.Fatalf("rename municipality: %d", p.status)
	}
	p = b.post("/beheer/gebruikers", url.Values{"name": {"Nieuwe AF"}, "email": {"nieuw"}, "role": {"aandachtsfunctionaris"}, "organisation": {"gemeente-schiedam"}})
	if p.status != 422 || !strings.Contains(p.body, `href="#f-email"`) {
		t.Errorf("bad e-mail address: %d", p.status)
	}
	p = b.post("/beheer/gebruikers", url.Values{"name": {"Nieuwe AF"}, "email": {"nieuw@schakel.demo"}, "role": {"aandachtsfunctionaris"}, "organisation": {"gemeente-schiedam"}})
	if p.status != http.StatusCreated || !strings.Contains(p.body, `class="enrolment-link"`) {
		t.Fatalf("create user: %d %s", p.status, p.body)
	}
}

func TestUIPrivacyAudit(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	b := e.browser()
	b.login("privacy@schakel.demo")
	p := b.get("/audit")
	if p.status != 200 || !strings.Contains(p.body, "Audittrail") {
		t.Fatalf("audit page: %d", p.status)
	}
	if p := b.get("/signalen"); p.status != 200 || !strings.Contains(p.body, "0 signalen") {
		t.Errorf("privacy sees no signals: %d", p.status)
	}
	// A signal naming a person, then a search for that person by a
	// variant of the name: by POST, the name in no URL.
	r := e.api("POST", "/api/v1/signals", "melder", validSignal())
	if r.status != http.StatusCreated {
		t.Fatal(r.raw)
	}
	id := r.str("id")
	person := url.Values{"f.person_name": {"kowalczyk-testperson zuzana"}, "f.person_birth": {"01-03-2009"}}
	p = b.post("/audit", person)
	if p.status != 200 || !strings.Contains(p.body, id) || !strings.Contains(p.body, "1 regels gevonden") {
		t.Fatalf("search by person: %d %s", p.status, p.body)
	}
	if p := b.post("/audit", url.Values{"f.from": {time.Now().Format("2006-01-02")}}); p.status != 200 || !strings.Contains(p.body, id) {
		t.Errorf("search by period: %d", p.status)
	}
	p = b.post("/audit", url.Values{"f.person_name": {"Alleen Een Naam"}, "f.from": {"gisteren"}})
	if p.status != 422 || !strings.Contains(p.body, `id="f-f-person-name-error"`) || !strings.Contains(p.body, `id="f-f-from-error"`) {
		t.Errorf("bad search: %d, errors not at their fields", p.status)
	}
	res, err := b.c.PostForm(e.srv.URL+"/audit/export", person)
	if err != nil {
		t.Fatal(err)
	}
	csvBody := readPage(t, res)
	if res.Header.Get("Content-Type") != "text/csv; charset=utf-8" || !strings.Contains(csvBody.body, "tijdstip,gebruiker_id") || !strings.Contains(csvBody.body, id) {
		t.Errorf("export: %s %q", res.Header.Get("Content-Type"), csvBody.body)
	}
	if p := b.post("/audit/controle", nil); p.status != 200 || !strings.Contains(p.body, "compleet en ongewijzigd") {
		t.Errorf("verify: %d", p.status)
	}
	// The API does the same for programs.
	r = e.api("POST", "/api/v1/audit/search", "privacy", map[string]any{"person": map[string]any{"name": "Zuzana Kowalczyk Testperson", "birth_date": "2009-03"}})
	if r.status != 200 || len(r.list("items")) != 1 {
		t.Errorf("API search: %d %s", r.status, r.raw)
	}
	r = e.api("POST", "/api/v1/audit/search", "privacy", map[string]any{"from": "morgen"})
	if r.status != 422 || r.fields()[0] != "from" {
		t.Errorf("API bad search: %d %s", r.status, r.raw)
	}
	if r := e.api("POST", "/api/v1/audit/export", "privacy", map[string]any{"case": ""}); r.status != 200 || !strings.HasPrefix(r.raw, "tijdstip,") {
		t.Errorf("API export: %d %s", r.status, r.raw)
	}
	if r := e.api("GET", "/api/v1/audit/verify", "privacy", nil); r.status != 200 || r.body["entries"] == nil || len(r.list("problems")) != 0 {
		t.Errorf("API verify: %d %s", r.status, r.raw)
	}
	if r := e.api("GET", "/api/v1/audit/checkpoint", "privacy", nil); r.status != 200 || !strings.Contains(r.raw, "/audit\n") {
		t.Errorf("API checkpoint: %d %q", r.status, r.raw)
	}
	for _, path := range []string{"/api/v1/audit/verify", "/api/v1/audit/checkpoint"} {
		if r := e.api("GET", path, "af:rotterdam", nil); r.status != 403 {
			t.Errorf("%s for the AF: %d", path, r.status)
		}
	}
	if r := e.api("POST", "/api/v1/audit/search", "af:rotterdam", map[string]any{}); r.status != 403 {
		t.Errorf("audit search for the AF: %d", r.status)
	}
}
