package web_test

import (
	"net/url"
	"strings"
	"testing"
)

// TestSearchBox: the search of the API's lists and of the pages. A number
// finds its record; a full name finds it for who may read the person and
// for nobody else; one word answers 400 with the field named (problem
// JSON in the API, a message linked to the search box on the page).
func TestSearchBox(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	created := e.api("POST", "/api/v1/signals", "melder", validSignal())
	if created.status != 201 {
		t.Fatalf("create: %d %s", created.status, created.raw)
	}
	number := created.str("number")
	if !strings.HasPrefix(number, "S-") {
		t.Fatalf("no number in the answer: %s", created.raw)
	}
	count := func(key, path string) int {
		t.Helper()
		r := e.api("GET", path, key, nil)
		if r.status != 200 {
			t.Fatalf("%s: %d %s", path, r.status, r.raw)
		}
		total, _ := r.body["total"].(float64)
		return int(total)
	}
	name := url.QueryEscape("zuzana KOWALCZYK testperson")
	for _, tt := range []struct {
		rule, key, path string
		want            int
	}{
		{"a number finds its signal", "af:rotterdam", "/api/v1/signals?q=" + url.QueryEscape(strings.ToLower(number)), 1},
		{"a full name finds the signal of a person the AF may read", "af:rotterdam", "/api/v1/signals?q=" + name, 1},
		{"the AF of another municipality finds nothing by number", "af:dordrecht", "/api/v1/signals?q=" + number, 0},
		{"the AF of another municipality finds nothing by name", "af:dordrecht", "/api/v1/signals?q=" + name, 0},
		{"no case yet: the case list finds nothing", "af:rotterdam", "/api/v1/cases?q=" + number, 0},
	} {
		if got := count(tt.key, tt.path); got != tt.want {
			t.Errorf("%s: %d found, want %d", tt.rule, got, tt.want)
		}
	}
	r := e.api("GET", "/api/v1/cases?q=Zuzana", "af:rotterdam", nil)
	if r.status != 422 || r.header.Get("Content-Type") != "application/problem+json" || !strings.Contains(r.raw, `"q"`) {
		t.Errorf("one word: %d %s %s", r.status, r.header.Get("Content-Type"), r.raw)
	}

	b := e.browser()
	b.login("af@schakel.demo")
	p := b.get("/signalen?q=" + url.QueryEscape(number))
	if p.status != 200 || !strings.Contains(p.body, `href="/signalen/`+created.str("id")+`">`+number+`</a>`) || !strings.Contains(p.body, `id="f-q"`) {
		t.Fatalf("the queue searched by number: %d", p.status)
	}
	p = b.get("/casussen?q=Zuzana")
	if p.status != 422 || !strings.Contains(p.body, `aria-describedby="f-q-hint f-q-error"`) || !strings.Contains(p.body, `id="f-q-error"`) {
		t.Fatalf("one word on the page: %d", p.status)
	}
}
