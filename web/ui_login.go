package web

import (
	"net/http"
	"strings"
)

type loginData struct {
	Email string
	Back  string
}

func (u *ui) loginForm(w http.ResponseWriter, r *http.Request) {
	if u.s.sessions.GetString(r.Context(), "user_id") != "" {
		http.Redirect(w, r, "/", http.StatusSeeOther)
		return
	}
	u.render(w, r, http.StatusOK, "login", &page{Title: text("login.title"), Data: loginData{Back: safeBack(r.URL.Query().Get("terug"))}})
}

// safeBack allows only local paths as a return address.
func safeBack(p string) string {
	if !strings.HasPrefix(p, "/") || strings.HasPrefix(p, "//") || strings.Contains(p, "\\") {
		return ""
	}
	return p
}

func (u *ui) login(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		u.fail(w, r, err)
		return
	}
	email, back := r.PostForm.Get("email"), safeBack(r.PostForm.Get("terug"))
	usr, err := u.s.store.Authenticate(r.Context(), email, r.PostForm.Get("password"))
	if err != nil {
		p := &page{Title: text("login.title"), Message: text("login.failed"), Data: loginData{Email: email, Back: back}}
		u.render(w, r, http.StatusUnauthorized, "login", p)
		return
	}
	// A new session id at login: a fixed session cannot be taken over.
	if err := u.s.sessions.RenewToken(r.Context()); err != nil {
		u.fail(w, r, err)
		return
	}
	u.s.sessions.Put(r.Context(), "user_id", usr.ID)
	if back == "" {
		back = "/"
	}
	http.Redirect(w, r, back, http.StatusSeeOther)
}

func (u *ui) logout(w http.ResponseWriter, r *http.Request) {
	_ = u.s.sessions.Destroy(r.Context())
	_ = u.s.sessions.RenewToken(r.Context())
	u.s.sessions.Put(r.Context(), "flash", text("logout.done"))
	http.Redirect(w, r, "/inloggen", http.StatusSeeOther)
}
