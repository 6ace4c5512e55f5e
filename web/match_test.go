package web_test

import (
	"net/http"
	"strings"
	"testing"
)

// TestPersonMatchShown: a victim known in Dordrecht is named again in a
// Rotterdam signal; Rotterdam's AF is told where to ask, in the UI and in
// the API, and sees nothing of the Dordrecht record.
func TestPersonMatchShown(t *testing.T) {
	e := newEnv(t)
	first := validSignal()
	first["municipality"] = "dordrecht"
	first["account"] = "Verhaal-uit-Dordrecht dat Rotterdam niet mag lezen."
	r := e.api("POST", "/api/v1/signals", "melder", first)
	if r.status != http.StatusCreated {
		t.Fatalf("create: %d %s", r.status, r.raw)
	}
	second := validSignal()
	second["persons"] = []any{map[string]any{"role": "victim", "name": "KOWALCZYK TESTPERSON, Zuzana", "birth_date": "2009-03", "gender": "female", "nationality": "SK"}}
	r = e.api("POST", "/api/v1/signals", "melder", second)
	if r.status != http.StatusCreated {
		t.Fatalf("create: %d %s", r.status, r.raw)
	}
	id := r.str("id")
	r = e.api("GET", "/api/v1/signals/"+id, "af:rotterdam", nil)
	m := r.list("matches")
	if r.status != 200 || len(m) != 1 || m[0].(map[string]any)["organisation"] != "gemeente-dordrecht" || m[0].(map[string]any)["signal_id"] != nil {
		t.Fatalf("API matches: %d %s", r.status, r.raw)
	}
	if strings.Contains(r.raw, "Verhaal-uit-Dordrecht") {
		t.Fatal("the match disclosed the other record")
	}
	if r := e.api("GET", "/api/v1/signals/"+id, "melder", nil); len(r.list("matches")) != 0 {
		t.Errorf("the reporter is told of matches: %s", r.raw)
	}
	b := e.browser()
	b.login("af@schakel.demo")
	p := b.get("/signalen/" + id)
	for _, want := range []string{"Mogelijk elders bekend", "Gemeente Dordrecht", "neem contact op met", "03-2009"} {
		if !strings.Contains(p.body, want) {
			t.Errorf("signal page lacks %q", want)
		}
	}
	if strings.Contains(p.body, "Verhaal-uit-Dordrecht") {
		t.Error("the page disclosed the other record")
	}
}
