package web_test

import (
	"net/url"
	"strings"
	"testing"
	"time"
)

// TestTasksUIAndAPI: a task added in the API shows on the case and on "my
// tasks"; a bad date is named at its field on the page; done in the API
// and on the page.
func TestTasksUIAndAPI(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	_, caseID := e.careCase()
	tomorrow := time.Now().AddDate(0, 0, 2).Format("2006-01-02")
	r := e.api("POST", "/api/v1/cases/"+caseID+"/tasks", "af:rotterdam", map[string]any{"title": "Intake plannen", "due": tomorrow})
	if r.status != 201 || r.str("title") != "Intake plannen" || r.str("assignee", "id") != e.users["af:rotterdam"].ID {
		t.Fatalf("add: %d %s", r.status, r.raw)
	}
	taskID := r.str("id")
	if r := e.api("GET", "/api/v1/tasks", "af:rotterdam", nil); r.status != 200 || !strings.Contains(r.raw, "Intake plannen") {
		t.Fatalf("my tasks: %d %s", r.status, r.raw)
	}
	if r := e.api("POST", "/api/v1/cases/"+caseID+"/tasks", "af:rotterdam", map[string]any{"title": "x", "due": "gisteren"}); r.status != 422 || !strings.Contains(r.raw, `"due"`) {
		t.Fatalf("bad date: %d %s", r.status, r.raw)
	}
	if r := e.api("POST", "/api/v1/tasks/"+taskID+"/done", "af:dordrecht", nil); r.status != 404 {
		t.Fatalf("another municipality's AF: %d %s", r.status, r.raw)
	}

	b := e.browser()
	b.login("af@schakel.demo")
	if p := b.get("/casussen/" + caseID); !strings.Contains(p.body, "Intake plannen") || !strings.Contains(p.body, `id="f-due"`) {
		t.Fatalf("the case page shows no tasks")
	}
	if p := b.get("/taken"); !strings.Contains(p.body, "Intake plannen") || !strings.Contains(p.body, `role="status">1 taak`) {
		t.Fatalf("my tasks page")
	}
	if p := b.post("/casussen/"+caseID+"/taken", url.Values{"title": {"Bellen"}, "due": {"2020-01-01"}}); p.status != 422 || !strings.Contains(p.body, `id="f-due-error"`) {
		t.Fatalf("a date in the past on the page: %d", p.status)
	}
	if p := b.post("/taken/"+taskID+"/afgerond", url.Values{"terug": {"/taken"}}); p.status != 303 {
		t.Fatalf("done on the page: %d", p.status)
	}
	if p := b.get("/taken"); strings.Contains(p.body, "Intake plannen") {
		t.Fatalf("a done task is still on my tasks")
	}
	if r := e.api("POST", "/api/v1/tasks/"+taskID+"/done", "af:rotterdam", nil); r.status != 409 {
		t.Fatalf("done twice: %d %s", r.status, r.raw)
	}
}
