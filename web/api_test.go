package web_test

import (
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/schakel-nl/schakel"
)

func TestAPIAuth(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	for _, tt := range []struct {
		name, auth string
	}{
		{"no token", ""}, {"bad token", "Bearer sk_nope"}, {"wrong scheme", "Basic abc"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			req, _ := http.NewRequest("GET", e.srv.URL+"/api/v1/signals", nil)
			if tt.auth != "" {
				req.Header.Set("Authorization", tt.auth)
			}
			res, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			res.Body.Close()
			if res.StatusCode != 401 || res.Header.Get("Content-Type") != "application/problem+json" {
				t.Fatalf("%d %s", res.StatusCode, res.Header.Get("Content-Type"))
			}
		})
	}
}

func TestAPIHealthAndOpenAPI(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	if r := e.api("GET", "/healthz", "", nil); r.status != 200 {
		t.Errorf("healthz %d", r.status)
	}
	if r := e.api("GET", "/readyz", "", nil); r.status != 200 || r.str("status") != "ready" {
		t.Errorf("readyz %d %s", r.status, r.raw)
	}
	r := e.api("GET", "/api/v1/openapi.json", "", nil)
	paths, _ := r.body["paths"].(map[string]any)
	for _, p := range []string{"/api/v1/signals", "/api/v1/signals/{id}/triage", "/api/v1/referrals/{id}/decline", "/api/v1/cases/{id}/escalate"} {
		if paths[p] == nil {
			t.Errorf("openapi lacks %s", p)
		}
	}
	if r := e.api("GET", "/api/v1/nothing", "melder", nil); r.status != 404 || r.header.Get("Content-Type") != "application/problem+json" {
		t.Errorf("unknown API path: %d", r.status)
	}
}

func TestAPICreateSignal(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	r := e.api("POST", "/api/v1/signals", "melder", validSignal())
	if r.status != 201 || r.str("status") != "new" || r.str("id") == "" {
		t.Fatalf("create: %d %s", r.status, r.raw)
	}
	if r.header.Get("Location") != "/api/v1/signals/"+r.str("id") {
		t.Errorf("Location %q", r.header.Get("Location"))
	}
	if r.body["has_minor"] != true {
		t.Errorf("the victim is 17: has_minor should be derived: %s", r.raw)
	}
	for _, role := range []string{"beheer", "privacy", "regie"} {
		if r := e.api("POST", "/api/v1/signals", role, validSignal()); r.status != 403 {
			t.Errorf("%s may not report: %d", role, r.status)
		}
	}
}

func TestAPICreateSignalBadInput(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	mod := func(f func(m map[string]any)) map[string]any {
		m := validSignal()
		f(m)
		return m
	}
	person := func(m map[string]any, i int) map[string]any { return m["persons"].([]any)[i].(map[string]any) }
	tomorrow := time.Now().In(schakel.Amsterdam).AddDate(0, 0, 1).Format("2006-01-02")
	tests := []struct {
		name  string
		body  any
		field string
	}{
		{"malformed JSON", `{"municipality": `, ""},
		{"empty body", ``, ""},
		{"unknown field", mod(func(m map[string]any) { m["colour"] = "red" }), "colour"},
		{"wrong type for forms", mod(func(m map[string]any) { m["forms"] = "sexual" }), "forms"},
		{"wrong type for acute_danger", mod(func(m map[string]any) { m["acute_danger"] = "yes" }), "acute_danger"},
		{"unknown municipality", mod(func(m map[string]any) { m["municipality"] = "amsterdam" }), "municipality"},
		{"observed in the future", mod(func(m map[string]any) { m["observed_on"] = tomorrow }), "observed_on"},
		{"no forms", mod(func(m map[string]any) { m["forms"] = []string{}; m["indicators"] = []string{}; m["sector"] = "" }), "forms"},
		{"unknown form", mod(func(m map[string]any) { m["forms"] = []string{"sexual", "fraud"} }), "forms[1]"},
		{"indicator of another form", mod(func(m map[string]any) { m["indicators"] = []string{"labour.deception"} }), "indicators[0]"},
		{"no account", mod(func(m map[string]any) { m["account"] = "" }), "account"},
		{"bad reporter e-mail", mod(func(m map[string]any) { m["reporter"].(map[string]any)["email"] = "x@" }), "reporter.email"},
		{"implausible birth date", mod(func(m map[string]any) { person(m, 0)["birth_date"] = "1801-01-01" }), "persons[0].birth_date"},
		{"birth date not a date", mod(func(m map[string]any) { person(m, 0)["birth_date"] = "01-03-2009" }), "persons[0].birth_date"},
		{"nationality not ISO", mod(func(m map[string]any) { person(m, 1)["nationality"] = "Dutch" }), "persons[1].nationality"},
		{"unknown person role", mod(func(m map[string]any) { person(m, 1)["role"] = "witness" }), "persons[1].role"},
		{"estimated age out of range", mod(func(m map[string]any) { person(m, 1)["estimated_age"] = 140 }), "persons[1].estimated_age"},
	}
	e.token("melder") // making the token is itself recorded
	before := map[string]int{"signals": e.rows("signals"), "persons": e.rows("persons"), "audit_log": e.rows("audit_log")}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := e.api("POST", "/api/v1/signals", "melder", tt.body)
			if r.status != 422 || r.header.Get("Content-Type") != "application/problem+json" {
				t.Fatalf("%d %s", r.status, r.raw)
			}
			if !slices.Contains(r.fields(), tt.field) {
				t.Errorf("errors %v do not name %q", r.fields(), tt.field)
			}
		})
	}
	for table, n := range before {
		if got := e.rows(table); got != n {
			t.Errorf("%s: %d rows after failed requests, want %d", table, got, n)
		}
	}
}

