package web

import (
	"net/http"

	"github.com/schakel-nl/schakel"
	"github.com/schakel-nl/schakel/sqlstore"
)

type adminData struct {
	Section        string
	Municipalities []schakel.Municipality
	Organisations  []schakel.Organisation
	Indicators     []schakel.Indicator
	Sectors        []schakel.Sector
	Users          []schakel.User
	Roles          []schakel.Role
	Forms          []schakel.Form
	Orgs           map[string]string
	Form           map[string]string
}

var adminSections = map[string]string{
	"gemeenten": "admin.municipalities", "organisaties": "admin.organisations", "indicatoren": "admin.indicators",
	"sectoren": "admin.sectors", "gebruikers": "admin.users",
}

func (u *ui) admin(w http.ResponseWriter, r *http.Request, usr *schakel.User) error {
	if usr.Role != schakel.RoleBeheerder {
		return schakel.ErrNotFound
	}
	return u.render(w, r, http.StatusOK, "admin", &page{Title: text("admin.title"), Nav: "admin", Data: adminData{}})
}

func (u *ui) adminSection(w http.ResponseWriter, r *http.Request, usr *schakel.User) error {
	return u.renderAdmin(w, r, usr, http.StatusOK, nil, nil)
}

func (u *ui) renderAdmin(w http.ResponseWriter, r *http.Request, usr *schakel.User, status int, form map[string]string, errs []schakel.FieldError) error {
	section := r.PathValue("section")
	title, ok := adminSections[section]
	if usr.Role != schakel.RoleBeheerder || !ok {
		return schakel.ErrNotFound
	}
	ctx := r.Context()
	d := adminData{Section: section, Roles: schakel.Roles, Forms: schakel.Forms, Form: form}
	var err error
	if d.Orgs, _, err = u.names(r); err == nil {
		switch section {
		case "gemeenten":
			d.Municipalities, err = u.s.store.Municipalities(ctx)
		case "organisaties":
			d.Organisations, err = u.s.store.Organisations(ctx)
		case "indicatoren":
			d.Indicators, err = u.s.store.Indicators(ctx)
		case "sectoren":
			d.Sectors, err = u.s.store.Sectors(ctx)
		case "gebruikers":
			if d.Users, err = u.s.store.Users(ctx, usr); err == nil {
				d.Municipalities, err = u.s.store.Municipalities(ctx)
			}
			if err == nil {
				d.Organisations, err = u.s.store.Organisations(ctx)
			}
		}
	}
	if err != nil {
		return err
	}
	return u.render(w, r, status, "admin", &page{Title: text(title), Nav: "admin", Data: d, Errors: errs})
}

func (u *ui) adminSave(w http.ResponseWriter, r *http.Request, usr *schakel.User) error {
	ctx, f := r.Context(), r.PostForm
	active := f.Get("active") == "1"
	var err error
	flash := "admin.saved"
	switch r.PathValue("section") {
	case "gemeenten":
		err = u.s.store.UpdateMunicipality(ctx, usr, f.Get("slug"), f.Get("name"), active)
	case "organisaties":
		err = u.s.store.UpdateOrganisation(ctx, usr, f.Get("code"), f.Get("name"), f.Get("contact"), active)
	case "indicatoren":
		err = u.s.store.SaveIndicator(ctx, usr, schakel.Indicator{Code: f.Get("code"), Form: schakel.Form(f.Get("form")), Label: f.Get("label"), Source: f.Get("source"), Active: active})
	case "sectoren":
		err = u.s.store.UpdateSector(ctx, usr, f.Get("code"), f.Get("label"), active)
	case "gebruikers":
		// The beheerder chooses no password (a password sent anyway is
		// refused): the new user's page shows their enrolment link, once.
		nu, e, cerr := u.s.store.CreateUserAs(ctx, usr, sqlstore.NewUser{Name: f.Get("name"), Email: f.Get("email"), Role: schakel.Role(f.Get("role")),
			Org: f.Get("organisation"), Municipalities: f["municipalities"], Password: f.Get("password")})
		if cerr == nil {
			link := u.s.link(r, e)
			return u.renderAdminUser(w, r, usr, nu.ID, http.StatusCreated, nil, &link, "admin.user_created")
		}
		err = cerr
	default:
		err = schakel.ErrNotFound
	}
	if schakel.ErrorKind(err) == schakel.KindInvalid {
		form := map[string]string{}
		for k := range f {
			if k != "password" {
				form[k] = f.Get(k)
			}
		}
		return u.renderAdmin(w, r, usr, http.StatusUnprocessableEntity, form, err.(*schakel.Error).Fields)
	}
	if err != nil {
		return err
	}
	return u.done(w, r, flash, "/beheer/"+r.PathValue("section"))
}
