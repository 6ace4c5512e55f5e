package web

import (
	"net/http"

	"github.com/schakel-nl/schakel"
	"github.com/schakel-nl/schakel/sqlstore"
)

type homeData struct {
	// The tiles count the work; beside them the notices of person hits
	// and, for the beleidsregisseur, the year's cross-matches.
	Tiles        []tile
	PersonHits   int
	CrossMatches int
	MySignals    []schakel.Signal
	Queue        []schakel.Signal
	Inbox        []schakel.Referral
	Escalations  []schakel.Case
	Orgs         map[string]string
	Munis        map[string]string
	OpenReviews  int
}

// home is the start page: each role sees its own work first.
func (u *ui) home(w http.ResponseWriter, r *http.Request, usr *schakel.User) error {
	ctx := r.Context()
	d := homeData{}
	var err error
	if d.Orgs, d.Munis, err = u.names(r); err != nil {
		return err
	}
	if d.PersonHits, err = u.s.store.PersonHitCount(ctx, usr); err != nil {
		return err
	}
	if d.CrossMatches, err = u.s.store.CrossMatches(ctx, usr); err != nil {
		return err
	}
	if d.Tiles, err = u.tiles(r, usr); err != nil {
		return err
	}
	top := schakel.Paging{Limit: 10}
	switch usr.Role {
	case schakel.RolePrivacy:
		if d.OpenReviews, err = u.s.store.OpenBreakGlassReviews(ctx); err != nil {
			return err
		}
	case schakel.RoleMelder, schakel.RoleToezichthouder:
		p, err := u.s.store.Signals(ctx, usr, sqlstore.SignalFilter{Paging: schakel.Paging{Limit: 50}})
		if err != nil {
			return err
		}
		d.MySignals = p.Items
	case schakel.RoleAF:
		p, err := u.s.store.Signals(ctx, usr, sqlstore.SignalFilter{Paging: top, Status: string(schakel.SignalNew)})
		if err != nil {
			return err
		}
		d.Queue = p.Items
	case schakel.RoleZorgcoordinator, schakel.RoleZVH, schakel.RoleRIEC, schakel.RolePartner:
		p, err := u.s.store.Referrals(ctx, usr, sqlstore.ReferralFilter{Paging: top})
		if err != nil {
			return err
		}
		d.Inbox = p.Items
	case schakel.RoleBeleidsregisseur:
		p, err := u.s.store.Cases(ctx, usr, sqlstore.CaseFilter{Paging: schakel.Paging{Limit: 50}, Escalated: true, Status: string(schakel.CaseOpen)})
		if err != nil {
			return err
		}
		d.Escalations = p.Items
	}
	return u.render(w, r, http.StatusOK, "home", &page{Title: text("home.title"), Nav: "home", Data: d})
}

type hitsData struct {
	Hits  []sqlstore.PersonHit
	Munis map[string]string
}

// hits lists the hit notices on records the user works on.
func (u *ui) hits(w http.ResponseWriter, r *http.Request, usr *schakel.User) error {
	hits, err := u.s.store.PersonHits(r.Context(), usr)
	if err != nil {
		return err
	}
	d := hitsData{Hits: hits}
	if _, d.Munis, err = u.names(r); err != nil {
		return err
	}
	return u.render(w, r, http.StatusOK, "hits", &page{Title: text("hits.title"), Nav: "home", Data: d})
}

// names maps organisation codes and municipality slugs to display names,
// from the cached reference data.
func (u *ui) names(r *http.Request) (map[string]string, map[string]string, error) {
	cat, err := u.s.store.Catalog(r.Context())
	if err != nil {
		return nil, nil, err
	}
	on, mn := make(map[string]string, len(cat.Organisations)), make(map[string]string, len(cat.Municipalities))
	for code, o := range cat.Organisations {
		on[code] = o.Name
	}
	for slug, m := range cat.Municipalities {
		mn[slug] = m.Name
	}
	return on, mn, nil
}