func TestAPISignalVisibility(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	id := e.api("POST", "/api/v1/signals", "melder", validSignal()).str("id")
	path := "/api/v1/signals/" + id
	for key, status := range map[string]int{
		"melder": 200, "af:rotterdam": 200, "af:dordrecht": 404, "essm": 404, "zvh-rotterdam-rijnmond": 404,
		"riec-rotterdam": 404, "politie-avim": 404, "regie": 404, "beheer": 404, "privacy": 404, "toezicht": 404,
	} {
		if r := e.api("GET", path, key, nil); r.status != status {
			t.Errorf("%s before triage: %d, want %d", key, r.status, status)
		}
	}
	tr := e.api("POST", path+"/triage", "af:rotterdam", map[string]any{"route": "care", "notify": []string{"veilig_thuis"}, "rationale": "zorg nodig"})
	if tr.status != 200 || tr.str("case_id") == "" || len(tr.list("referrals")) != 2 {
		t.Fatalf("triage: %d %s", tr.status, tr.raw)
	}
	zc := e.api("GET", path, "essm", nil)
	if zc.status != 200 || !strings.Contains(zc.raw, "Zuzana") || strings.Contains(zc.raw, "Dragan") {
		t.Errorf("zorgcoordinator sees victims but no suspect: %d %s", zc.status, zc.raw)
	}
	vt := e.api("GET", path, "veilig-thuis-rotterdam-rijnmond", nil)
	if vt.status != 200 {
		t.Errorf("Veilig Thuis received a referral: %d", vt.status)
	}
	mel := e.api("GET", path, "melder", nil)
	if mel.str("route") != "" || mel.str("case_id") != "" || mel.str("rationale") != "" || mel.str("status") != "triaged" {
		t.Errorf("melder sees status only: %s", mel.raw)
	}
}

func TestAPITriage(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	id := e.api("POST", "/api/v1/signals", "melder", validSignal()).str("id")
	path := "/api/v1/signals/" + id + "/triage"
	bad := []struct {
		name  string
		body  any
		field string
	}{
		{"unknown route", map[string]any{"route": "maybe"}, "route"},
		{"none needs a rationale", map[string]any{"route": "none"}, "rationale"},
		{"unknown notification", map[string]any{"route": "care", "notify": []string{"press"}}, "notify[0]"},
		{"wrong type", map[string]any{"route": "care", "notify": "police"}, "notify"},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			r := e.api("POST", path, "af:rotterdam", tt.body)
			if r.status != 422 || !slices.Contains(r.fields(), tt.field) {
				t.Fatalf("%d %v", r.status, r.fields())
			}
		})
	}
	if n := e.rows("cases"); n != 0 {
		t.Fatalf("%d cases after failed triage", n)
	}
	if r := e.api("POST", path, "af:dordrecht", map[string]any{"route": "care"}); r.status != 404 {
		t.Errorf("AF of another municipality: %d", r.status)
	}
	if r := e.api("POST", path, "melder", map[string]any{"route": "care"}); r.status != 403 {
		t.Errorf("reporter: %d", r.status)
	}
	if r := e.api("POST", path, "af:rotterdam", map[string]any{"route": "care_and_criminal"}); r.status != 200 {
		t.Fatalf("triage: %d %s", r.status, r.raw)
	}
	if r := e.api("POST", path, "af:rotterdam", map[string]any{"route": "care"}); r.status != 409 {
		t.Errorf("second triage: %d, want 409", r.status)
	}
}

