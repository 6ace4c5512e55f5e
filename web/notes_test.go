package web_test

import (
	"net/url"
	"strings"
	"testing"
)

// TestNotesUIAndAPI: a note written in the API is read back there and on
// the case page; a shared note reaches the police it was shared with, an
// unshared one does not; care, whose grant holds no free text, finds the
// notes absent and sees no notes section; an empty note is named at its
// field.
func TestNotesUIAndAPI(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	_, caseID := e.careCase("police")
	if r := e.api("POST", "/api/v1/cases/"+caseID+"/notes", "af:rotterdam", map[string]any{"text": "Alleen voor ons.", "shared": false}); r.status != 201 || r.str("text") != "Alleen voor ons." {
		t.Fatalf("add: %d %s", r.status, r.raw)
	}
	if r := e.api("POST", "/api/v1/cases/"+caseID+"/notes", "af:rotterdam", map[string]any{"text": "Voor iedereen.", "shared": true}); r.status != 201 {
		t.Fatalf("add shared: %d %s", r.status, r.raw)
	}
	for _, tt := range []struct {
		key, want, not string
		status         int
	}{
		{"af:rotterdam", "Alleen voor ons.", "", 200},
		{"politie-avim", "Voor iedereen.", "Alleen voor ons.", 200},
		{"essm", "", "", 404},
		{"af:dordrecht", "", "", 404},
	} {
		r := e.api("GET", "/api/v1/cases/"+caseID+"/notes", tt.key, nil)
		if r.status != tt.status || (tt.want != "" && !strings.Contains(r.raw, tt.want)) || (tt.not != "" && strings.Contains(r.raw, tt.not)) {
			t.Errorf("%s reads notes: %d %s", tt.key, r.status, r.raw)
		}
	}
	if r := e.api("POST", "/api/v1/cases/"+caseID+"/notes", "af:rotterdam", map[string]any{"text": ""}); r.status != 422 || !strings.Contains(r.raw, `"text"`) {
		t.Errorf("empty note: %d %s", r.status, r.raw)
	}

	af := e.browser()
	af.login("af@schakel.demo")
	if p := af.get("/casussen/" + caseID); !strings.Contains(p.body, "Alleen voor ons.") || !strings.Contains(p.body, `id="f-text"`) {
		t.Fatalf("the AF's case page shows no notes")
	}
	if p := af.post("/casussen/"+caseID+"/notities", url.Values{"text": {""}}); p.status != 422 || !strings.Contains(p.body, `id="f-text-error"`) {
		t.Fatalf("empty note on the page: %d", p.status)
	}
	if p := af.post("/casussen/"+caseID+"/notities", url.Values{"text": {"Op de pagina geschreven."}, "shared": {"1"}}); p.status != 303 {
		t.Fatalf("note from the page: %d", p.status)
	}
	care := e.browser()
	care.login("zorg@schakel.demo")
	if p := care.get("/casussen/" + caseID); p.status != 200 || strings.Contains(p.body, "Voor iedereen.") || strings.Contains(p.body, `id="notes-title"`) {
		t.Fatalf("care's case page: %d, shows notes", p.status)
	}
}
