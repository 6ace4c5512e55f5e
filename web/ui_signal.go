package web

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/schakel-nl/schakel"
	"github.com/schakel-nl/schakel/sqlstore"
)

type signalForm struct {
	In         schakel.SignalInput
	Acute      string // "yes", "no" or "" before the question is answered
	Ages       []string
	Ref        *reference
	Municipals []schakel.Municipality
}

type reference struct {
	Municipalities []schakel.Municipality
	Indicators     map[schakel.Form][]schakel.Indicator
	Sectors        []schakel.Sector
	Forms          []schakel.Form
	Genders        []string
	Residence      []string
}

func (u *ui) reference(r *http.Request) (*reference, error) {
	ref := &reference{Forms: schakel.Forms, Genders: schakel.Genders, Residence: schakel.ResidenceStatuses, Indicators: map[schakel.Form][]schakel.Indicator{}}
	ms, err := u.s.store.Municipalities(r.Context())
	if err != nil {
		return nil, err
	}
	for _, m := range ms {
		if m.Active {
			ref.Municipalities = append(ref.Municipalities, m)
		}
	}
	is, err := u.s.store.Indicators(r.Context())
	if err != nil {
		return nil, err
	}
	for _, i := range is {
		if i.Active {
			ref.Indicators[i.Form] = append(ref.Indicators[i.Form], i)
		}
	}
	ss, err := u.s.store.Sectors(r.Context())
	if err != nil {
		return nil, err
	}
	for _, s := range ss {
		if s.Active {
			ref.Sectors = append(ref.Sectors, s)
		}
	}
	return ref, nil
}

func (u *ui) newSignal(w http.ResponseWriter, r *http.Request, usr *schakel.User) error {
	if !usr.Role.MayReport() {
		return schakel.Errorf(schakel.KindForbidden, "%s", text("error.forbidden"))
	}
	f := signalForm{In: schakel.SignalInput{
		Reporter: schakel.Reporter{Name: usr.Name, Email: usr.Email},
		Persons:  []schakel.Person{blankPerson(schakel.PersonVictim), blankPerson(schakel.PersonSuspect)},
	}}
	if len(usr.Municipalities) == 1 {
		f.In.Municipality = usr.Municipalities[0]
	}
	orgs, _, err := u.names(r)
	if err != nil {
		return err
	}
	f.In.Reporter.Organisation = orgs[usr.Org]
	return u.renderSignalForm(w, r, http.StatusOK, &f, nil)
}

func (u *ui) renderSignalForm(w http.ResponseWriter, r *http.Request, status int, f *signalForm, errs []schakel.FieldError) error {
	ref, err := u.reference(r)
	if err != nil {
		return err
	}
	f.Ref = ref
	if len(f.Ages) < len(f.In.Persons) {
		for i := len(f.Ages); i < len(f.In.Persons); i++ {
			f.Ages = append(f.Ages, derefAge(f.In.Persons[i].EstimatedAge))
		}
	}
	return u.render(w, r, status, "signal_new", &page{Title: text("signal.new.title"), Nav: "new", Data: f, Errors: errs})
}

// blankPerson is an empty person slot: nothing known yet.
func blankPerson(role schakel.PersonRole) schakel.Person {
	return schakel.Person{Role: role, Gender: "unknown", Nationality: "unknown", ResidenceStatus: "unknown"}
}

func derefAge(p *int) string {
	if p == nil {
		return ""
	}
	return strconv.Itoa(*p)
}