func TestAPIListsAndPaging(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	for range 3 {
		e.api("POST", "/api/v1/signals", "melder", validSignal())
	}
	urgent := validSignal()
	urgent["acute_danger"] = true
	uid := e.api("POST", "/api/v1/signals", "melder", urgent).str("id")
	r := e.api("GET", "/api/v1/signals?limit=3", "af:rotterdam", nil)
	if r.status != 200 || r.body["total"].(float64) != 4 || len(r.list("items")) != 3 || r.str("next") == "" {
		t.Fatalf("page 1: %s", r.raw)
	}
	if first := r.list("items")[0].(map[string]any)["id"]; first != uid {
		t.Errorf("urgent first: got %v", first)
	}
	if strings.Contains(r.raw, "Zuzana") || strings.Contains(r.raw, "account") {
		t.Errorf("list rows carry no personal data or free text: %s", r.raw)
	}
	r2 := e.api("GET", "/api/v1/signals?limit=3&cursor="+r.str("next"), "af:rotterdam", nil)
	if len(r2.list("items")) != 1 || r2.body["next"] != nil {
		t.Errorf("page 2: %s", r2.raw)
	}
	for _, q := range []struct{ query, field string }{
		{"limit=0", "limit"}, {"limit=501", "limit"}, {"limit=ten", "limit"}, {"cursor=not*base64", "cursor"}, {"status=lost", "status"},
	} {
		if r := e.api("GET", "/api/v1/signals?"+q.query, "af:rotterdam", nil); r.status != 422 || !slices.Contains(r.fields(), q.field) {
			t.Errorf("%s: %d %v", q.query, r.status, r.fields())
		}
	}
	if r := e.api("GET", "/api/v1/signals", "af:dordrecht", nil); r.body["total"].(float64) != 0 {
		t.Errorf("AF Dordrecht sees Rotterdam signals: %s", r.raw)
	}
	if r := e.api("GET", "/api/v1/cases?status=lost", "af:rotterdam", nil); r.status != 422 {
		t.Errorf("cases bad status: %d", r.status)
	}
	if r := e.api("GET", "/api/v1/referrals?status=lost", "essm", nil); r.status != 422 {
		t.Errorf("referrals bad status: %d", r.status)
	}
}

