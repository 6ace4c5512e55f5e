package web

import (
	"bytes"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/schakel-nl/schakel"
)

type ui struct {
	s     *Server
	pages map[string]*template.Template
}

// page is what every template gets.
type page struct {
	Title   string
	Nav     string
	User    *schakel.User
	Flash   string
	Message string
	Errors  []schakel.FieldError
	Data    any
	ui      *ui
}

// Err returns the message for a field, for inline errors.
func (p *page) Err(field string) string {
	for _, e := range p.Errors {
		if e.Field == field {
			return e.Message
		}
	}
	return ""
}

// ErrPrefix returns the errors whose field starts with prefix (for lists
// such as forms[0]).
func (p *page) ErrPrefix(prefix string) string {
	var msgs []string
	for _, e := range p.Errors {
		if e.Field == prefix || strings.HasPrefix(e.Field, prefix+"[") {
			msgs = append(msgs, e.Message)
		}
	}
	return strings.Join(slices.Compact(msgs), " ")
}

// Static returns the URL of a static file with its checksum.
func (p *page) Static(name string) string {
	if f, ok := p.ui.s.static[name]; ok {
		return "/static/" + name + "?v=" + f.sum
	}
	return "/static/" + name
}

func newUI(s *Server) (*ui, error) {
	u := &ui{s: s, pages: map[string]*template.Template{}}
	base, err := template.New("").Funcs(funcs).ParseFS(assets, "templates/partial_*.html")
	if err != nil {
		return nil, err
	}
	files, err := fs.Glob(assets, "templates/*.html")
	if err != nil {
		return nil, err
	}
	for _, f := range files {
		name := strings.TrimSuffix(strings.TrimPrefix(f, "templates/"), ".html")
		if strings.HasPrefix(name, "partial_") {
			continue
		}
		t, err := template.Must(base.Clone()).ParseFS(assets, f)
		if err != nil {
			return nil, err
		}
		u.pages[name] = t
	}
	return u, nil
}

var countryNames = display.Dutch.Regions()

// commonNationalities are offered first in the nationality list: the
// nationalities most often met among victims in the Netherlands.
var commonNationalities = []string{"NL", "PL", "RO", "BG", "HU", "SK", "UA", "NG", "UG", "MA", "TR", "SY", "ER", "VN", "CN", "IN", "PH", "BR"}

// nationalityOptions are the country codes of the nationality list: the
// common ones, then all others by their Dutch name.
var nationalityOptions = func() [][]string {
	common := map[string]bool{}
	for _, c := range commonNationalities {
		common[c] = true
	}
	name := func(code string) string {
		if r, err := language.ParseRegion(code); err == nil {
			if n := countryNames.Name(r); n != "" {
				return n
			}
		}
		return code
	}
	var rest []string
	for _, c := range schakel.CountryCodes() {
		if !common[c] {
			rest = append(rest, c)
		}
	}
	col := collate.New(language.Dutch, collate.IgnoreCase, collate.IgnoreDiacritics)
	slices.SortFunc(rest, func(a, b string) int { return col.CompareString(name(a), name(b)) })
	return [][]string{commonNationalities, rest}
}()