// parseSignalForm reads the form; it keeps every person slot for
// re-display and returns the input with the empty slots left out, plus the
// slot index of each person kept (to put errors next to the right slot).
func parseSignalForm(form url.Values) (*signalForm, schakel.SignalInput, []int, []schakel.FieldError) {
	f := &signalForm{Acute: form.Get("acute_danger")}
	in := &f.In
	in.Municipality = form.Get("municipality")
	in.ObservedOn = form.Get("observed_on")
	for _, v := range form["forms"] {
		in.Forms = append(in.Forms, schakel.Form(v))
	}
	in.Indicators = form["indicators"]
	in.Sector = form.Get("sector")
	in.AcuteDanger = f.Acute == "yes"
	in.Account = form.Get("account")
	in.Reporter = schakel.Reporter{Name: form.Get("reporter.name"), Organisation: form.Get("reporter.organisation"),
		Phone: form.Get("reporter.phone"), Email: form.Get("reporter.email")}
	var errs []schakel.FieldError
	n, _ := strconv.Atoi(form.Get("persons_count"))
	n = max(0, min(n, schakel.MaxPersons))
	out := *in
	out.Persons = nil
	var slots []int
	for i := 0; i < n; i++ {
		at := fmt.Sprintf("persons[%d].", i)
		p := schakel.Person{Role: schakel.PersonRole(form.Get(at + "role")), Name: form.Get(at + "name"), BirthDate: schakel.ISOBirthDate(form.Get(at + "birth_date")),
			Gender: form.Get(at + "gender"), Nationality: form.Get(at + "nationality"), ResidenceStatus: form.Get(at + "residence_status"),
			Contact: form.Get(at + "contact")}
		age := strings.TrimSpace(form.Get(at + "estimated_age"))
		f.Ages = append(f.Ages, age)
		if age != "" {
			a, err := strconv.Atoi(age)
			if err != nil {
				errs = append(errs, schakel.FieldError{Field: at + "estimated_age", Message: "Vul een leeftijd in hele jaren in."})
			} else {
				p.EstimatedAge = &a
			}
		}
		in.Persons = append(in.Persons, p)
		empty := strings.TrimSpace(p.Name+p.BirthDate+p.Contact+age) == "" &&
			(p.Gender == "" || p.Gender == "unknown") && (p.Nationality == "" || p.Nationality == "unknown") &&
			(p.ResidenceStatus == "" || p.ResidenceStatus == "unknown")
		if !empty {
			out.Persons = append(out.Persons, p)
			slots = append(slots, i)
		}
	}
	if f.Acute != "yes" && f.Acute != "no" {
		errs = append(errs, schakel.FieldError{Field: "acute_danger", Message: "Geef aan of er nu acuut gevaar is."})
	}
	return f, out, slots, errs
}

func (u *ui) createSignal(w http.ResponseWriter, r *http.Request, usr *schakel.User) error {
	f, in, slots, formErrs := parseSignalForm(r.PostForm)
	if add := r.PostForm.Get("add"); add == "victim" || add == "suspect" {
		if len(f.In.Persons) < schakel.MaxPersons {
			f.In.Persons = append(f.In.Persons, blankPerson(schakel.PersonRole(add)))
		}
		return u.renderSignalForm(w, r, http.StatusOK, f, nil)
	}
	if len(formErrs) > 0 {
		// Report the form's own problems together with the rules' ones.
		cat, err := u.s.store.Catalog(r.Context())
		if err != nil {
			return err
		}
		check := in
		if err := check.Validate(u.s.store.Now(), cat); err != nil {
			formErrs = append(formErrs, remapPersons(err.(*schakel.Error).Fields, slots)...)
		}
		return u.renderSignalForm(w, r, http.StatusUnprocessableEntity, f, formErrs)
	}
	sg, err := u.s.store.CreateSignal(r.Context(), usr, in)
	if schakel.ErrorKind(err) == schakel.KindInvalid {
		return u.renderSignalForm(w, r, http.StatusUnprocessableEntity, f, remapPersons(err.(*schakel.Error).Fields, slots))
	}
	if err != nil {
		return err
	}
	key := "signal.created"
	if in.AcuteDanger {
		key = "signal.created_acute"
	}
	return u.done(w, r, key, "/signalen/"+sg.ID)
}

// remapPersons moves errors of persons[k] to the form slot the k-th kept
// person came from.
func remapPersons(errs []schakel.FieldError, slots []int) []schakel.FieldError {
	out := make([]schakel.FieldError, len(errs))
	for i, e := range errs {
		var k int
		var rest string
		if n, _ := fmt.Sscanf(e.Field, "persons[%d]%s", &k, &rest); n >= 1 && k < len(slots) {
			e.Field = fmt.Sprintf("persons[%d]%s", slots[k], rest)
		}
		out[i] = e
	}
	return out
}

type queueData struct {
	Page         *schakel.Page[schakel.Signal]
	Status       string
	Overdue      bool
	Munis        map[string]string
	NextURL      string
	Municipality string
	Served       []string // the municipalities the user serves, to filter on
	Sort         string
	Sorts        []string
	Query        string
}

// nextURL is the link to the next page of a list with the same filters.
func nextURL(path string, next *string, q url.Values) string {
	if next == nil {
		return ""
	}
	nq := url.Values{}
	for k, v := range q {
		if k != "cursor" && len(v) > 0 && v[0] != "" {
			nq.Set(k, v[0])
		}
	}
	nq.Set("cursor", *next)
	return path + "?" + nq.Encode()
}

// badCursor reports whether err says only that a list's cursor did not
// open (forged, mistyped, or made for another list or user): a list then
// shows its first page with a notice instead of an error page.
func badCursor(err error) bool {
	var e *schakel.Error
	if !errors.As(err, &e) || e.Kind != schakel.KindInvalid || len(e.Fields) == 0 {
		return false
	}
	for _, f := range e.Fields {
		if f.Field != "cursor" {
			return false
		}
	}
	return true
}