func TestAPIReferralsAndCase(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	id := e.api("POST", "/api/v1/signals", "melder", validSignal()).str("id")
	tr := e.api("POST", "/api/v1/signals/"+id+"/triage", "af:rotterdam", map[string]any{"route": "care"})
	caseID := tr.str("case_id")
	inbox := e.api("GET", "/api/v1/referrals?status=sent", "essm", nil)
	if len(inbox.list("items")) != 1 {
		t.Fatalf("ESSM inbox: %s", inbox.raw)
	}
	ref := inbox.list("items")[0].(map[string]any)["id"].(string)
	rp := "/api/v1/referrals/" + ref
	if r := e.api("POST", rp+"/accept", "riec-rotterdam", nil); r.status != 404 {
		t.Errorf("RIEC cannot see a care referral: %d", r.status)
	}
	if r := e.api("POST", rp+"/accept", "af:rotterdam", nil); r.status != 403 {
		t.Errorf("AF sees it but it is not addressed to them: %d", r.status)
	}
	if r := e.api("POST", rp+"/feedback", "essm", map[string]any{"message": "x"}); r.status != 409 {
		t.Errorf("feedback before accept: %d", r.status)
	}
	if r := e.api("POST", rp+"/decline", "essm", map[string]any{}); r.status != 422 || !slices.Contains(r.fields(), "reason") {
		t.Errorf("decline without reason: %d %v", r.status, r.fields())
	}
	if r := e.api("POST", rp+"/accept", "essm", nil); r.status != 200 || r.str("status") != "accepted" {
		t.Fatalf("accept: %d %s", r.status, r.raw)
	}
	if r := e.api("POST", rp+"/accept", "essm", nil); r.status != 409 {
		t.Errorf("accept twice: %d", r.status)
	}
	if r := e.api("POST", rp+"/feedback", "essm", map[string]any{"message": " "}); r.status != 422 || !slices.Contains(r.fields(), "message") {
		t.Errorf("empty feedback: %d", r.status)
	}
	if r := e.api("POST", rp+"/feedback", "essm", map[string]any{"message": "Intake gepland op maandag."}); r.status != 200 {
		t.Fatalf("feedback: %d %s", r.status, r.raw)
	}
	c := e.api("GET", "/api/v1/cases/"+caseID, "af:rotterdam", nil)
	if !strings.Contains(c.raw, "Intake gepland op maandag.") || c.str("process_lead") != "essm" {
		t.Errorf("AF sees the feedback on the case: %s", c.raw)
	}
	cp := "/api/v1/cases/" + caseID
	if r := e.api("POST", cp+"/escalate", "af:rotterdam", map[string]any{"reason": ""}); r.status != 422 || !slices.Contains(r.fields(), "reason") {
		t.Errorf("escalate without reason: %d", r.status)
	}
	if r := e.api("POST", cp+"/escalate", "af:rotterdam", map[string]any{"reason": "Geen opvangplek beschikbaar."}); r.status != 200 || r.body["escalated"] != true {
		t.Fatalf("escalate: %d %s", r.status, r.raw)
	}
	if r := e.api("POST", cp+"/escalate", "af:rotterdam", map[string]any{"reason": "nogmaals"}); r.status != 409 {
		t.Errorf("escalate twice: %d", r.status)
	}
	br := e.api("GET", "/api/v1/cases?escalated=true", "regie", nil)
	if br.body["total"].(float64) != 1 {
		t.Fatalf("beleidsregisseur list: %s", br.raw)
	}
	brc := e.api("GET", cp, "regie", nil)
	if brc.status != 200 || strings.Contains(brc.raw, "Zuzana") || strings.Contains(brc.raw, "Intake gepland") {
		t.Errorf("beleidsregisseur sees no personal data or free text: %s", brc.raw)
	}
	if r := e.api("GET", "/api/v1/signals/"+id, "regie", nil); strings.Contains(r.raw, "Zuzana") {
		t.Errorf("beleidsregisseur reads a person: %s", r.raw)
	}
	if r := e.api("POST", cp+"/close", "af:rotterdam", map[string]any{"outcome": "vanished"}); r.status != 422 || !slices.Contains(r.fields(), "outcome") {
		t.Errorf("close with unknown outcome: %d", r.status)
	}
	if r := e.api("POST", cp+"/close", "melder", map[string]any{"outcome": "care_completed"}); r.status != 404 {
		t.Errorf("the reporter knows no case: %d", r.status)
	}
	if r := e.api("POST", cp+"/close", "af:rotterdam", map[string]any{"outcome": "care_completed"}); r.status != 200 || r.str("status") != "closed" {
		t.Fatalf("close: %d %s", r.status, r.raw)
	}
	if r := e.api("POST", cp+"/close", "af:rotterdam", map[string]any{"outcome": "care_completed"}); r.status != 409 {
		t.Errorf("close twice: %d", r.status)
	}
	if r := e.api("GET", "/api/v1/signals/"+id, "melder", nil); r.str("status") != "closed" {
		t.Errorf("melder sees closed: %s", r.raw)
	}
}