var funcs = template.FuncMap{
	"t": text,
	// count says how many of something, in the singular for one: the
	// catalogue keys key+".one" and key+".other".
	"count": func(key string, n int) string {
		if n == 1 {
			return text(key+".one", n)
		}
		return text(key+".other", n)
	},
	"label": func(group string, code any) string {
		return text(group + "." + fmt.Sprint(code))
	},
	// labelOr is label for codes that may be new: the code itself when
	// the catalogue has no label yet.
	"labelOr": func(group string, code any) string {
		if s, ok := catalog[group+"."+fmt.Sprint(code)]; ok {
			return s
		}
		return fmt.Sprint(code)
	},
	"date": func(v any) string {
		switch t := v.(type) {
		case time.Time:
			return t.In(schakel.Amsterdam).Format("02-01-2006")
		case *time.Time:
			if t == nil {
				return ""
			}
			return t.In(schakel.Amsterdam).Format("02-01-2006")
		case string:
			if d, err := time.Parse(schakel.DateLayout, t); err == nil {
				return d.Format("02-01-2006")
			}
			if d, err := time.Parse(schakel.BirthMonthLayout, t); err == nil {
				return d.Format("01-2006")
			}
			return t
		}
		return ""
	},
	// stamp shows a stored timestamp (the audit trail's, in UTC to the
	// microsecond) in local time, to the second.
	"stamp": func(v string) string {
		t, err := time.Parse(time.RFC3339Nano, v)
		if err != nil {
			return v
		}
		return t.In(schakel.Amsterdam).Format("02-01-2006 15:04:05")
	},
	"datetime": func(v any) string {
		switch t := v.(type) {
		case time.Time:
			return t.In(schakel.Amsterdam).Format("02-01-2006 15:04")
		case *time.Time:
			if t != nil {
				return t.In(schakel.Amsterdam).Format("02-01-2006 15:04")
			}
		}
		return ""
	},
	"waited": func(t time.Time) string {
		days := int(time.Since(t).Hours() / 24)
		switch days {
		case 0:
			return text("signal.today")
		case 1:
			return text("signal.day")
		}
		return text("signal.days", days)
	},
	"fid": fieldID,
	"has": func(list any, v string) bool {
		switch l := list.(type) {
		case []string:
			return slices.Contains(l, v)
		case []schakel.Form:
			return slices.Contains(l, schakel.Form(v))
		case []schakel.Notify:
			return slices.Contains(l, schakel.Notify(v))
		}
		return false
	},
	"visible": func(f schakel.Fields, name string) bool {
		return f.Has(fieldNames[name])
	},
	"country": func(code string) string {
		if code == "" || code == "unknown" {
			return text("nationality.unknown")
		}
		r, err := language.ParseRegion(code)
		if err != nil {
			return code
		}
		if n := countryNames.Name(r); n != "" {
			return n
		}
		return code
	},
	"countries": func() [][]string { return nationalityOptions },
	"dict": func(kv ...any) map[string]any {
		m := map[string]any{}
		for i := 0; i+1 < len(kv); i += 2 {
			m[fmt.Sprint(kv[i])] = kv[i+1]
		}
		return m
	},
	"list": func(xs ...string) []string { return xs },
	"split": func(s string) []string {
		if s == "" {
			return nil
		}
		return strings.Split(s, ",")
	},
	"str": func(v any) string { return fmt.Sprint(v) },
	"add": func(a, b int) int { return a + b },
	"derefInt": func(p *int) string {
		if p == nil {
			return ""
		}
		return fmt.Sprint(*p)
	},
}

var fieldNames = map[string]schakel.Fields{
	"content": schakel.FieldContent, "reporter": schakel.FieldReporter, "victims": schakel.FieldVictims,
	"suspects": schakel.FieldSuspects, "handling": schakel.FieldHandling, "notes": schakel.FieldNotes,
	"account": schakel.FieldAccount, "own_work": schakel.FieldOwnWork,
}

// fieldID turns a JSON path such as persons[0].name into an HTML id.
func fieldID(field string) string {
	r := strings.NewReplacer("[", "-", "]", "", ".", "-", "_", "-")
	if field == "" {
		return "main"
	}
	return "f-" + r.Replace(field)
}

// render writes a page; on a template error nothing half-written reaches
// the user and the error goes back to the caller, for serve to show.
func (u *ui) render(w http.ResponseWriter, r *http.Request, status int, name string, p *page) error {
	p.ui = u
	if p.User == nil {
		p.User = userFrom(r.Context())
	}
	if p.Flash == "" && u.s.sessions != nil {
		p.Flash = u.s.sessions.PopString(r.Context(), "flash")
	}
	t, ok := u.pages[name]
	if !ok {
		return fmt.Errorf("missing template %q", name)
	}
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, "layout", p); err != nil {
		return fmt.Errorf("template %q: %w", name, err)
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	_, _ = buf.WriteTo(w)
	return nil
}