// firstPageIfBad runs a list query and, when only its cursor was bad, runs
// it again from the first page; notice is then the text to show.
func firstPageIfBad[T any](cursor *string, list func() (T, error)) (page T, notice string, err error) {
	page, err = list()
	if badCursor(err) {
		*cursor, notice = "", text("list.cursor_reset")
		page, err = list()
	}
	return page, notice, err
}

func (u *ui) queue(w http.ResponseWriter, r *http.Request, usr *schakel.User) error {
	q := r.URL.Query()
	f := sqlstore.SignalFilter{Paging: schakel.Paging{Cursor: q.Get("cursor")}, Status: q.Get("status"), Overdue: q.Get("overdue") == "1",
		Municipality: q.Get("gemeente"), Sort: q.Get("volgorde"), Query: q.Get("q")}
	p, notice, err := firstPageIfBad(&f.Cursor, func() (*schakel.Page[schakel.Signal], error) { return u.s.store.Signals(r.Context(), usr, f) })
	searchErrs, err := searchError(err)
	if err != nil {
		return err
	}
	if p == nil {
		p = &schakel.Page[schakel.Signal]{Items: []schakel.Signal{}}
	}
	_, munis, err := u.names(r)
	if err != nil {
		return err
	}
	d := queueData{Page: p, Status: f.Status, Overdue: f.Overdue, Munis: munis, Municipality: f.Municipality, Sort: f.Sort,
		Sorts: sqlstore.SignalSorts, Served: usr.Municipalities, Query: f.Query}
	d.NextURL = nextURL("/signalen", p.Next, q)
	return u.render(w, r, searchStatus(searchErrs), "queue", &page{Title: text("queue.title"), Nav: "queue", Data: d, Flash: notice, Errors: searchErrs})
}

type signalData struct {
	Signal      *schakel.Signal
	MayTriage   bool
	Suggestions []schakel.Suggestion
	Decision    schakel.TriageDecision
	Ref         *reference
	Orgs        map[string]string
	Munis       map[string]string
	Indicators  map[string]schakel.Indicator
	Sectors     map[string]schakel.Sector
	Routes      []schakel.Route
	Notifies    []schakel.Notify
	IsReporter  bool
}

func (u *ui) signal(w http.ResponseWriter, r *http.Request, usr *schakel.User) error {
	return u.renderSignal(w, r, usr, http.StatusOK, nil, nil)
}

func (u *ui) renderSignal(w http.ResponseWriter, r *http.Request, usr *schakel.User, status int, d *schakel.TriageDecision, errs []schakel.FieldError) error {
	sg, err := u.s.store.Signal(r.Context(), usr, r.PathValue("id"))
	if err != nil {
		return err
	}
	cat, err := u.s.store.Catalog(r.Context())
	if err != nil {
		return err
	}
	data := signalData{Signal: sg, Routes: schakel.Routes, Notifies: schakel.Notifies, Indicators: cat.Indicators, Sectors: cat.Sectors,
		IsReporter: sg.ReportedBy == usr.ID && !sg.Visible.Has(schakel.FieldHandling)}
	if data.Orgs, data.Munis, err = u.names(r); err != nil {
		return err
	}
	data.MayTriage = schakel.MayTriage(usr, sg.Municipality) && sg.Status == schakel.SignalNew
	if data.MayTriage {
		data.Suggestions = sg.Suggestions
		if d == nil {
			d = &schakel.TriageDecision{}
			for _, s := range data.Suggestions {
				d.Notify = append(d.Notify, s.Notify)
			}
		}
		data.Decision = *d
	}
	return u.render(w, r, status, "signal", &page{Title: text("signal.title"), Nav: "queue", Data: data, Errors: errs})
}

func (u *ui) triage(w http.ResponseWriter, r *http.Request, usr *schakel.User) error {
	d := schakel.TriageDecision{Route: schakel.Route(r.PostForm.Get("route")), Rationale: r.PostForm.Get("rationale")}
	for _, n := range r.PostForm["notify"] {
		d.Notify = append(d.Notify, schakel.Notify(n))
	}
	res, err := u.s.store.Triage(r.Context(), usr, r.PathValue("id"), d)
	if schakel.ErrorKind(err) == schakel.KindInvalid {
		return u.renderSignal(w, r, usr, http.StatusUnprocessableEntity, &d, err.(*schakel.Error).Fields)
	}
	if err != nil {
		return err
	}
	to := "/signalen/" + res.Signal.ID
	if res.CaseID != nil {
		to = "/casussen/" + *res.CaseID
	}
	return u.done(w, r, "triage.done", to)
}