// TestAPIEndToEnd walks melder → AF → receivers → feedback → close for
// every route, and checks that no submitted name reached the logs.
func TestAPIEndToEnd(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	routes := []struct {
		route     string
		notify    []string
		receivers []string
	}{
		{"none", nil, nil},
		{"care", []string{"veilig_thuis"}, []string{"essm", "veilig-thuis-rotterdam-rijnmond"}},
		{"care_and_criminal", []string{"police"}, []string{"zvh-rotterdam-rijnmond", "essm", "politie-avim"}},
		{"undermining", []string{"nla"}, []string{"riec-rotterdam", "nla"}},
	}
	for _, rt := range routes {
		t.Run(rt.route, func(t *testing.T) {
			id := e.api("POST", "/api/v1/signals", "melder", validSignal()).str("id")
			tr := e.api("POST", "/api/v1/signals/"+id+"/triage", "af:rotterdam", map[string]any{"route": rt.route, "notify": rt.notify, "rationale": "Besluit na overleg."})
			if tr.status != 200 {
				t.Fatalf("triage: %d %s", tr.status, tr.raw)
			}
			if len(tr.list("referrals")) != len(rt.receivers) {
				t.Fatalf("referrals: %s", tr.raw)
			}
			if rt.route == "none" {
				if r := e.api("GET", "/api/v1/signals/"+id, "melder", nil); r.str("status") != "closed" {
					t.Errorf("melder: %s", r.raw)
				}
				return
			}
			caseID := tr.str("case_id")
			for _, org := range rt.receivers {
				inbox := e.api("GET", "/api/v1/referrals?status=sent", org, nil)
				var ref string
				for _, it := range inbox.list("items") {
					if m := it.(map[string]any); m["case_id"] == caseID {
						ref = m["id"].(string)
					}
				}
				if ref == "" {
					t.Fatalf("%s does not find its referral: %s", org, inbox.raw)
				}
				if r := e.api("GET", "/api/v1/cases/"+caseID, org, nil); r.status != 200 {
					t.Errorf("%s reads the case: %d", org, r.status)
				}
				for _, step := range []struct {
					action string
					body   any
				}{{"accept", nil}, {"feedback", map[string]any{"message": "Terugkoppeling van " + org}}, {"close", nil}} {
					if r := e.api("POST", "/api/v1/referrals/"+ref+"/"+step.action, org, step.body); r.status != 200 {
						t.Fatalf("%s %s: %d %s", org, step.action, r.status, r.raw)
					}
				}
			}
			c := e.api("GET", "/api/v1/cases/"+caseID, "af:rotterdam", nil)
			for _, org := range rt.receivers {
				if !strings.Contains(c.raw, "Terugkoppeling van "+org) {
					t.Errorf("AF misses feedback of %s", org)
				}
			}
			if r := e.api("POST", "/api/v1/cases/"+caseID+"/close", "af:rotterdam", map[string]any{"outcome": "care_completed"}); r.status != 200 {
				t.Fatalf("close: %d %s", r.status, r.raw)
			}
			if r := e.api("GET", "/api/v1/signals/"+id, "melder", nil); r.str("status") != "closed" {
				t.Errorf("melder sees closed: %s", r.raw)
			}
		})
	}
	logs := e.logs.String()
	for _, name := range []string{"Zuzana", "Kowalczyk", "Dragan", "Mila de Melder", "mila@example.org"} {
		if strings.Contains(logs, name) {
			t.Errorf("the logs contain personal data %q", name)
		}
	}
	if !strings.Contains(logs, `"route":"POST /api/v1/signals"`) {
		t.Errorf("requests are logged by route pattern: %.300s", logs)
	}
}