// fail renders the error page for err, its status from statusOf, the
// table the API's problems use too: not found and forbidden look like
// pages, never like stack traces, and a fault of the server is logged
// once, here.
func (u *ui) fail(w http.ResponseWriter, r *http.Request, err error) {
	kind := schakel.ErrorKind(err)
	status := statusOf[kind]
	p := &page{Title: text("error.title"), Message: text("error.internal")}
	switch kind {
	case schakel.KindNotFound:
		p.Title, p.Message = text("error.not_found_title"), text("error.not_found")
	case schakel.KindForbidden, schakel.KindConflict, schakel.KindInvalid, schakel.KindIntegrity:
		var e *schakel.Error
		if errors.As(err, &e) {
			p.Message = e.Message
		}
	case schakel.KindUnauthorized:
		http.Redirect(w, r, "/inloggen", http.StatusSeeOther)
		return
	case schakel.KindStorageFull:
		logStorageFull(u.s.log, r, err)
		w.Header().Set("Retry-After", retryAfter)
		p.Title, p.Message = text("error.storage_full_title"), text("error.storage_full")
	default:
		logFault(u.s.log, r, "internal error", err)
	}
	if err := u.render(w, r, status, "error", p); err != nil {
		logFault(u.s.log, r, "error page", err)
		http.Error(w, text("error.internal"), http.StatusInternalServerError)
	}
}

// handler is a UI action: it writes its answer, or returns an error for
// serve to show as the error page (a form with invalid input is an answer:
// the form again, its errors next to the fields). The API's apiHandler is
// the same pattern for problem JSON.
type handler func(w http.ResponseWriter, r *http.Request) error

// userHandler is a UI action of a logged-in user.
type userHandler func(w http.ResponseWriter, r *http.Request, usr *schakel.User) error

// serve runs h in its session and shows the error it returns: the one
// place where a UI error becomes a page.
func (u *ui) serve(h handler) http.Handler {
	return u.s.sessions.LoadAndSave(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := h(w, r); err != nil {
			u.fail(w, r, err)
		}
	}))
}

// auth loads the session's user or sends to the login page.
func (u *ui) auth(h userHandler) http.Handler {
	return u.serve(func(w http.ResponseWriter, r *http.Request) error {
		id := u.s.sessions.GetString(r.Context(), "user_id")
		if id == "" {
			return u.toLogin(w, r)
		}
		usr, err := u.s.store.UserByID(r.Context(), id)
		// A change of the user's rights (role, organisation, being
		// blocked, a password or second factor reset) moved their epoch:
		// this session ends on this very request.
		if err != nil || !usr.Active || usr.AuthEpoch != u.s.sessions.GetInt(r.Context(), "epoch") {
			_ = u.s.sessions.Destroy(r.Context())
			return u.toLogin(w, r)
		}
		if err := r.ParseForm(); err != nil && r.Method == http.MethodPost {
			return formUnreadable
		}
		return h(w, r.WithContext(withUser(r.Context(), usr)), usr)
	})
}

// formUnreadable answers a POST whose form could not be parsed.
var formUnreadable = schakel.Invalid(schakel.FieldError{Field: "", Message: "Het formulier kon niet worden gelezen."})

func (u *ui) toLogin(w http.ResponseWriter, r *http.Request) error {
	target := "/inloggen"
	if r.Method == http.MethodGet && r.URL.Path != "/" {
		target += "?terug=" + url.QueryEscape(r.URL.Path)
	}
	http.Redirect(w, r, target, http.StatusSeeOther)
	return nil
}

// done stores a flash message and redirects after a successful POST.
func (u *ui) done(w http.ResponseWriter, r *http.Request, flashKey, to string) error {
	u.s.sessions.Put(r.Context(), "flash", text(flashKey))
	http.Redirect(w, r, to, http.StatusSeeOther)
	return nil
}

