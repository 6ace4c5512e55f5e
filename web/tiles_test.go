package web_test

import (
	"html"
	"regexp"
	"strconv"
	"testing"
)

var (
	tileRe  = regexp.MustCompile(`<li class="count[^"]*"><a href="([^"]+)"><span class="count__n">(\d+)</span>`)
	totalRe = regexp.MustCompile(`role="status">(\d+) `)
)

// TestTilesOpenWhatTheyCount: every tile of every start page opens the
// list with exactly the filter it counts, and that list's total is the
// tile's number (issue 12: "Wachten op antwoord" and "Niet op tijd
// beantwoord" opened every open case).
func TestTilesOpenWhatTheyCount(t *testing.T) {
	t.Parallel()
	e := newEnvWith(t, nil, 120)
	seen := 0
	for _, email := range []string{"af@schakel.demo", "zorg@schakel.demo", "zvh@schakel.demo", "riec@schakel.demo", "politie@schakel.demo", "regie@schakel.demo"} {
		b := e.browser()
		b.login(email)
		home := b.get("/")
		tiles := tileRe.FindAllStringSubmatch(home.body, -1)
		if len(tiles) == 0 {
			t.Fatalf("%s: no tiles on the start page", email)
		}
		for _, tl := range tiles {
			href, n := html.UnescapeString(tl[1]), tl[2]
			list := b.get(href)
			m := totalRe.FindStringSubmatch(list.body)
			if list.status != 200 || m == nil || m[1] != n {
				t.Errorf("%s: the tile %s says %s; the list shows %v (%d)", email, href, n, m, list.status)
			}
			if v, _ := strconv.Atoi(n); v > 0 {
				seen++
			}
		}
	}
	// The API's lists take the same filters.
	api := map[string]string{
		"/casussen?status=open&wacht=1":   "/api/v1/cases?status=open&awaiting=true",
		"/casussen?status=open&te_laat=1": "/api/v1/cases?status=open&overdue=true",
	}
	b := e.browser()
	b.login("af@schakel.demo")
	for _, tl := range tileRe.FindAllStringSubmatch(b.get("/").body, -1) {
		path, ok := api[html.UnescapeString(tl[1])]
		if !ok {
			continue
		}
		r := e.api("GET", path, "af:rotterdam", nil)
		if total, _ := r.body["total"].(float64); r.status != 200 || strconv.Itoa(int(total)) != tl[2] {
			t.Errorf("%s: %d %v, the tile says %s", path, r.status, r.body["total"], tl[2])
		}
		delete(api, html.UnescapeString(tl[1]))
	}
	if len(api) > 0 {
		t.Errorf("tiles missing from the AF's start page: %v", api)
	}
	r := e.api("GET", "/api/v1/referrals?open=true&overdue=true", "essm", nil)
	if r.status != 200 {
		t.Errorf("referral filters: %d %s", r.status, r.raw)
	}
	if seen < 5 {
		t.Errorf("only %d tiles with work: the demo data does not exercise them", seen)
	}
}
