package web

import (
	"errors"
	"net/http"

	"github.com/schakel-nl/schakel"
	"github.com/schakel-nl/schakel/sqlstore"
)

// The privacy officer's view of the audit trail. Searches are POSTs, so
// that a person's name never appears in a URL, a log or a browser history.

type auditData struct {
	Page        *schakel.Page[sqlstore.AuditEntry]
	Filter      sqlstore.AuditFilter
	PersonName  string
	PersonBirth string
	Next        string
	Report      *sqlstore.AuditReport
}

// auditFilter reads the search form.
func auditFilter(r *http.Request) (sqlstore.AuditFilter, auditData) {
	f := sqlstore.AuditFilter{Paging: schakel.Paging{Cursor: r.PostFormValue("cursor")},
		User: r.PostFormValue("f.user"), CaseID: r.PostFormValue("f.case"), ObjectID: r.PostFormValue("f.object"),
		From: r.PostFormValue("f.from"), To: r.PostFormValue("f.to")}
	d := auditData{PersonName: r.PostFormValue("f.person_name"), PersonBirth: r.PostFormValue("f.person_birth")}
	if d.PersonName != "" || d.PersonBirth != "" {
		f.Person = &schakel.Person{Name: d.PersonName, BirthDate: d.PersonBirth}
	}
	return f, d
}

// auditFields maps the store's field names to the form's.
var auditFields = map[string]string{"from": "f.from", "to": "f.to", "person": "f.person_name", "user": "f.user", "case": "f.case"}

func (u *ui) audit(w http.ResponseWriter, r *http.Request, usr *schakel.User) error {
	return u.auditPage(w, r, usr, nil)
}

func (u *ui) auditPage(w http.ResponseWriter, r *http.Request, usr *schakel.User, rep *sqlstore.AuditReport) error {
	if usr.Role != schakel.RolePrivacy {
		return schakel.ErrNotFound
	}
	f, d := sqlstore.AuditFilter{}, auditData{Report: rep}
	if r.Method == http.MethodPost && rep == nil {
		f, d = auditFilter(r)
	}
	d.Filter = f
	status := http.StatusOK
	var errs []schakel.FieldError
	p, notice, err := firstPageIfBad(&f.Cursor, func() (*schakel.Page[sqlstore.AuditEntry], error) { return u.s.store.Audit(r.Context(), usr, f) })
	d.Filter = f
	var e *schakel.Error
	if errors.As(err, &e) && e.Kind == schakel.KindInvalid {
		for _, fe := range e.Fields {
			if n, ok := auditFields[fe.Field]; ok {
				fe.Field = n
			}
			errs = append(errs, fe)
		}
		status, err = http.StatusUnprocessableEntity, nil
		p = &schakel.Page[sqlstore.AuditEntry]{}
	}
	if err != nil {
		return err
	}
	d.Page = p
	if p.Next != nil {
		d.Next = *p.Next
	}
	return u.render(w, r, status, "audit", &page{Title: text("audit.title"), Nav: "audit", Data: d, Errors: errs, Flash: notice})
}

func (u *ui) auditExport(w http.ResponseWriter, r *http.Request, usr *schakel.User) error {
	f, _ := auditFilter(r)
	f.Cursor = ""
	entries, err := u.s.store.AuditExport(r.Context(), usr, f)
	if schakel.ErrorKind(err) == schakel.KindInvalid {
		return u.auditPage(w, r, usr, nil)
	}
	if err != nil {
		return err
	}
	writeAuditCSV(w, entries)
	return nil
}

func (u *ui) auditVerify(w http.ResponseWriter, r *http.Request, usr *schakel.User) error {
	rep, err := u.s.store.CheckAudit(r.Context(), usr)
	if err != nil {
		return err
	}
	return u.auditPage(w, r, usr, rep)
}
