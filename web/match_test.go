package web_test

import (
	"context"
	"log/slog"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/schakel-nl/schakel/sqlstore"
)

// matchHits runs the hit matching as serve's periodic job does.
func (e *env) matchHits() {
	e.t.Helper()
	ctx := context.Background()
	if err := e.st.DB().Enqueue(ctx, sqlstore.JobPersonHits); err != nil {
		e.t.Fatal(err)
	}
	jr := &sqlstore.JobRunner{Store: e.st, Instance: "t", Poll: time.Millisecond, Lease: time.Minute, Log: slog.New(slog.DiscardHandler)}
	if err := jr.Tick(ctx); err != nil {
		e.t.Fatal(err)
	}
}

// TestPersonMatchShown: a victim known in Dordrecht is named again in a
// Rotterdam signal. Rotterdam's AF, who may not read the Dordrecht record,
// is told nothing of it, in the UI or the API; Dordrecht's AF, who holds
// it, gets a hit notice on the own record (page, start page count, API)
// saying whom to contact in Rotterdam. A match in Rotterdam's own records
// is shown to Rotterdam's AF with a link.
func TestPersonMatchShown(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	first := validSignal()
	first["municipality"] = "dordrecht"
	first["account"] = "Verhaal-uit-Dordrecht dat Rotterdam niet mag lezen."
	r := e.api("POST", "/api/v1/signals", "melder", first)
	if r.status != http.StatusCreated {
		t.Fatalf("create: %d %s", r.status, r.raw)
	}
	dordrecht := r.str("id")
	e.matchHits()
	second := validSignal()
	second["persons"] = []any{map[string]any{"role": "victim", "name": "KOWALCZYK TESTPERSON, Zuzana", "birth_date": "2009-03", "gender": "female", "nationality": "SK"}}
	r = e.api("POST", "/api/v1/signals", "melder", second)
	if r.status != http.StatusCreated {
		t.Fatalf("create: %d %s", r.status, r.raw)
	}
	id := r.str("id")
	e.matchHits()
	r = e.api("GET", "/api/v1/signals/"+id, "af:rotterdam", nil)
	if r.status != 200 || len(r.list("matches")) != 0 || strings.Contains(r.raw, "dordrecht") {
		t.Fatalf("API: Rotterdam's AF learns of the Dordrecht record: %d %s", r.status, r.raw)
	}
	b := e.browser()
	b.login("af@schakel.demo")
	if p := b.get("/signalen/" + id); strings.Contains(p.body, "Mogelijk elders bekend") || strings.Contains(p.body, "Dordrecht") {
		t.Error("the page tells Rotterdam's AF of the Dordrecht record")
	}
	if r := e.api("GET", "/api/v1/hits", "af:rotterdam", nil); len(r.list("items")) != 0 {
		t.Errorf("Rotterdam's AF holds no hit: %s", r.raw)
	}
	// The holder is told, on its own record.
	r = e.api("GET", "/api/v1/hits", "af:dordrecht", nil)
	hits := r.list("items")
	if r.status != 200 || len(hits) != 1 {
		t.Fatalf("Dordrecht's hits: %d %s", r.status, r.raw)
	}
	h := hits[0].(map[string]any)
	if h["signal_id"] != dordrecht || h["municipality"] != "rotterdam" || h["contact"] != "Anna Aandacht" || strings.Contains(r.raw, id) {
		t.Errorf("hit %s", r.raw)
	}
	if me := e.api("GET", "/api/v1/me", "af:dordrecht", nil); !strings.Contains(me.raw, `"person_hits":1`) {
		t.Errorf("the count of hits: %s", me.raw)
	}
	if me := e.api("GET", "/api/v1/me", "regie", nil); !strings.Contains(me.raw, `"cross_matches":1`) || strings.Contains(me.raw, "rotterdam") {
		t.Errorf("the beleidsregisseur sees that a cross-holder match exists, without names: %s", me.raw)
	}
	if me := e.api("GET", "/api/v1/me", "af:dordrecht", nil); strings.Contains(me.raw, "cross_matches") {
		t.Errorf("only the beleidsregisseur counts the region's matches: %s", me.raw)
	}
	for _, key := range []string{"melder", "essm", "riec-rotterdam", "regie", "privacy"} {
		if r := e.api("GET", "/api/v1/hits", key, nil); len(r.list("items")) != 0 || r.status != 200 {
			t.Errorf("%s sees hits: %s", key, r.raw)
		}
	}
	d := e.browser()
	d.login("af-dordrecht@schakel.demo")
	if p := d.get("/"); !strings.Contains(p.body, "1 mogelijke treffer") {
		t.Error("Dordrecht's start page does not tell of the hit")
	}
	p := d.get("/treffers")
	for _, want := range []string{"Zuzana Kowalczyk-Testperson", "Rotterdam", "Anna Aandacht", "/signalen/" + dordrecht} {
		if !strings.Contains(p.body, want) {
			t.Errorf("hits page lacks %q", want)
		}
	}
	if strings.Contains(p.body, id) {
		t.Error("the hits page names the new signal")
	}
	// A third signal in Rotterdam matches Rotterdam's own: shown, linked.
	r = e.api("POST", "/api/v1/signals", "melder", second)
	third := r.str("id")
	r = e.api("GET", "/api/v1/signals/"+third, "af:rotterdam", nil)
	m := r.list("matches")
	if len(m) != 1 || m[0].(map[string]any)["signal_id"] != id {
		t.Errorf("a match in Rotterdam's own record: %s", r.raw)
	}
	if p := b.get("/signalen/" + third); !strings.Contains(p.body, "Mogelijk elders bekend") || !strings.Contains(p.body, "/signalen/"+id) {
		t.Error("the page does not show the readable match")
	}
}
