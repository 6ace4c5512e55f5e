package web_test

import (
	"net/url"
	"strings"
	"testing"
)

// TestAssignCaseUIAndAPI: the AF takes a case in the API, it shows on the
// case and in the list, "assigned to me" finds it; another municipality's
// AF finds the case absent; the page's form assigns and names a bad
// choice at the field.
func TestAssignCaseUIAndAPI(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	_, caseID := e.careCase()
	me := e.users["af:rotterdam"]
	r := e.api("POST", "/api/v1/cases/"+caseID+"/assign", "af:rotterdam", map[string]any{"user": me.ID})
	if r.status != 200 || r.str("assignee", "id") != me.ID || r.str("assignee", "name") != me.Name {
		t.Fatalf("assign: %d %s", r.status, r.raw)
	}
	if r := e.api("GET", "/api/v1/cases?mine=true", "af:rotterdam", nil); r.status != 200 || r.body["total"] != float64(1) {
		t.Fatalf("mine: %d %s", r.status, r.raw)
	}
	if r := e.api("POST", "/api/v1/cases/"+caseID+"/assign", "af:dordrecht", map[string]any{"user": e.users["af:dordrecht"].ID}); r.status != 404 {
		t.Fatalf("another municipality's AF: %d %s", r.status, r.raw)
	}
	if r := e.api("POST", "/api/v1/cases/"+caseID+"/assign", "af:rotterdam", map[string]any{"user": e.users["essm"].ID}); r.status != 422 || !strings.Contains(r.raw, `"user"`) {
		t.Fatalf("someone of another organisation: %d %s", r.status, r.raw)
	}

	b := e.browser()
	b.login("af@schakel.demo")
	page := b.get("/casussen/" + caseID)
	if !strings.Contains(page.body, `id="f-user"`) || !strings.Contains(page.body, `<dd>`+me.Name+`</dd>`) {
		t.Fatalf("the case page shows no assignee or form")
	}
	list := b.get("/casussen?mijn=1")
	if !strings.Contains(list.body, `data-label="Behandelaar">`+me.Name+`</td>`) {
		t.Fatalf("the list shows no assignee")
	}
	bad := b.post("/casussen/"+caseID+"/toewijzen", url.Values{"user": {e.users["essm"].ID}})
	if bad.status != 422 || !strings.Contains(bad.body, `id="f-user-error"`) || !strings.Contains(bad.body, `aria-describedby="f-user-error"`) {
		t.Fatalf("a bad choice: %d", bad.status)
	}
	ok := b.post("/casussen/"+caseID+"/toewijzen", url.Values{"user": {""}})
	if ok.status != 303 {
		t.Fatalf("unassign: %d", ok.status)
	}
	if page := b.get("/casussen/" + caseID); !strings.Contains(page.body, "Niemand in het bijzonder</dd>") {
		t.Fatalf("after unassigning the page still names someone")
	}
}
