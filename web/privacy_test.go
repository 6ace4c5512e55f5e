package web_test

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"
)

func TestUIPrivacyRights(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	r := e.api("POST", "/api/v1/signals", "melder", validSignal())
	if r.status != 201 {
		t.Fatal(r.raw)
	}
	id := r.str("id")
	b := e.browser()
	b.login("privacy@schakel.demo")
	person := url.Values{"person_name": {"Zuzana Kowalczyk-Testperson"}, "person_birth": {"01-03-2009"}}
	p := b.post("/privacy/betrokkene", person)
	if p.status != 200 || !strings.Contains(p.body, `value="`+id+`"`) {
		t.Fatalf("find the person: %d", p.status)
	}
	if p := b.post("/privacy/betrokkene", url.Values{"person_name": {"Alleen Naam"}}); p.status != 422 || !strings.Contains(p.body, `id="f-person-name-error"`) {
		t.Errorf("search without birth date: %d", p.status)
	}
	res, err := b.c.PostForm(e.srv.URL+"/privacy/inzage", person)
	if err != nil {
		t.Fatal(err)
	}
	exp := readPage(t, res)
	if res.Header.Get("Content-Disposition") == "" || !strings.Contains(exp.body, "Jonge vrouw wordt dagelijks opgehaald") || !strings.Contains(exp.body, "access_log") {
		t.Errorf("art. 15 export: %s", exp.body[:min(200, len(exp.body))])
	}
	// A legal hold needs a reason, then keeps the signal from erasure.
	hold := url.Values{"hold": {"1"}, "reason-" + id: {""}}
	for k, v := range person {
		hold[k] = v
	}
	if p := b.post("/privacy/bewaarplicht/"+id, hold); p.status != 422 {
		t.Errorf("hold without reason: %d", p.status)
	}
	hold.Set("reason", "Onderzoek van de recherche")
	if p := b.post("/privacy/bewaarplicht/"+id, hold); p.status != http.StatusSeeOther {
		t.Fatalf("hold: %d %s", p.status, p.body)
	}
	erase := url.Values{"signals": {id}}
	for k, v := range person {
		erase[k] = v
	}
	if p := b.post("/privacy/wissen", erase); p.status != 422 || !strings.Contains(p.body, `id="f-confirm-error"`) {
		t.Errorf("erase without confirmation: %d", p.status)
	}
	erase.Set("confirm", "1")
	if p := b.post("/privacy/wissen", erase); p.status != 200 || !strings.Contains(p.body, "0 signalen gewist") || !strings.Contains(p.body, "bewaarplicht") {
		t.Errorf("erase under hold: %d", p.status)
	}
	// Through the API: lift the hold, erase, and the person is gone.
	if r := e.api("PUT", "/api/v1/signals/"+id+"/legal-hold", "privacy", map[string]any{"hold": false}); r.status != 200 {
		t.Fatalf("lift hold: %d %s", r.status, r.raw)
	}
	subject := map[string]any{"name": "Zuzana Kowalczyk-Testperson", "birth_date": "2009-03-01"}
	if r := e.api("POST", "/api/v1/privacy/subjects/access", "privacy", map[string]any{"person": subject}); r.status != 200 || len(r.list("records")) != 1 {
		t.Errorf("API access: %d %s", r.status, r.raw)
	}
	r = e.api("POST", "/api/v1/privacy/subjects/erase", "privacy", map[string]any{"person": subject, "signals": []string{id}})
	if r.status != 200 || len(r.list("erased")) != 1 {
		t.Fatalf("API erase: %d %s", r.status, r.raw)
	}
	if r := e.api("GET", "/api/v1/signals/"+id, "af:rotterdam", nil); r.status != 200 || r.str("erased_at") == "" || strings.Contains(r.raw, "Kowalczyk") {
		t.Errorf("the erased signal: %d %s", r.status, r.raw)
	}
	if p := b.get("/signalen/" + id); p.status != 404 {
		t.Errorf("the privacy officer reads the signal: %d", p.status)
	}
	if r := e.api("POST", "/api/v1/privacy/subjects/search", "af:rotterdam", map[string]any{"person": subject}); r.status != 403 {
		t.Errorf("the AF searches subjects: %d", r.status)
	}
}

