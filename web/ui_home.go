package web

import (
	"net/http"

	"github.com/schakel-nl/schakel"
	"github.com/schakel-nl/schakel/sqlstore"
)

type homeData struct {
	Counts      *sqlstore.Counts
	MySignals   []schakel.Signal
	Queue       []schakel.Signal
	Inbox       []schakel.Referral
	Escalations []schakel.Case
	Orgs        map[string]string
	Munis       map[string]string
	OpenReviews int
}

// home is the start page: each role sees its own work first.
func (u *ui) home(w http.ResponseWriter, r *http.Request, usr *schakel.User) error {
	ctx := r.Context()
	d := homeData{}
	var err error
	if d.Orgs, d.Munis, err = u.names(r); err != nil {
		return err
	}
	if d.Counts, err = u.s.store.Counts(ctx, usr); err != nil {
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
