package web

import (
	"bytes"
	"errors"
	"image/png"
	"net"
	"net/http"
	"net/url"
	"path"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/pquerna/otp"

	"github.com/schakel-nl/schakel"
	"github.com/schakel-nl/schakel/sqlstore"
)

// Logging in, in steps kept in the server-side session:
//
//  1. e-mail address and password (or an organisation's own identity
//     provider, see oidc.go): the session holds a pending login;
//  2. for every role that sees personal data, the second factor: a code
//     from the authenticator app or a recovery code, or, the first time,
//     enrolling an authenticator;
//  3. the session id is renewed and the user is logged in, at the epoch of
//     their rights: a change of rights ends the session.
//
// A pending login lasts five minutes.

const pendingLifetime = 5 * time.Minute

type loginData struct {
	Email     string
	Back      string
	Providers []string
}

func (u *ui) loginForm(w http.ResponseWriter, r *http.Request) error {
	if u.s.sessions.GetString(r.Context(), "user_id") != "" {
		http.Redirect(w, r, "/", http.StatusSeeOther)
		return nil
	}
	return u.loginPage(w, r, http.StatusOK, "", "", localPath(r.URL.Query().Get("terug")))
}

// loginPage shows the login form with a message (a catalogue key, or ""),
// the address typed and where to go afterwards.
func (u *ui) loginPage(w http.ResponseWriter, r *http.Request, status int, msgKey, email, back string) error {
	var msg string
	if msgKey != "" {
		msg = text(msgKey)
	}
	return u.render(w, r, status, "login", &page{Title: text("login.title"), Message: msg,
		Data: loginData{Email: email, Back: back, Providers: u.s.oidc.names()}})
}

// localPath returns the return address raw (terug) when it is a path of
// this site, and "" otherwise. Browsers drop tabs and line breaks from a
// URL and read a backslash as a slash, so "/\t/evil.example/" and
// "/\\evil.example" lead off-site as "//evil.example" does. A path passes
// only when it is, before and after decoding, free of control and space
// characters and backslashes, starts with exactly one slash, has no
// scheme, host or fragment, and is already in its clean form (no "//",
// "." or ".." segments). What passes is rebuilt from its parsed parts.
func localPath(raw string) string {
	if raw == "" || len(raw) > 2048 || raw[0] != '/' || !plainURLText(raw) {
		return ""
	}
	u, err := url.Parse(raw)
	if err != nil || u.Scheme != "" || u.Host != "" || u.User != nil || u.Opaque != "" || u.Fragment != "" || u.ForceQuery {
		return ""
	}
	p := u.Path
	if !strings.HasPrefix(p, "/") || strings.HasPrefix(p, "//") || !plainURLText(p) {
		return ""
	}
	clean := path.Clean(p)
	if strings.HasSuffix(p, "/") && clean != "/" {
		clean += "/"
	}
	if clean != p {
		return ""
	}
	out := u.EscapedPath()
	if u.RawQuery != "" {
		q, err := url.QueryUnescape(u.RawQuery)
		if err != nil || !plainURLText(q) {
			return ""
		}
		out += "?" + u.RawQuery
	}
	return out
}

// plainURLText reports whether s is free of what browsers strip from or
// reinterpret in a URL: control characters, white space, backslashes.
func plainURLText(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	for _, c := range s {
		if c == '\\' || unicode.IsControl(c) || unicode.IsSpace(c) {
			return false
		}
	}
	return true
}

// afterLogin is where every way of logging in (password, second factor,
// enrolment, OpenID Connect) sends the browser: the return address when
// it is a path of this site, else the start page.
func afterLogin(back string) string {
	if p := localPath(back); p != "" {
		return p
	}
	return "/"
}

func (u *ui) login(w http.ResponseWriter, r *http.Request) error {
	if err := r.ParseForm(); err != nil {
		return err
	}
	email, back := r.PostForm.Get("email"), localPath(r.PostForm.Get("terug"))
	if !u.s.throttle.allow(clientIP(r)) {
		return u.loginPage(w, r, http.StatusTooManyRequests, "login.throttled", email, back)
	}
	usr, err := u.s.store.Authenticate(r.Context(), email, r.PostForm.Get("password"))
	if err != nil {
		if schakel.ErrorKind(err) != schakel.KindUnauthorized {
			return err
		}
		return u.loginPage(w, r, http.StatusUnauthorized, "login.failed", email, back)
	}
	return u.passwordDone(w, r, usr, back, false)
}

