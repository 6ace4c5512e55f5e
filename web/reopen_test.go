package web_test

import (
	"net/url"
	"strings"
	"testing"
)

// TestReopenUIAndAPI: a closed case reopens in the API with a reason and
// on the page, where a missing reason is named at its field.
func TestReopenUIAndAPI(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	_, caseID := e.careCase()
	closeIt := func() {
		t.Helper()
		if r := e.api("POST", "/api/v1/cases/"+caseID+"/close", "af:rotterdam", map[string]any{"outcome": "care_completed", "note": ""}); r.status != 200 {
			t.Fatalf("close: %d %s", r.status, r.raw)
		}
	}
	closeIt()
	if r := e.api("POST", "/api/v1/cases/"+caseID+"/reopen", "af:rotterdam", map[string]any{"reason": ""}); r.status != 422 || !strings.Contains(r.raw, `"reason"`) {
		t.Fatalf("no reason: %d %s", r.status, r.raw)
	}
	if r := e.api("POST", "/api/v1/cases/"+caseID+"/reopen", "af:rotterdam", map[string]any{"reason": "Opnieuw in beeld."}); r.status != 200 || r.str("status") != "open" {
		t.Fatalf("reopen: %d %s", r.status, r.raw)
	}
	if r := e.api("POST", "/api/v1/cases/"+caseID+"/reopen", "af:rotterdam", map[string]any{"reason": "Nog eens."}); r.status != 409 {
		t.Fatalf("reopen an open case: %d %s", r.status, r.raw)
	}
	closeIt()
	b := e.browser()
	b.login("af@schakel.demo")
	if p := b.get("/casussen/" + caseID); !strings.Contains(p.body, `id="f-reopen-reason"`) {
		t.Fatalf("a closed case offers no reopening")
	}
	if p := b.post("/casussen/"+caseID+"/heropenen", url.Values{"reopen_reason": {""}}); p.status != 422 || !strings.Contains(p.body, `id="f-reopen-reason-error"`) {
		t.Fatalf("no reason on the page: %d", p.status)
	}
	if p := b.post("/casussen/"+caseID+"/heropenen", url.Values{"reopen_reason": {"Nieuwe melding."}}); p.status != 303 {
		t.Fatalf("reopen on the page: %d", p.status)
	}
	if p := b.get("/casussen/" + caseID); !strings.Contains(p.body, "Casus heropend") {
		t.Fatalf("the timeline does not say the case was reopened")
	}
}
