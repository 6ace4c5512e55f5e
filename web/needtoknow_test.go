package web_test

import (
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"
)

// A referral its addressee could never see is refused with 422 naming
// the organisation, nothing is stored, and the UI offers only possible
// addressees.
func TestReferralToImpossibleAddressee(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	id := e.api("POST", "/api/v1/signals", "melder", validSignal()).str("id")
	caseID := e.api("POST", "/api/v1/signals/"+id+"/triage", "af:rotterdam", map[string]any{"route": "care"}).str("case_id")
	before := e.rows("referrals")
	r := e.api("POST", "/api/v1/cases/"+caseID+"/referrals", "af:rotterdam", map[string]any{"to": "riec-rotterdam"})
	if r.status != 422 || !slices.Equal(r.fields(), []string{"to"}) || !strings.Contains(r.raw, "RIEC Rotterdam") {
		t.Fatalf("care case to the RIEC: %d %s", r.status, r.raw)
	}
	if e.rows("referrals") != before {
		t.Fatal("a refused referral was stored")
	}
	c := e.api("GET", "/api/v1/cases/"+caseID, "af:rotterdam", nil)
	var offered []string
	for _, a := range c.list("addressees") {
		offered = append(offered, a.(string))
	}
	if slices.Contains(offered, "riec-rotterdam") || slices.Contains(offered, "essm") || !slices.Contains(offered, "politie-avim") {
		t.Errorf("addressees of a care case with ESSM referred: %v", offered)
	}
	b := e.browser()
	b.login("af@schakel.demo")
	p := b.get("/casussen/" + caseID)
	if p.status != 200 || strings.Contains(p.body, `value="riec-rotterdam"`) || !strings.Contains(p.body, `value="politie-avim"`) {
		t.Errorf("the re-referral form offers an impossible addressee (%d)", p.status)
	}
	p = b.post("/casussen/"+caseID+"/doorverwijzen", url.Values{"to": {"riec-rotterdam"}})
	if p.status != 422 || !strings.Contains(p.body, `id="f-to-error"`) || !strings.Contains(p.body, "RIEC Rotterdam") {
		t.Errorf("UI re-referral to the RIEC: %d", p.status)
	}
	if r := e.api("POST", "/api/v1/cases/"+caseID+"/referrals", "af:rotterdam", map[string]any{"to": "politie-avim"}); r.status != 201 {
		t.Errorf("care case to the police: %d %s", r.status, r.raw)
	}
}

// A partner that closed its referral keeps its own referral page, not
// the case; the care coordinator reads no account that may name suspects.
func TestUIEndedReferralAndWithheldAccount(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	id := e.api("POST", "/api/v1/signals", "melder", validSignal()).str("id")
	caseID := e.api("POST", "/api/v1/signals/"+id+"/triage", "af:rotterdam", map[string]any{"route": "care", "notify": []string{"police"}}).str("case_id")
	var ref string
	for _, it := range e.api("GET", "/api/v1/referrals", "politie-avim", nil).list("items") {
		ref = it.(map[string]any)["id"].(string)
	}
	if e.api("POST", "/api/v1/referrals/"+ref+"/accept", "politie-avim", nil).status != 200 ||
		e.api("POST", "/api/v1/referrals/"+ref+"/feedback", "politie-avim", map[string]any{"message": "Aangifte opgenomen."}).status != 200 {
		t.Fatal("police accept and give feedback")
	}
	b := e.browser()
	b.login("politie@schakel.demo")
	p := b.post("/doorverwijzingen/"+ref+"/afsluiten", url.Values{"case": {caseID}})
	if p.status != http.StatusSeeOther || p.location != "/doorverwijzingen/"+ref {
		t.Fatalf("closing goes to the referral's own page: %d %s", p.status, p.location)
	}
	p = b.get(p.location)
	if p.status != 200 || !strings.Contains(p.body, "Aangifte opgenomen.") || !strings.Contains(p.body, "niet meer voor uw organisatie zichtbaar") {
		t.Errorf("the ended referral's page: %d", p.status)
	}
	if p := b.get("/casussen/" + caseID); p.status != 404 {
		t.Errorf("police open the case after closing their part: %d", p.status)
	}
	if r := e.api("GET", "/api/v1/referrals/"+ref, "politie-avim", nil); r.status != 200 || r.body["case_visible"] != false {
		t.Errorf("API: the ended referral: %d %s", r.status, r.raw)
	}
	zc := e.browser()
	zc.login("zorg@schakel.demo")
	p = zc.get("/signalen/" + id)
	if p.status != 200 || strings.Contains(p.body, "lijkt bang") || strings.Contains(p.body, "Dragan") || !strings.Contains(p.body, "namen van verdachten") {
		t.Errorf("the care coordinator's signal page: %d", p.status)
	}
	if r := e.api("GET", "/api/v1/signals/"+id, "essm", nil); r.str("account") != "" || len(r.list("withheld")) != 2 {
		t.Errorf("API: care reads the account: %s", r.raw)
	}
}