func TestUIBreakGlass(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	r := e.api("POST", "/api/v1/signals", "melder", validSignal())
	id := r.str("id")
	tr := e.api("POST", "/api/v1/signals/"+id+"/triage", "af:rotterdam", map[string]any{"route": "care"})
	caseID := tr.str("case_id")
	if caseID == "" {
		t.Fatalf("triage: %s", tr.raw)
	}
	b := e.browser()
	b.login("riec@schakel.demo")
	p := b.get("/casussen/" + caseID)
	if p.status != 404 || !strings.Contains(p.body, "/noodtoegang?casus="+caseID) {
		t.Fatalf("case outside the route: %d, offer of emergency access missing", p.status)
	}
	if p := b.get("/casussen/nope"); !strings.Contains(p.body, "/noodtoegang?casus=nope") {
		t.Error("the offer differs between an absent and a denied case")
	}
	if p := b.get("/noodtoegang?casus=" + caseID); p.status != 200 || !strings.Contains(p.body, `value="`+caseID+`"`) {
		t.Fatalf("form: %d", p.status)
	}
	if p := b.post("/noodtoegang", url.Values{"case": {caseID}, "reason": {"kort"}}); p.status != 422 || !strings.Contains(p.body, `id="f-reason-error"`) {
		t.Errorf("short reason: %d", p.status)
	}
	if p := b.post("/noodtoegang", url.Values{"case": {"nope"}, "reason": {"Acuut gevaar gemeld bij de meldkamer"}}); p.status != 404 {
		t.Errorf("unknown case: %d", p.status)
	}
	p = b.post("/noodtoegang", url.Values{"case": {caseID}, "reason": {"Acuut gevaar gemeld bij de meldkamer"}})
	if p.status != http.StatusSeeOther || p.location != "/casussen/"+caseID {
		t.Fatalf("take emergency access: %d %s", p.status, p.location)
	}
	if p := b.get("/casussen/" + caseID); p.status != 200 || !strings.Contains(p.body, "Noodtoegang tot") {
		t.Fatalf("case under emergency access: %d", p.status)
	}
	// The privacy officer is told, and reviews it.
	pb := e.browser()
	pb.login("privacy@schakel.demo")
	if p := pb.get("/"); !strings.Contains(p.body, "Noodtoegang te beoordelen: 1") {
		t.Error("the privacy officer's start page does not flag the emergency access")
	}
	rv := e.api("GET", "/api/v1/break-glass?open=1", "privacy", nil)
	var list []struct{ ID, Reason string }
	if err := json.Unmarshal([]byte(rv.raw), &list); rv.status != 200 || err != nil || len(list) != 1 || list[0].Reason != "Acuut gevaar gemeld bij de meldkamer" {
		t.Fatalf("API review list: %d %s", rv.status, rv.raw)
	}
	bgID := list[0].ID
	if p := pb.post("/privacy/noodtoegang/"+bgID+"/beoordeeld", nil); p.status != http.StatusSeeOther {
		t.Errorf("review: %d", p.status)
	}
	if r := e.api("POST", "/api/v1/break-glass/"+bgID+"/review", "privacy", nil); r.status != 404 {
		t.Errorf("reviewed twice: %d", r.status)
	}
	// Programs take emergency access too.
	r = e.api("POST", "/api/v1/cases/"+caseID+"/break-glass", "politie-avim", map[string]any{"reason": "Acute melding van de politie vannacht"})
	if r.status != 201 || r.str("expires_at") == "" {
		t.Errorf("API break glass: %d %s", r.status, r.raw)
	}
	if r := e.api("POST", "/api/v1/cases/"+caseID+"/break-glass", "melder", map[string]any{"reason": "Acute melding van de politie vannacht"}); r.status != 403 {
		t.Errorf("melder takes emergency access: %d", r.status)
	}
}
