package web

import (
	"cmp"
	"net/http"
	"net/url"
	"slices"

	"github.com/schakel-nl/schakel"
	"github.com/schakel-nl/schakel/sqlstore"
)

type casesData struct {
	Page          *schakel.Page[schakel.Case]
	Status        string
	Escalated     bool
	NeedsDecision bool
	Orgs          map[string]string
	Munis         map[string]string
	NextURL       string
	Sort          string
	Sorts         []string
	Query         string
	Awaiting      bool
	Overdue       bool
	Mine          bool
}

func (u *ui) cases(w http.ResponseWriter, r *http.Request, usr *schakel.User) error {
	q := r.URL.Query()
	f := sqlstore.CaseFilter{Paging: schakel.Paging{Cursor: q.Get("cursor")}, Status: q.Get("status"), Escalated: q.Get("escalated") == "1",
		NeedsDecision: q.Get("opnieuw") == "1", Sort: q.Get("volgorde"), Query: q.Get("q"), Awaiting: q.Get("wacht") == "1", Overdue: q.Get("te_laat") == "1", Mine: q.Get("mijn") == "1"}
	p, notice, err := firstPageIfBad(&f.Cursor, func() (*schakel.Page[schakel.Case], error) { return u.s.store.Cases(r.Context(), usr, f) })
	searchErrs, err := searchError(err)
	if err != nil {
		return err
	}
	if p == nil {
		p = &schakel.Page[schakel.Case]{Items: []schakel.Case{}}
	}
	d := casesData{Page: p, Status: f.Status, Escalated: f.Escalated, NeedsDecision: f.NeedsDecision, Sort: f.Sort, Sorts: sqlstore.CaseSorts, Query: f.Query,
		Awaiting: f.Awaiting, Overdue: f.Overdue, Mine: f.Mine}
	if d.Orgs, d.Munis, err = u.names(r); err != nil {
		return err
	}
	d.NextURL = nextURL("/casussen", p.Next, q)
	nav := "cases"
	if usr.Role == schakel.RoleBeleidsregisseur {
		nav = "escalations"
	}
	return u.render(w, r, searchStatus(searchErrs), "cases", &page{Title: text("cases.title"), Nav: nav, Data: d, Flash: notice, Errors: searchErrs})
}

// searchError splits a list's error: a search that cannot be run (its q
// is no number and no full name) is shown at the search box, with an
// empty list; any other error stays one.
func searchError(err error) ([]schakel.FieldError, error) {
	fe := fieldErrors(err)
	if schakel.ErrorKind(err) == schakel.KindInvalid && len(fe) > 0 && fe[0].Field == "q" {
		return fe, nil
	}
	return nil, err
}

func searchStatus(errs []schakel.FieldError) int {
	if len(errs) > 0 {
		return http.StatusUnprocessableEntity
	}
	return http.StatusOK
}

type caseData struct {
	Case        *schakel.Case
	Orgs        map[string]string
	Munis       map[string]string
	MayEscalate bool
	MayClose    bool
	MayReopen   bool
	MayReRefer  bool
	MyOrg       string
	Outcomes    []string
	Receivers   []schakel.Organisation
	Form        url.Values
	// Colleagues: who of the viewer's organisation may work on the open
	// case, to choose the assignee from.
	Colleagues []schakel.Colleague
	// Notes the viewer reads, when their grant on the case holds notes
	// (MayNote); nil otherwise.
	Notes   []schakel.Note
	MayNote bool
	// Tasks of the viewer's organisation, when they may work on the case.
	Tasks []schakel.Task
	Me    string
}

func (u *ui) caseView(w http.ResponseWriter, r *http.Request, usr *schakel.User) error {
	return u.renderCase(w, r, usr, http.StatusOK, nil, nil)
}