// passwordDone continues a login whose first step succeeded: to the second
// factor when the role needs one and the first step did not give it.
func (u *ui) passwordDone(w http.ResponseWriter, r *http.Request, usr *schakel.User, back string, mfaDone bool) error {
	ctx := r.Context()
	// A new session id at every step up: a fixed session cannot be taken over.
	if err := u.s.sessions.RenewToken(ctx); err != nil {
		return err
	}
	if !usr.Role.NeedsSecondFactor() || mfaDone {
		return u.complete(w, r, usr, back, map[bool]string{true: "oidc_mfa", false: "password"}[mfaDone])
	}
	if !usr.SecondFactor {
		// After a reset by the beheerder (or for a user the beheerder
		// made) the authenticator is enrolled through the user's link
		// only, never at a login with a password someone may know.
		byLink, err := u.s.store.MustEnrolByLink(ctx, usr.ID)
		if err != nil {
			return err
		}
		if byLink {
			return u.loginPage(w, r, http.StatusForbidden, "login.use_link", usr.Email, back)
		}
	}
	u.s.sessions.Put(ctx, "pending_user", usr.ID)
	u.s.sessions.Put(ctx, "pending_epoch", usr.AuthEpoch)
	u.s.sessions.Put(ctx, "pending_at", time.Now().Unix())
	u.s.sessions.Put(ctx, "pending_back", back)
	if usr.SecondFactor {
		http.Redirect(w, r, "/inloggen/code", http.StatusSeeOther)
		return nil
	}
	http.Redirect(w, r, "/inloggen/instellen", http.StatusSeeOther)
	return nil
}

// pending returns the user of a pending login that is still fresh.
func (u *ui) pending(r *http.Request) *schakel.User {
	ctx := r.Context()
	id := u.s.sessions.GetString(ctx, "pending_user")
	at := u.s.sessions.GetInt64(ctx, "pending_at")
	if id == "" || time.Since(time.Unix(at, 0)) > pendingLifetime {
		return nil
	}
	usr, err := u.s.store.UserByID(ctx, id)
	if err != nil || !usr.Active || usr.AuthEpoch != u.s.sessions.GetInt(ctx, "pending_epoch") {
		return nil
	}
	return usr
}

// complete logs usr in and goes on to back.
func (u *ui) complete(w http.ResponseWriter, r *http.Request, usr *schakel.User, back, method string) error {
	if err := u.finishLogin(r, usr, method); err != nil {
		return err
	}
	http.Redirect(w, r, afterLogin(back), http.StatusSeeOther)
	return nil
}

// finishLogin records the login and turns the session into a logged-in
// one: a fresh session id, the user and the epoch of their rights.
func (u *ui) finishLogin(r *http.Request, usr *schakel.User, method string) error {
	ctx := r.Context()
	notice, err := u.s.store.LoggedIn(ctx, usr, method)
	if err != nil {
		return err
	}
	if err := u.s.sessions.RenewToken(ctx); err != nil {
		return err
	}
	for _, k := range []string{"pending_user", "pending_epoch", "pending_at", "pending_back", "enrol_secret", "link_user", "link_secret"} {
		u.s.sessions.Remove(ctx, k)
	}
	u.s.sessions.Put(ctx, "user_id", usr.ID)
	u.s.sessions.Put(ctx, "epoch", usr.AuthEpoch)
	// An interactive login with every factor the role needs: for a
	// while, tokens can be made without confirming again.
	u.s.sessions.Put(ctx, "reauth_at", time.Now().Unix())
	if notice != nil {
		u.s.sessions.Put(ctx, "flash", credentialNotice(notice))
	}
	return nil
}

type codeData struct {
	Enrol    bool
	Secret   string
	Account  string
	Codes    []string
	Back     string
	DemoCode string // schakel demo only: the current code (Config.DemoCode)
}

// demoCode is the code page's data for usr: in schakel demo, with the
// current code shown.
func (u *ui) demoCode(usr *schakel.User) codeData {
	if u.s.cfg.DemoCode == nil {
		return codeData{}
	}
	return codeData{DemoCode: u.s.cfg.DemoCode(usr.ID)}
}

func (u *ui) codeForm(w http.ResponseWriter, r *http.Request) error {
	usr := u.pending(r)
	if usr == nil || !usr.SecondFactor {
		return u.toLoginExpired(w, r)
	}
	return u.render(w, r, http.StatusOK, "login_code", &page{Title: text("code.title"), Data: u.demoCode(usr)})
}

func (u *ui) code(w http.ResponseWriter, r *http.Request) error {
	usr := u.pending(r)
	if usr == nil || !usr.SecondFactor || r.ParseForm() != nil {
		return u.toLoginExpired(w, r)
	}
	if !u.s.throttle.allow(clientIP(r)) {
		return u.render(w, r, http.StatusTooManyRequests, "login_code", &page{Title: text("code.title"), Message: text("login.throttled"), Data: codeData{}})
	}
	method, err := u.s.store.VerifySecondFactor(r.Context(), usr, r.PostForm.Get("code"))
	if err != nil {
		if schakel.ErrorKind(err) != schakel.KindUnauthorized {
			return err
		}
		return u.render(w, r, http.StatusUnauthorized, "login_code", &page{Title: text("code.title"),
			Errors: []schakel.FieldError{{Field: "code", Message: text("code.failed")}}, Data: u.demoCode(usr)})
	}
	return u.complete(w, r, usr, u.s.sessions.GetString(r.Context(), "pending_back"), method)
}

// enrolSecret returns the secret being enrolled, making one on first use.
func (u *ui) enrolSecret(r *http.Request, usr *schakel.User) (*otp.Key, error) {
	ctx := r.Context()
	if s := u.s.sessions.GetString(ctx, "enrol_secret"); s != "" {
		return otp.NewKeyFromURL(s)
	}
	key, err := sqlstore.NewTOTPKey(usr)
	if err != nil {
		return nil, err
	}
	u.s.sessions.Put(ctx, "enrol_secret", key.URL())
	return key, nil
}

