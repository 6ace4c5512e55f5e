package web

import (
	"net/http"

	"github.com/pquerna/otp"

	"github.com/schakel-nl/schakel"
	"github.com/schakel-nl/schakel/sqlstore"
)

// The page of an enrolment link (/inschrijven/{token}): the user the
// beheerder made, or whose credentials the beheerder reset, sets a
// password and enrols an authenticator there, and is logged in. What the
// link is for decides what it asks: a new password, a new authenticator,
// and when only one of them is new, the other as proof that the person is
// the user (the beheerder holds the link but not that).

type enrolLinkData struct {
	Token   string
	Info    *sqlstore.EnrolmentInfo
	Secret  string
	Account string
}

// credentialNotice tells a user at their first login after a reset who
// reset their credentials, and when.
func credentialNotice(n *sqlstore.CredentialNotice) string {
	return text("login.credentials_reset", n.By, n.At.In(schakel.Amsterdam).Format("02-01-2006 15:04"))
}

func (u *ui) linkInvalid(w http.ResponseWriter, r *http.Request, err error) error {
	if schakel.ErrorKind(err) != schakel.KindNotFound {
		return err
	}
	return u.render(w, r, http.StatusNotFound, "enrolment", &page{Title: text("enrolment.title"), Message: text("enrolment.invalid"), Data: enrolLinkData{}})
}

// linkSecret returns the authenticator secret the user is enrolling
// through their link, kept in the session between the page and its form.
func (u *ui) linkSecret(r *http.Request, usr *schakel.User) (*otp.Key, error) {
	ctx := r.Context()
	if u.s.sessions.GetString(ctx, "link_user") == usr.ID {
		if s := u.s.sessions.GetString(ctx, "link_secret"); s != "" {
			return otp.NewKeyFromURL(s)
		}
	}
	key, err := sqlstore.NewTOTPKey(usr)
	if err != nil {
		return nil, err
	}
	u.s.sessions.Put(ctx, "link_user", usr.ID)
	u.s.sessions.Put(ctx, "link_secret", key.URL())
	return key, nil
}

// linkPage shows what the link asks for, with errors from a form sent.
func (u *ui) linkPage(w http.ResponseWriter, r *http.Request, status int, info *sqlstore.EnrolmentInfo, errs []schakel.FieldError) error {
	d := enrolLinkData{Token: r.PathValue("token"), Info: info, Account: info.User.Email}
	if info.SecondFactor {
		key, err := u.linkSecret(r, info.User)
		if err != nil {
			return err
		}
		d.Secret = groupSecret(key.Secret())
	}
	return u.render(w, r, status, "enrolment", &page{Title: text("enrolment.title"), Data: d, Errors: errs})
}

func (u *ui) enrolLinkForm(w http.ResponseWriter, r *http.Request) error {
	info, err := u.s.store.Enrolment(r.Context(), r.PathValue("token"))
	if err != nil {
		return u.linkInvalid(w, r, err)
	}
	return u.linkPage(w, r, http.StatusOK, info, nil)
}

func (u *ui) enrolLinkQR(w http.ResponseWriter, r *http.Request) error {
	info, err := u.s.store.Enrolment(r.Context(), r.PathValue("token"))
	if err != nil || !info.SecondFactor {
		return u.linkInvalid(w, r, schakel.ErrNotFound)
	}
	key, err := u.linkSecret(r, info.User)
	if err != nil {
		return err
	}
	return u.writeQR(w, r, key)
}

func (u *ui) enrolLink(w http.ResponseWriter, r *http.Request) error {
	ctx, token := r.Context(), r.PathValue("token")
	if err := r.ParseForm(); err != nil {
		return formUnreadable
	}
	info, err := u.s.store.Enrolment(ctx, token)
	if err != nil {
		return u.linkInvalid(w, r, err)
	}
	if !u.s.throttle.allow(clientIP(r)) {
		return u.render(w, r, http.StatusTooManyRequests, "enrolment", &page{Title: text("enrolment.title"), Message: text("login.throttled"), Data: enrolLinkData{}})
	}
	in := sqlstore.EnrolInput{Current: r.PostForm.Get("current"), Password: r.PostForm.Get("password"), Code: r.PostForm.Get("code")}
	if info.SecondFactor {
		key, err := u.linkSecret(r, info.User)
		if err != nil {
			return err
		}
		in.Secret = key.Secret()
	}
	usr, codes, err := u.s.store.Enrol(ctx, token, in)
	if schakel.ErrorKind(err) == schakel.KindInvalid {
		return u.linkPage(w, r, http.StatusUnprocessableEntity, info, fieldErrors(err))
	}
	if err != nil {
		return u.linkInvalid(w, r, err)
	}
	// The link proved the person with every factor the role needs: they
	// are logged in (with a new session id), at the epoch of their new
	// credentials.
	if err := u.finishLogin(r, usr, "enrolment_link"); err != nil {
		return err
	}
	if len(codes) > 0 {
		return u.render(w, r, http.StatusOK, "login_code", &page{Title: text("recovery.title"), User: usr, Data: codeData{Codes: codes, Back: "/"}})
	}
	if u.s.sessions.GetString(ctx, "flash") == "" {
		u.s.sessions.Put(ctx, "flash", text("enrolment.done"))
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
	return nil
}

// enrolRoutes are the pages of an enrolment link: no login, the link is
// the key.
func (u *ui) enrolRoutes(mux *http.ServeMux) {
	mux.Handle("GET /inschrijven/{token}", u.serve(u.enrolLinkForm))
	mux.Handle("GET /inschrijven/{token}/qr.png", u.serve(u.enrolLinkQR))
	mux.Handle("POST /inschrijven/{token}", u.serve(u.enrolLink))
}