func (u *ui) renderCase(w http.ResponseWriter, r *http.Request, usr *schakel.User, status int, form url.Values, errs []schakel.FieldError) error {
	id := r.PathValue("id")
	if form == nil {
		form = url.Values{}
	}
	c, err := u.s.store.Case(r.Context(), usr, id)
	if schakel.ErrorKind(err) == schakel.KindNotFound && r.Method == http.MethodGet && slices.Contains(schakel.BreakGlassRoles, usr.Role) {
		// A case worker who finds no case may ask for emergency access;
		// the offer is the same whether the case exists or not.
		return u.render(w, r, http.StatusNotFound, "error", &page{Title: text("error.not_found_title"), Message: text("error.not_found"),
			Data: map[string]string{"BreakGlassCase": id}})
	}
	if err != nil {
		return err
	}
	d := caseData{Case: c, MyOrg: usr.Org, Outcomes: schakel.CaseOutcomes, Form: form}
	if d.Orgs, d.Munis, err = u.names(r); err != nil {
		return err
	}
	open := c.Status == schakel.CaseOpen
	d.MayEscalate = open && !c.Escalated && schakel.MayEscalate(c.Visible)
	d.MayClose = open && schakel.MayDirectCase(usr, c.Municipality, c.ProcessLead)
	d.MayReopen = !open && schakel.MayDirectCase(usr, c.Municipality, c.ProcessLead)
	d.MayReRefer = open && schakel.MayTriage(usr, c.Municipality) && len(c.Addressees) > 0
	if d.MayNote = c.Visible.Has(schakel.FieldNotes); d.MayNote {
		if d.Notes, err = u.s.store.Notes(r.Context(), usr, c.ID); err != nil {
			return err
		}
	}
	d.Me = usr.ID
	if open {
		if d.Colleagues, err = u.s.store.Colleagues(r.Context(), usr, c.ID); err != nil && schakel.ErrorKind(err) != schakel.KindNotFound {
			return err
		}
	}
	if len(d.Colleagues) > 0 {
		if d.Tasks, err = u.s.store.CaseTasks(r.Context(), usr, c.ID); err != nil {
			return err
		}
	}
	if d.MayReRefer {
		cat, err := u.s.store.Catalog(r.Context())
		if err != nil {
			return err
		}
		for _, code := range c.Addressees {
			d.Receivers = append(d.Receivers, cat.Organisations[code])
		}
	}
	nav := "cases"
	if usr.Role == schakel.RoleBeleidsregisseur {
		nav = "escalations"
	}
	return u.render(w, r, status, "case", &page{Title: text("case.title"), Nav: nav, Data: d, Errors: errs})
}

// caseStep runs a case action from a form and shows the case again, with
// the errors next to the fields when the input was bad.
func (u *ui) caseStep(w http.ResponseWriter, r *http.Request, usr *schakel.User, flash string, fn func() error) error {
	err := fn()
	if schakel.ErrorKind(err) == schakel.KindInvalid {
		return u.renderCase(w, r, usr, http.StatusUnprocessableEntity, r.PostForm, err.(*schakel.Error).Fields)
	}
	if err != nil {
		return err
	}
	return u.done(w, r, flash, "/casussen/"+r.PathValue("id"))
}

func (u *ui) reopen(w http.ResponseWriter, r *http.Request, usr *schakel.User) error {
	return u.caseStep(w, r, usr, "case.reopened_done", func() error {
		_, err := u.s.store.ReopenCase(r.Context(), usr, r.PathValue("id"), r.PostForm.Get("reopen_reason"))
		if e, ok := err.(*schakel.Error); ok && e.Kind == schakel.KindInvalid {
			for i := range e.Fields {
				e.Fields[i].Field = "reopen_reason" // the form's field
			}
		}
		return err
	})
}

func (u *ui) addTask(w http.ResponseWriter, r *http.Request, usr *schakel.User) error {
	return u.caseStep(w, r, usr, "task.added", func() error {
		_, err := u.s.store.AddTask(r.Context(), usr, r.PathValue("id"), schakel.TaskInput{Title: r.PostForm.Get("title"), Due: r.PostForm.Get("due"), Assignee: r.PostForm.Get("assignee")})
		return err
	})
}

func (u *ui) taskDone(w http.ResponseWriter, r *http.Request, usr *schakel.User) error {
	if _, err := u.s.store.CompleteTask(r.Context(), usr, r.PathValue("id")); err != nil {
		return err
	}
	return u.done(w, r, "task.done_flash", cmp.Or(localPath(r.PostForm.Get("terug")), "/taken"))
}

type tasksData struct {
	Tasks   []schakel.Task
	Overdue bool
}

func (u *ui) myTasks(w http.ResponseWriter, r *http.Request, usr *schakel.User) error {
	overdue := r.URL.Query().Get("te_laat") == "1"
	tasks, err := u.s.store.MyTasks(r.Context(), usr, overdue)
	if err != nil {
		return err
	}
	return u.render(w, r, http.StatusOK, "tasks", &page{Title: text("tasks.title"), Nav: "tasks", Data: tasksData{Tasks: tasks, Overdue: overdue}})
}

func (u *ui) addNote(w http.ResponseWriter, r *http.Request, usr *schakel.User) error {
	return u.caseStep(w, r, usr, "case.note_done", func() error {
		_, err := u.s.store.AddNote(r.Context(), usr, r.PathValue("id"), schakel.NoteInput{Text: r.PostForm.Get("text"), Shared: r.PostForm.Get("shared") == "1"})
		return err
	})
}

func (u *ui) assign(w http.ResponseWriter, r *http.Request, usr *schakel.User) error {
	return u.caseStep(w, r, usr, "case.assigned_done", func() error {
		_, err := u.s.store.AssignCase(r.Context(), usr, r.PathValue("id"), r.PostForm.Get("user"))
		return err
	})
}

func (u *ui) escalate(w http.ResponseWriter, r *http.Request, usr *schakel.User) error {
	return u.caseStep(w, r, usr, "case.escalated_done", func() error {
		_, err := u.s.store.Escalate(r.Context(), usr, r.PathValue("id"), r.PostForm.Get("reason"))
		return err
	})
}