// enrolling returns the user of a pending login who has yet to enrol, and
// the secret they are enrolling; no user when the login step expired and
// the answer (back to the login page) was written.
func (u *ui) enrolling(w http.ResponseWriter, r *http.Request) (*schakel.User, *otp.Key, error) {
	usr := u.pending(r)
	if usr == nil || usr.SecondFactor || (r.Method == http.MethodPost && r.ParseForm() != nil) {
		return nil, nil, u.toLoginExpired(w, r)
	}
	key, err := u.enrolSecret(r, usr)
	if err != nil {
		return nil, nil, err
	}
	return usr, key, nil
}

func (u *ui) enrolForm(w http.ResponseWriter, r *http.Request) error {
	usr, key, err := u.enrolling(w, r)
	if usr == nil {
		return err
	}
	return u.render(w, r, http.StatusOK, "login_code", &page{Title: text("enrol.title"), Data: codeData{Enrol: true, Secret: groupSecret(key.Secret()), Account: usr.Email}})
}

// groupSecret writes a secret in groups of four for typing it over.
func groupSecret(s string) string {
	var b strings.Builder
	for i, r := range s {
		if i > 0 && i%4 == 0 {
			b.WriteByte(' ')
		}
		b.WriteRune(r)
	}
	return b.String()
}

func (u *ui) enrolQR(w http.ResponseWriter, r *http.Request) error {
	usr, key, err := u.enrolling(w, r)
	if usr == nil {
		return err
	}
	return u.writeQR(w, r, key)
}

// writeQR answers the QR code of an authenticator key to enrol, never
// cached: it carries the secret.
func (u *ui) writeQR(w http.ResponseWriter, r *http.Request, key *otp.Key) error {
	img, err := key.Image(240, 240)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		return err
	}
	w.Header().Set("Content-Type", "image/png")
	w.Header().Set("Cache-Control", "no-store")
	_, _ = buf.WriteTo(w)
	return nil
}

func (u *ui) enrol(w http.ResponseWriter, r *http.Request) error {
	usr, key, err := u.enrolling(w, r)
	if usr == nil {
		return err
	}
	codes, err := u.s.store.EnableTOTP(r.Context(), usr, key.Secret(), r.PostForm.Get("code"))
	if schakel.ErrorKind(err) == schakel.KindInvalid {
		return u.render(w, r, http.StatusUnprocessableEntity, "login_code", &page{Title: text("enrol.title"),
			Errors: fieldErrors(err), Data: codeData{Enrol: true, Secret: groupSecret(key.Secret()), Account: usr.Email}})
	}
	if err != nil {
		return err
	}
	// Logged in; the recovery codes are shown this once, in this answer.
	back := u.s.sessions.GetString(r.Context(), "pending_back")
	if err := u.finishLogin(r, usr, "totp_enrolled"); err != nil {
		return err
	}
	return u.render(w, r, http.StatusOK, "login_code", &page{Title: text("recovery.title"), User: usr, Data: codeData{Codes: codes, Back: afterLogin(back)}})
}

func (u *ui) toLoginExpired(w http.ResponseWriter, r *http.Request) error {
	u.s.sessions.Put(r.Context(), "flash", text("login.expired_step"))
	http.Redirect(w, r, "/inloggen", http.StatusSeeOther)
	return nil
}

func (u *ui) logout(w http.ResponseWriter, r *http.Request) error {
	_ = u.s.sessions.Destroy(r.Context())
	_ = u.s.sessions.RenewToken(r.Context())
	u.s.sessions.Put(r.Context(), "flash", text("logout.done"))
	http.Redirect(w, r, "/inloggen", http.StatusSeeOther)
	return nil
}

// throttle limits login attempts per client address: a fixed window of
// attempts, on top of the lockout per account.
type throttle struct {
	mu     sync.Mutex
	max    int
	window time.Duration
	seen   map[string]*attempts
}

type attempts struct {
	n     int
	since time.Time
}

func newThrottle(max int, window time.Duration) *throttle {
	return &throttle{max: max, window: window, seen: map[string]*attempts{}}
}

func (t *throttle) allow(ip string) bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	now := time.Now()
	if len(t.seen) > 10000 {
		for k, a := range t.seen {
			if now.Sub(a.since) > t.window {
				delete(t.seen, k)
			}
		}
	}
	a := t.seen[ip]
	if a == nil || now.Sub(a.since) > t.window {
		a = &attempts{since: now}
		t.seen[ip] = a
	}
	a.n++
	return a.n <= t.max
}

// clientIP is the address the request came from. Behind a proxy every
// request comes from the proxy: the per-account lockout still holds.
func clientIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// fieldErrors returns the field errors of an invalid-input error.
func fieldErrors(err error) []schakel.FieldError {
	var e *schakel.Error
	if errors.As(err, &e) {
		return e.Fields
	}
	return nil
}
