package web_test

import (
	"strings"
	"testing"

	"github.com/schakel-nl/schakel/sqlstore/sqltest"
)

// TestIntegrityFaultAnswers: a signal whose unsealed data was changed
// outside Schakel (a date) is not served: its view answers a clear error
// in the API (problem JSON, 500) and the UI, the lists show it as damaged
// with its id only, and the fault is logged without personal data.
func TestIntegrityFaultAnswers(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	r := e.api("POST", "/api/v1/signals", "melder", validSignal())
	if r.status != 201 {
		t.Fatalf("create: %d %s", r.status, r.raw)
	}
	id := r.str("id")
	sqltest.Exec(t, e.st.DB().URL, `UPDATE signals SET observed_on = '2020-02-02' WHERE id = '`+id+`'`)
	personal := []string{"Zuzana", "Dragan", "Jonge vrouw", "Mila de Melder", "2020-02-02"}

	r = e.api("GET", "/api/v1/signals/"+id, "af:rotterdam", nil)
	if r.status != 500 || !strings.Contains(r.str("detail"), "beschadigd") || r.header.Get("Content-Type") != "application/problem+json" {
		t.Errorf("the view of a changed signal: %d %s", r.status, r.raw)
	}
	r = e.api("GET", "/api/v1/signals?limit=500", "af:rotterdam", nil)
	found := false
	for _, it := range r.list("items") {
		m := it.(map[string]any)
		if m["id"] == id {
			found = m["integrity_error"] == true && m["municipality"] == "" && m["observed_on"] == ""
		}
	}
	if r.status != 200 || !found {
		t.Errorf("the list does not show the row as damaged without its data: %d %s", r.status, r.raw)
	}

	b := e.browser()
	b.login("af@schakel.demo")
	p := b.get("/signalen")
	if p.status != 200 || !strings.Contains(p.body, "Beschadigd") || !strings.Contains(p.body, "/signalen/"+id) {
		t.Errorf("the queue page: %d, no damaged row", p.status)
	}
	p = b.get("/signalen/" + id)
	if p.status != 500 || !strings.Contains(p.body, "beschadigd") {
		t.Errorf("the signal page: %d", p.status)
	}
	for _, s := range personal {
		if strings.Contains(p.body, s) || strings.Contains(r.raw, s) {
			t.Errorf("%q served from a changed record", s)
		}
	}
	logs := e.logs.String()
	if !strings.Contains(logs, `"msg":"integrity fault"`) || !strings.Contains(logs, id) {
		t.Errorf("the fault is not logged with its id:\n%s", logs)
	}
	for _, s := range personal {
		if strings.Contains(logs, s) {
			t.Errorf("the log holds %q", s)
		}
	}
}