// A tile of the start page: a count of the user's work that opens the
// list it counts. Its number is that list's total, asked of the same
// list with the same filter, so the two cannot differ.
type tile struct {
	N     int
	Label string // catalogue key
	Href  string
	Level string // "alert" or "warn" when N > 0 asks for attention, else ""
}

// tiles are the start page's tiles of usr's role.
func (u *ui) tiles(r *http.Request, usr *schakel.User) ([]tile, error) {
	ctx, one := r.Context(), schakel.Paging{Limit: 1}
	signals := func(f sqlstore.SignalFilter) (int, error) {
		f.Paging = one
		return total(u.s.store.Signals(ctx, usr, f))
	}
	cases := func(f sqlstore.CaseFilter) (int, error) {
		f.Paging = one
		return total(u.s.store.Cases(ctx, usr, f))
	}
	referrals := func(f sqlstore.ReferralFilter) (int, error) {
		f.Paging = one
		return total(u.s.store.Referrals(ctx, usr, f))
	}
	overdueTasks := func() (int, error) {
		tasks, err := u.s.store.MyTasks(ctx, usr, true)
		return len(tasks), err
	}
	open := string(schakel.CaseOpen)
	type def struct {
		label, href, level string
		count              func() (int, error)
	}
	var defs []def
	switch usr.Role {
	case schakel.RoleAF:
		defs = []def{
			{"count.new_signals", "/signalen?status=new", "", func() (int, error) { return signals(sqlstore.SignalFilter{Status: string(schakel.SignalNew)}) }},
			{"count.overdue_signals", "/signalen?status=new&overdue=1", "alert", func() (int, error) {
				return signals(sqlstore.SignalFilter{Status: string(schakel.SignalNew), Overdue: true})
			}},
			{"count.needs_decision", "/casussen?status=open&opnieuw=1", "warn", func() (int, error) { return cases(sqlstore.CaseFilter{Status: open, NeedsDecision: true}) }},
			{"count.open_cases", "/casussen?status=open", "", func() (int, error) { return cases(sqlstore.CaseFilter{Status: open}) }},
			{"count.awaiting_answer", "/casussen?status=open&wacht=1", "", func() (int, error) { return cases(sqlstore.CaseFilter{Status: open, Awaiting: true}) }},
			{"count.overdue_referrals", "/casussen?status=open&te_laat=1", "alert", func() (int, error) { return cases(sqlstore.CaseFilter{Status: open, Overdue: true}) }},
			{"count.overdue_tasks", "/taken?te_laat=1", "alert", overdueTasks},
		}
	case schakel.RoleZorgcoordinator, schakel.RoleZVH, schakel.RoleRIEC, schakel.RolePartner:
		defs = []def{
			{"count.open_referrals", "/doorverwijzingen?open=1", "", func() (int, error) { return referrals(sqlstore.ReferralFilter{Open: true}) }},
			{"count.overdue_referrals", "/doorverwijzingen?te_laat=1", "alert", func() (int, error) { return referrals(sqlstore.ReferralFilter{Overdue: true}) }},
			{"count.open_cases", "/casussen?status=open", "", func() (int, error) { return cases(sqlstore.CaseFilter{Status: open}) }},
			{"count.overdue_tasks", "/taken?te_laat=1", "alert", overdueTasks},
		}
	case schakel.RoleBeleidsregisseur:
		defs = []def{
			{"count.escalated_cases", "/casussen?escalated=1&status=open", "alert", func() (int, error) { return cases(sqlstore.CaseFilter{Status: open, Escalated: true}) }},
		}
	}
	out := make([]tile, 0, len(defs))
	for _, d := range defs {
		n, err := d.count()
		if err != nil {
			return nil, err
		}
		t := tile{N: n, Label: d.label, Href: d.href}
		if n > 0 {
			t.Level = d.level
		}
		out = append(out, t)
	}
	return out, nil
}

// total is the number of items a list holds in all.
func total[T any](p *schakel.Page[T], err error) (int, error) {
	if err != nil {
		return 0, err
	}
	return p.Total, nil
}