func TestAPIAdmin(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	if r := e.api("PUT", "/api/v1/reference/indicators/labour.new_sign", "beheer", map[string]any{"form": "labour", "label": "Nieuw", "source": "Praktijk", "active": true}); r.status != 200 || !strings.Contains(r.raw, "labour.new_sign") {
		t.Fatalf("add indicator: %d %s", r.status, r.raw)
	}
	if r := e.api("PUT", "/api/v1/reference/indicators/labour.new_sign", "beheer", map[string]any{"form": "sexual", "label": "Nieuw", "source": "Praktijk", "active": true}); r.status != 422 || !slices.Contains(r.fields(), "form") {
		t.Errorf("the form of an indicator is fixed: %d", r.status)
	}
	if r := e.api("PUT", "/api/v1/reference/indicators/labour.new_sign", "af:rotterdam", map[string]any{"form": "labour", "label": "x", "source": "y"}); r.status != 403 {
		t.Errorf("AF edits the catalogue: %d", r.status)
	}
	if r := e.api("PUT", "/api/v1/reference/municipalities/atlantis", "beheer", map[string]any{"name": "Atlantis", "active": true}); r.status != 404 {
		t.Errorf("unknown municipality: %d", r.status)
	}
	if r := e.api("PUT", "/api/v1/reference/municipalities/schiedam", "beheer", map[string]any{"name": "", "active": true}); r.status != 422 || !slices.Contains(r.fields(), "name") {
		t.Errorf("empty name: %d", r.status)
	}
	if r := e.api("PUT", "/api/v1/reference/organisations/nla", "beheer", map[string]any{"name": "Nederlandse Arbeidsinspectie", "contact": "0800-5151", "active": true}); r.status != 200 || !strings.Contains(r.raw, "0800-5151") {
		t.Errorf("organisation contact: %d", r.status)
	}
	if r := e.api("PUT", "/api/v1/reference/sectors/online", "beheer", map[string]any{"label": "Online", "active": false}); r.status != 200 {
		t.Errorf("sector: %d", r.status)
	}
	bad := validSignal()
	bad["sector"] = "online"
	if r := e.api("POST", "/api/v1/signals", "melder", bad); r.status != 422 || !slices.Contains(r.fields(), "sector") {
		t.Errorf("an inactive sector is no longer accepted: %d", r.status)
	}
	if r := e.api("POST", "/api/v1/users", "beheer", map[string]any{"name": "Nieuwe ZVH", "email": "zvh2@example.org", "role": "zvh", "organisation": "zvh-zuid-holland-zuid", "password": "lang-genoeg-wachtwoord"}); r.status != 422 || !slices.Contains(r.fields(), "password") {
		t.Errorf("the beheerder chose a password: %d %s", r.status, r.raw)
	}
	r := e.api("POST", "/api/v1/users", "beheer", map[string]any{"name": "Nieuwe ZVH", "email": "zvh2@example.org", "role": "zvh", "organisation": "zvh-zuid-holland-zuid"})
	if r.status != 201 || r.str("role") != "zvh" || !strings.Contains(r.str("enrolment", "url"), "/inschrijven/") {
		t.Fatalf("create user: %d %s", r.status, r.raw)
	}
	if r := e.api("POST", "/api/v1/users", "beheer", map[string]any{"name": "X", "email": "zvh2@example.org", "role": "zvh", "organisation": "zvh-zuid-holland-zuid"}); r.status != 409 {
		t.Errorf("duplicate e-mail: %d", r.status)
	}
	if r := e.api("POST", "/api/v1/users", "beheer", map[string]any{"name": "X", "email": "x@example.org", "role": "king", "organisation": "acme"}); r.status != 422 || !slices.Contains(r.fields(), "role") || !slices.Contains(r.fields(), "organisation") {
		t.Errorf("bad user: %d %v", r.status, r.fields())
	}
	if r := e.api("GET", "/api/v1/users", "privacy", nil); r.status != 403 {
		t.Errorf("privacy lists users: %d", r.status)
	}
	if r := e.api("GET", "/api/v1/users", "beheer", nil); r.status != 200 || !strings.Contains(r.raw, "zvh2@example.org") {
		t.Errorf("users: %d", r.status)
	}
}

func TestAPISuggestionsForTheAF(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	s := validSignal()
	s["acute_danger"] = true
	id := e.api("POST", "/api/v1/signals", "melder", s).str("id")
	r := e.api("GET", "/api/v1/signals/"+id, "af:rotterdam", nil)
	var got []string
	for _, x := range r.list("suggestions") {
		got = append(got, x.(map[string]any)["notify"].(string))
	}
	if !slices.Equal(got, []string{"veilig_thuis", "police"}) {
		t.Errorf("minor victim and acute danger: suggestions %v", got)
	}
	if r := e.api("GET", "/api/v1/signals/"+id, "melder", nil); strings.Contains(r.raw, "suggestions") {
		t.Errorf("suggestions are for the AF: %s", r.raw)
	}
}

func TestMetrics(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.api("POST", "/api/v1/signals", "melder", validSignal())
	e.api("GET", "/api/v1/signals", "af:rotterdam", nil)
	// Not on the main port, for anyone: on a listener of its own (serve's
	// --metrics-addr, tested in cmd/schakel).
	if r := e.api("GET", "/metrics", "", nil); r.status != http.StatusNotFound || strings.Contains(r.raw, "schakel_") {
		t.Errorf("the main port answers /metrics: %d", r.status)
	}
	rec := httptest.NewRecorder()
	e.web.MetricsHandler().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	r := resp{status: rec.Code, raw: rec.Body.String()}
	if r.status != 200 {
		t.Fatalf("metrics: %d", r.status)
	}
	for _, want := range []string{
		`schakel_http_requests_total{method="POST",route="POST /api/v1/signals",status="201"} 1`,
		`schakel_http_request_duration_seconds_bucket{route="GET /api/v1/signals",le=`,
		"schakel_open_signals 1", "schakel_overdue_signals 0", `schakel_jobs{state="pending"} 0`, "schakel_database_up 1",
	} {
		if !strings.Contains(r.raw, want) {
			t.Errorf("metrics lack %q", want)
		}
	}
	if strings.Contains(r.raw, "Zuzana") || strings.Contains(r.raw, "/api/v1/signals/") {
		t.Error("metrics carry ids or personal data")
	}
}