func (u *ui) closeCase(w http.ResponseWriter, r *http.Request, usr *schakel.User) error {
	return u.caseStep(w, r, usr, "case.closed_done", func() error {
		_, err := u.s.store.CloseCase(r.Context(), usr, r.PathValue("id"), r.PostForm.Get("outcome"), r.PostForm.Get("note"))
		return err
	})
}

func (u *ui) reRefer(w http.ResponseWriter, r *http.Request, usr *schakel.User) error {
	return u.caseStep(w, r, usr, "case.rerefer_done", func() error {
		_, err := u.s.store.ReRefer(r.Context(), usr, r.PathValue("id"), r.PostForm.Get("to"), r.PostForm.Get("note"))
		return err
	})
}

type referralsData struct {
	Page    *schakel.Page[schakel.Referral]
	Status  string
	Munis   map[string]string
	NextURL string
	Sort    string
	Sorts   []string
	Open    bool
	Overdue bool
}

func (u *ui) referrals(w http.ResponseWriter, r *http.Request, usr *schakel.User) error {
	q := r.URL.Query()
	f := sqlstore.ReferralFilter{Paging: schakel.Paging{Cursor: q.Get("cursor")}, Status: q.Get("status"), Sort: q.Get("volgorde"),
		Open: q.Get("open") == "1", Overdue: q.Get("te_laat") == "1"}
	p, notice, err := firstPageIfBad(&f.Cursor, func() (*schakel.Page[schakel.Referral], error) { return u.s.store.Referrals(r.Context(), usr, f) })
	if err != nil {
		return err
	}
	_, munis, err := u.names(r)
	if err != nil {
		return err
	}
	d := referralsData{Page: p, Status: f.Status, Munis: munis, Sort: f.Sort, Sorts: sqlstore.ReferralSorts, Open: f.Open, Overdue: f.Overdue}
	d.NextURL = nextURL("/doorverwijzingen", p.Next, q)
	return u.render(w, r, http.StatusOK, "referrals", &page{Title: text("referrals.title"), Nav: "referrals", Data: d, Flash: notice})
}

// referralAction handles accept, decline, feedback and close from the case
// page; the case is shown again with errors next to the fields.
func (u *ui) referralAction(w http.ResponseWriter, r *http.Request, usr *schakel.User) error {
	ctx, id := r.Context(), r.PathValue("id")
	var act func() (*schakel.Referral, error)
	var flash string
	switch r.PathValue("action") {
	case "accepteren":
		act, flash = func() (*schakel.Referral, error) { return u.s.store.AcceptReferral(ctx, usr, id) }, "referral.accepted"
	case "afwijzen":
		act, flash = func() (*schakel.Referral, error) {
			return u.s.store.DeclineReferral(ctx, usr, id, r.PostForm.Get("reason"))
		}, "referral.declined"
	case "terugkoppeling":
		act, flash = func() (*schakel.Referral, error) {
			return u.s.store.GiveFeedback(ctx, usr, id, r.PostForm.Get("message"))
		}, "referral.feedback_sent"
	case "afsluiten":
		act, flash = func() (*schakel.Referral, error) { return u.s.store.CloseReferral(ctx, usr, id) }, "referral.closed"
	default:
		return schakel.ErrNotFound
	}
	ref, err := act()
	caseID := r.PostForm.Get("case")
	if schakel.ErrorKind(err) == schakel.KindInvalid && caseID != "" {
		fields := err.(*schakel.Error).Fields
		for i := range fields {
			fields[i].Field = "ref-" + id + "-" + fields[i].Field
		}
		r.SetPathValue("id", caseID)
		return u.renderCase(w, r, usr, http.StatusUnprocessableEntity, r.PostForm, fields)
	}
	if err != nil {
		return err
	}
	if !ref.CaseVisible {
		// Declined or closed: the organisation's access to the case has
		// ended; what it wrote stays on the referral's own page.
		return u.done(w, r, flash, "/doorverwijzingen/"+id)
	}
	return u.done(w, r, flash, "/casussen/"+ref.CaseID+"#ref-"+id)
}

type referralData struct {
	Referral *schakel.Referral
	Orgs     map[string]string
	Munis    map[string]string
}

// referral shows one referral addressed to the user's organisation: with
// a link to its case while the referral is open, and only what the
// organisation wrote once it has ended.
func (u *ui) referral(w http.ResponseWriter, r *http.Request, usr *schakel.User) error {
	ref, err := u.s.store.Referral(r.Context(), usr, r.PathValue("id"))
	if err != nil {
		return err
	}
	d := referralData{Referral: ref}
	if d.Orgs, d.Munis, err = u.names(r); err != nil {
		return err
	}
	return u.render(w, r, http.StatusOK, "referral", &page{Title: text("referral.title"), Nav: "referrals", Data: d})
}
