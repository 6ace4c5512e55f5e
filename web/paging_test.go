package web_test

import (
	"encoding/base64"
	"encoding/json"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// pagedList is one paged list endpoint of the API, on data made for it.
type pagedList struct {
	name  string
	user  string
	query url.Values // the filter the rows are listed under
	// get asks for one page of the list with the given filter.
	get func(e *env, user string, q url.Values, limit int, cursor string) resp
	// shrink makes the listed rows two fewer (nil when rows never leave
	// the list, as audit lines do not).
	shrink func(e *env, ids []string)
}

func getList(path string) func(e *env, user string, q url.Values, limit int, cursor string) resp {
	return func(e *env, user string, q url.Values, limit int, cursor string) resp {
		v := url.Values{}
		for k, x := range q {
			v[k] = x
		}
		v.Set("limit", strconv.Itoa(limit))
		if cursor != "" {
			v.Set("cursor", cursor)
		}
		return e.api("GET", path+"?"+v.Encode(), user, nil)
	}
}

func postAuditSearch(e *env, user string, q url.Values, limit int, cursor string) resp {
	body := map[string]any{"limit": limit}
	for k := range q {
		body[k] = q.Get(k)
	}
	if cursor != "" {
		body["cursor"] = cursor
	}
	return e.api("POST", "/api/v1/audit/search", user, body)
}

// pagingEnv makes eight signals: four stay new, four are triaged to care
// (four open cases, four referrals sent to the care coordinator).
func pagingEnv(t *testing.T) (*env, []string, []string) {
	e := newEnv(t)
	var fresh, triaged []string
	for i := range 8 {
		id := e.api("POST", "/api/v1/signals", "melder", validSignal()).str("id")
		if i%2 == 0 {
			fresh = append(fresh, id)
			continue
		}
		r := e.api("POST", "/api/v1/signals/"+id+"/triage", "af:rotterdam", map[string]any{"route": "care"})
		if r.status != 200 {
			t.Fatalf("triage: %d %s", r.status, r.raw)
		}
		triaged = append(triaged, r.str("case_id"))
	}
	return e, fresh, triaged
}

// itemKey identifies a listed row: its id, or the whole row for audit
// lines, which have none.
func itemKey(item any) string {
	m := item.(map[string]any)
	if id, ok := m["id"].(string); ok {
		return id
	}
	b, _ := json.Marshal(m)
	return string(b)
}

// TestListPaging checks the paging rules on every paged list of the API:
// the last page has next null, a page size that divides the list exactly
// ends without an empty extra page, following next visits every row once,
// a cursor whose rows have gone gives an empty last page, and a cursor
// that does not open (garbage, forged, or made for another list, filter or
// user) is a 422 naming the cursor.
func TestListPaging(t *testing.T) {
	t.Parallel()
	lists := []pagedList{
		{name: "signals", user: "af:rotterdam", query: url.Values{"status": {"new"}}, get: getList("/api/v1/signals"),
			shrink: func(e *env, ids []string) {
				for _, id := range ids {
					e.api("POST", "/api/v1/signals/"+id+"/triage", "af:rotterdam", map[string]any{"route": "none", "rationale": "Geen aanwijzingen."})
				}
			}},
		{name: "cases", user: "af:rotterdam", query: url.Values{"status": {"open"}}, get: getList("/api/v1/cases"),
			shrink: func(e *env, ids []string) {
				for _, id := range ids {
					e.api("POST", "/api/v1/cases/"+id+"/close", "af:rotterdam", map[string]any{"outcome": "care_completed"})
				}
			}},
		{name: "referrals", user: "essm", query: url.Values{"status": {"sent"}}, get: getList("/api/v1/referrals"),
			shrink: func(e *env, ids []string) {
				for _, id := range ids {
					e.api("POST", "/api/v1/referrals/"+id+"/accept", "essm", nil)
				}
			}},
		{name: "audit", user: "privacy", get: getList("/api/v1/audit")},
		{name: "audit search", user: "privacy", get: postAuditSearch},
	}
	for _, l := range lists {
		t.Run(l.name, func(t *testing.T) {
			e, _, _ := pagingEnv(t)
			q := l.query
			if strings.HasPrefix(l.name, "audit") {
				// The melder's lines: they do not grow while the privacy
				// officer pages.
				q = url.Values{"user": {e.users["melder"].ID}}
				if n := len(l.get(e, l.user, q, 500, "").list("items")); n%2 != 0 {
					e.api("POST", "/api/v1/signals", "melder", validSignal()) // one line more: an even count
				}
			}
			all := l.get(e, l.user, q, 500, "")
			total := len(all.list("items"))
			if all.status != 200 || total < 4 || total%2 != 0 || int(all.body["total"].(float64)) != total || all.body["next"] != nil {
				t.Fatalf("the whole list: %d, %d items, total %v, next %v", all.status, total, all.body["total"], all.body["next"])
			}
			var want []string
			for _, it := range all.list("items") {
				want = append(want, itemKey(it))
			}
			// follow pages through next from the first, with limit.
			follow := func(limit int) (pages []resp) {
				cursor := ""
				for range total + 2 {
					r := l.get(e, l.user, q, limit, cursor)
					if r.status != 200 {
						t.Fatalf("limit %d cursor %q: %d %s", limit, cursor, r.status, r.raw)
					}
					pages = append(pages, r)
					if r.body["next"] == nil {
						return pages
					}
					cursor = r.str("next")
				}
				t.Fatalf("limit %d: next never became null", limit)
				return nil
			}
			t.Run("one page holds the whole list: next is null", func(t *testing.T) {
				if p := follow(total); len(p) != 1 || len(p[0].list("items")) != total {
					t.Errorf("%d pages", len(p))
				}
			})
			t.Run("a page size that divides the list: the last full page has next null", func(t *testing.T) {
				p := follow(total / 2)
				if len(p) != 2 || len(p[1].list("items")) != total/2 {
					t.Errorf("%d pages, the last with %d rows", len(p), len(p[len(p)-1].list("items")))
				}
			})
			t.Run("a last page shorter than the limit has next null", func(t *testing.T) {
				p := follow(total - 1)
				if len(p) != 2 || len(p[1].list("items")) != 1 {
					t.Errorf("%d pages", len(p))
				}
			})
			t.Run("following next visits every row once, in order", func(t *testing.T) {
				var got []string
				for _, p := range follow(3) {
					for _, it := range p.list("items") {
						got = append(got, itemKey(it))
					}
				}
				if !slices.Equal(got, want) {
					t.Errorf("paged rows differ from the whole list:\n got %v\nwant %v", got, want)
				}
			})
			first := l.get(e, l.user, q, 2, "")
			next := first.str("next")
			if next == "" {
				t.Fatalf("first page of 2 has no next: %s", first.raw)
			}
			bad := []struct{ name, cursor string }{
				{"not base64", "not*base64"},
				{"an offset in the clear (the old cursor)", base64.RawURLEncoding.EncodeToString([]byte("2"))},
				{"an offset beyond any list", base64.RawURLEncoding.EncodeToString([]byte("9223372036854775807"))},
				{"a negative offset", base64.RawURLEncoding.EncodeToString([]byte("-1"))},
				{"a truncated cursor", next[:len(next)/2]},
				{"a cursor with a changed character", flip(next)},
				{"a very long cursor", strings.Repeat("A", 4000)},
			}
			for _, b := range bad {
				t.Run("refused: "+b.name, func(t *testing.T) {
					if r := l.get(e, l.user, q, 2, b.cursor); r.status != 422 || !slices.Equal(r.fields(), []string{"cursor"}) {
						t.Errorf("%d %v %.200s", r.status, r.fields(), r.raw)
					}
				})
			}
			t.Run("refused: a cursor made for another filter", func(t *testing.T) {
				other := url.Values{"sort": {"newest"}}
				if strings.HasPrefix(l.name, "audit") {
					other = url.Values{"user": {e.users["af:rotterdam"].ID}}
				}
				if r := l.get(e, l.user, other, 2, next); r.status != 422 || !slices.Equal(r.fields(), []string{"cursor"}) {
					t.Errorf("%d %v", r.status, r.fields())
				}
			})
			t.Run("refused: a cursor made for another list", func(t *testing.T) {
				path := "/api/v1/signals"
				if l.name == "signals" {
					path = "/api/v1/cases"
				}
				if r := getList(path)(e, l.user, nil, 2, next); r.status != 422 || !slices.Equal(r.fields(), []string{"cursor"}) {
					t.Errorf("%d %v", r.status, r.fields())
				}
			})
			if !strings.HasPrefix(l.name, "audit") {
				t.Run("refused: a cursor made for another user", func(t *testing.T) {
					other := "af:rotterdam"
					if l.user == other {
						other = "melder"
					}
					if r := l.get(e, other, q, 2, next); r.status != 422 || !slices.Equal(r.fields(), []string{"cursor"}) {
						t.Errorf("%d %v", r.status, r.fields())
					}
				})
			}
			if l.shrink != nil {
				t.Run("a cursor past the end gives an empty last page", func(t *testing.T) {
					c := l.get(e, l.user, q, total-1, "").str("next")
					l.shrink(e, want[:2])
					r := l.get(e, l.user, q, total-1, c)
					if r.status != 200 || len(r.list("items")) != 0 || r.body["next"] != nil {
						t.Errorf("%d %s", r.status, r.raw)
					}
				})
			}
		})
	}
}

// TestAuditPagesDoNotShift: every search of the audit trail adds a line at
// its top; the pages after the first stay where they were, so paging
// shows every line once.
func TestAuditPagesDoNotShift(t *testing.T) {
	t.Parallel()
	e, fresh, _ := pagingEnv(t)
	for range 5 {
		e.api("GET", "/api/v1/signals/"+fresh[0], "af:rotterdam", nil)
	}
	path := "/api/v1/audit?object=" + fresh[0] + "&limit=2"
	var got []string
	r := e.api("GET", path, "privacy", nil)
	for range 20 {
		for _, it := range r.list("items") {
			got = append(got, itemKey(it))
		}
		if r.body["next"] == nil {
			break
		}
		r = e.api("GET", path+"&cursor="+r.str("next"), "privacy", nil)
	}
	all := e.api("GET", "/api/v1/audit?object="+fresh[0]+"&limit=500", "privacy", nil)
	var now []string
	for _, it := range all.list("items") {
		now = append(now, itemKey(it))
	}
	// What was paged is a run of the trail as it is now, below the lines
	// the paging itself added.
	k := slices.Index(now, got[0])
	if k < 0 || k+len(got) != len(now) || !slices.Equal(now[k:], got) {
		t.Fatalf("paged lines are not the trail as it was at the first page:\npaged %d %v\n  now %d %v", len(got), got, len(now), now)
	}
	if len(got) < 6 {
		t.Fatalf("only %d lines paged", len(got))
	}
}

// flip changes one character in the middle of a cursor.
func flip(s string) string {
	b := []byte(s)
	i := len(b) / 2
	if b[i] == 'A' {
		b[i] = 'B'
	} else {
		b[i] = 'A'
	}
	return string(b)
}

// TestUIBadCursorShowsFirstPage: a list link with a cursor that does not
// open (edited by hand, or from another list) shows the list's first page
// with a notice in Dutch, not an error page.
func TestUIBadCursorShowsFirstPage(t *testing.T) {
	t.Parallel()
	e, _, _ := pagingEnv(t)
	notice := "Die pagina van de lijst bestaat niet (meer)"
	for _, tt := range []struct{ email, path string }{
		{"af@schakel.demo", "/signalen?status=new&cursor=MTA"},
		{"af@schakel.demo", "/casussen?cursor=bm90LWEtY3Vyc29y"},
		{"zorg@schakel.demo", "/doorverwijzingen?cursor=%21%21"},
	} {
		b := e.browser()
		b.login(tt.email)
		p := b.get(tt.path)
		if p.status != 200 || !strings.Contains(p.body, notice) || !strings.Contains(p.body, `role="status"`) {
			t.Errorf("%s: %d, notice shown: %v", tt.path, p.status, strings.Contains(p.body, notice))
		}
	}
	b := e.browser()
	b.login("privacy@schakel.demo")
	p := b.post("/audit", url.Values{"cursor": {"MTA"}})
	if p.status != 200 || !strings.Contains(p.body, notice) {
		t.Errorf("audit: %d, notice shown: %v", p.status, strings.Contains(p.body, notice))
	}
}
