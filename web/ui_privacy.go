package web

import (
	"encoding/json"
	"net/http"

	"github.com/schakel-nl/schakel"
	"github.com/schakel-nl/schakel/sqlstore"
)

// The privacy officer's work besides the audit trail: the data subject's
// rights (access, erasure), legal holds, and reviewing emergency access.
// A person is searched by POST only: no name in a URL.

type privacyData struct {
	PersonName  string
	PersonBirth string
	Searched    bool
	Signals     []sqlstore.SubjectSummary
	Erasure     *sqlstore.ErasureResult
	Reviews     []sqlstore.BreakGlass
	Munis       map[string]string
}

func (u *ui) privacy(w http.ResponseWriter, r *http.Request, usr *schakel.User) error {
	return u.renderPrivacy(w, r, usr, http.StatusOK, privacyData{}, nil)
}

func (u *ui) renderPrivacy(w http.ResponseWriter, r *http.Request, usr *schakel.User, status int, d privacyData, errs []schakel.FieldError) error {
	if usr.Role != schakel.RolePrivacy {
		return schakel.ErrNotFound
	}
	var err error
	if d.Reviews, err = u.s.store.BreakGlasses(r.Context(), usr, false); err == nil {
		_, d.Munis, err = u.names(r)
	}
	if err != nil {
		return err
	}
	return u.render(w, r, status, "privacy", &page{Title: text("privacy.title"), Nav: "privacy", Data: d, Errors: errs})
}

func subjectOf(r *http.Request) (schakel.Person, privacyData) {
	d := privacyData{PersonName: r.PostFormValue("person_name"), PersonBirth: r.PostFormValue("person_birth")}
	return schakel.Person{Name: d.PersonName, BirthDate: d.PersonBirth}, d
}

// personErrors puts the store's "person" error on the name field.
func personErrors(err error) []schakel.FieldError {
	errs := fieldErrors(err)
	for i := range errs {
		if errs[i].Field == "person" {
			errs[i].Field = "person_name"
		}
	}
	return errs
}

// subjectFailed answers a failed request about a person: the form again
// with the error at its field, or err for the error page.
func (u *ui) subjectFailed(w http.ResponseWriter, r *http.Request, usr *schakel.User, d privacyData, err error) error {
	if schakel.ErrorKind(err) == schakel.KindInvalid {
		return u.renderPrivacy(w, r, usr, http.StatusUnprocessableEntity, d, personErrors(err))
	}
	return err
}

func (u *ui) privacySearch(w http.ResponseWriter, r *http.Request, usr *schakel.User) error {
	p, d := subjectOf(r)
	var err error
	if d.Signals, err = u.s.store.SubjectSignals(r.Context(), usr, p); err != nil {
		return u.subjectFailed(w, r, usr, d, err)
	}
	d.Searched = true
	return u.renderPrivacy(w, r, usr, http.StatusOK, d, nil)
}

func (u *ui) privacyExport(w http.ResponseWriter, r *http.Request, usr *schakel.User) error {
	p, d := subjectOf(r)
	recs, err := u.s.store.SubjectAccess(r.Context(), usr, p)
	if err != nil {
		return u.subjectFailed(w, r, usr, d, err)
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="inzageverzoek.json"`)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	_ = enc.Encode(map[string]any{"records": recs})
	return nil
}

func (u *ui) privacyErase(w http.ResponseWriter, r *http.Request, usr *schakel.User) error {
	p, d := subjectOf(r)
	ctx := r.Context()
	var errs []schakel.FieldError
	if r.PostFormValue("confirm") != "1" {
		errs = append(errs, schakel.FieldError{Field: "confirm", Message: text("privacy.confirm_needed")})
	}
	var err error
	if errs == nil {
		d.Erasure, err = u.s.store.EraseSubject(ctx, usr, p, r.PostForm["signals"])
		if schakel.ErrorKind(err) == schakel.KindInvalid {
			errs, err = personErrors(err), nil
		}
		if err != nil {
			return err
		}
	}
	if d.Signals, err = u.s.store.SubjectSignals(ctx, usr, p); err != nil && schakel.ErrorKind(err) != schakel.KindInvalid {
		return err
	}
	d.Searched = true
	status := http.StatusOK
	if errs != nil {
		status = http.StatusUnprocessableEntity
	}
	return u.renderPrivacy(w, r, usr, status, d, errs)
}

func (u *ui) privacyHold(w http.ResponseWriter, r *http.Request, usr *schakel.User) error {
	hold := r.PostFormValue("hold") == "1"
	err := u.s.store.SetLegalHold(r.Context(), usr, r.PathValue("id"), hold, r.PostFormValue("reason"))
	if schakel.ErrorKind(err) == schakel.KindInvalid {
		p, d := subjectOf(r)
		d.Signals, _ = u.s.store.SubjectSignals(r.Context(), usr, p)
		d.Searched = true
		return u.renderPrivacy(w, r, usr, http.StatusUnprocessableEntity, d, []schakel.FieldError{{Field: "reason-" + r.PathValue("id"), Message: fieldErrors(err)[0].Message}})
	}
	if err != nil {
		return err
	}
	return u.done(w, r, map[bool]string{true: "privacy.hold_set", false: "privacy.hold_lifted"}[hold], "/privacy")
}

func (u *ui) privacyReview(w http.ResponseWriter, r *http.Request, usr *schakel.User) error {
	if err := u.s.store.ReviewBreakGlass(r.Context(), usr, r.PathValue("id")); err != nil {
		return err
	}
	return u.done(w, r, "privacy.reviewed", "/privacy#noodtoegang")
}

// Emergency access for case workers.

type breakGlassData struct {
	CaseID string
	Reason string
}

func (u *ui) breakGlassForm(w http.ResponseWriter, r *http.Request, usr *schakel.User) error {
	return u.render(w, r, http.StatusOK, "breakglass", &page{Title: text("breakglass.title"), Data: breakGlassData{CaseID: r.URL.Query().Get("casus")}})
}

func (u *ui) breakGlass(w http.ResponseWriter, r *http.Request, usr *schakel.User) error {
	d := breakGlassData{CaseID: r.PostFormValue("case"), Reason: r.PostFormValue("reason")}
	_, err := u.s.store.RequestBreakGlass(r.Context(), usr, d.CaseID, d.Reason)
	if err == nil {
		http.Redirect(w, r, "/casussen/"+d.CaseID, http.StatusSeeOther)
		return nil
	}
	switch schakel.ErrorKind(err) {
	case schakel.KindInvalid:
		return u.render(w, r, http.StatusUnprocessableEntity, "breakglass", &page{Title: text("breakglass.title"), Data: d, Errors: fieldErrors(err)})
	case schakel.KindNotFound:
		return u.render(w, r, http.StatusNotFound, "breakglass", &page{Title: text("breakglass.title"), Data: d,
			Errors: []schakel.FieldError{{Field: "case", Message: text("breakglass.no_case")}}})
	}
	return err
}