func (u *ui) routes(mux *http.ServeMux) {
	mux.Handle("GET /inloggen", u.serve(u.loginForm))
	mux.Handle("POST /inloggen", u.serve(u.login))
	mux.Handle("POST /uitloggen", u.serve(u.logout))
	mux.Handle("GET /inloggen/code", u.serve(u.codeForm))
	mux.Handle("POST /inloggen/code", u.serve(u.code))
	mux.Handle("GET /inloggen/instellen", u.serve(u.enrolForm))
	mux.Handle("GET /inloggen/instellen/qr.png", u.serve(u.enrolQR))
	mux.Handle("POST /inloggen/instellen", u.serve(u.enrol))
	mux.Handle("GET /inloggen/oidc/{provider}", u.serve(u.oidcStart))
	mux.Handle("GET /inloggen/oidc/{provider}/terug", u.serve(u.oidcCallback))
	u.enrolRoutes(mux)
	mux.Handle("GET /{$}", u.auth(u.home))
	mux.Handle("GET /treffers", u.auth(u.hits))
	mux.Handle("GET /signalen/nieuw", u.auth(u.newSignal))
	mux.Handle("POST /signalen/nieuw", u.auth(u.createSignal))
	mux.Handle("GET /signalen", u.auth(u.queue))
	mux.Handle("GET /signalen/{id}", u.auth(u.signal))
	mux.Handle("POST /signalen/{id}/beoordeling", u.auth(u.triage))
	mux.Handle("GET /casussen", u.auth(u.cases))
	mux.Handle("GET /casussen/{id}", u.auth(u.caseView))
	mux.Handle("POST /casussen/{id}/opschalen", u.auth(u.escalate))
	mux.Handle("POST /casussen/{id}/toewijzen", u.auth(u.assign))
	mux.Handle("POST /casussen/{id}/notities", u.auth(u.addNote))
	mux.Handle("POST /casussen/{id}/taken", u.auth(u.addTask))
	mux.Handle("POST /casussen/{id}/heropenen", u.auth(u.reopen))
	mux.Handle("GET /taken", u.auth(u.myTasks))
	mux.Handle("POST /taken/{id}/afgerond", u.auth(u.taskDone))
	mux.Handle("POST /casussen/{id}/afsluiten", u.auth(u.closeCase))
	mux.Handle("POST /casussen/{id}/doorverwijzen", u.auth(u.reRefer))
	mux.Handle("GET /doorverwijzingen", u.auth(u.referrals))
	mux.Handle("GET /doorverwijzingen/{id}", u.auth(u.referral))
	mux.Handle("POST /doorverwijzingen/{id}/{action}", u.auth(u.referralAction))
	mux.Handle("GET /beheer", u.auth(u.admin))
	mux.Handle("GET /beheer/{section}", u.auth(u.adminSection))
	mux.Handle("POST /beheer/{section}", u.auth(u.adminSave))
	mux.Handle("GET /account", u.auth(u.account))
	mux.Handle("POST /account/wachtwoord", u.auth(u.accountPassword))
	mux.Handle("POST /account/herstelcodes", u.auth(u.accountCodes))
	mux.Handle("POST /account/tokens", u.auth(u.accountToken))
	mux.Handle("POST /account/tokens/{id}/intrekken", u.auth(u.accountRevoke))
	mux.Handle("GET /beheer/gebruikers/{id}", u.auth(u.adminUser))
	mux.Handle("POST /beheer/gebruikers/{id}/{action}", u.auth(u.adminUserSave))
	mux.Handle("GET /privacy", u.auth(u.privacy))
	mux.Handle("POST /privacy/betrokkene", u.auth(u.privacySearch))
	mux.Handle("POST /privacy/inzage", u.auth(u.privacyExport))
	mux.Handle("POST /privacy/wissen", u.auth(u.privacyErase))
	mux.Handle("POST /privacy/bewaarplicht/{id}", u.auth(u.privacyHold))
	mux.Handle("POST /privacy/noodtoegang/{id}/beoordeeld", u.auth(u.privacyReview))
	mux.Handle("GET /noodtoegang", u.auth(u.breakGlassForm))
	mux.Handle("POST /noodtoegang", u.auth(u.breakGlass))
	mux.Handle("GET /audit", u.auth(u.audit))
	mux.Handle("POST /audit", u.auth(u.audit))
	mux.Handle("POST /audit/export", u.auth(u.auditExport))
	mux.Handle("POST /audit/controle", u.auth(u.auditVerify))
	mux.Handle("/", u.serve(func(http.ResponseWriter, *http.Request) error { return schakel.ErrNotFound }))
}
