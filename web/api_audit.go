package web

import (
	"encoding/csv"
	"io"
	"net/http"
	"strings"

	"github.com/schakel-nl/schakel"
	"github.com/schakel-nl/schakel/sqlstore"
)

// The audit trail for the privacy officer: search (a person only in a POST
// body, never in a URL), export as CSV, integrity check, checkpoint.

func (s *Server) apiAudit(r *http.Request, u *schakel.User) (*schakel.Page[sqlstore.AuditEntry], error) {
	p, err := paging(r)
	if err != nil {
		return nil, err
	}
	q := r.URL.Query()
	return s.store.Audit(r.Context(), u, sqlstore.AuditFilter{Paging: p, User: q.Get("user"), ObjectID: q.Get("object"), CaseID: q.Get("case"), From: q.Get("from"), To: q.Get("to")})
}

func (s *Server) apiAuditSearch(r *http.Request, u *schakel.User, f sqlstore.AuditFilter) (*schakel.Page[sqlstore.AuditEntry], error) {
	return s.store.Audit(r.Context(), u, f)
}

func (s *Server) apiAuditExport(w http.ResponseWriter, r *http.Request, u *schakel.User) error {
	var f sqlstore.AuditFilter
	if err := decodeJSON(r, &f); err != nil {
		return err
	}
	entries, err := s.store.AuditExport(r.Context(), u, f)
	if err != nil {
		return err
	}
	writeAuditCSV(w, entries)
	return nil
}

func (s *Server) apiAuditVerify(r *http.Request, u *schakel.User) (*sqlstore.AuditReport, error) {
	return s.store.CheckAudit(r.Context(), u)
}

func (s *Server) apiAuditCheckpoint(w http.ResponseWriter, r *http.Request, u *schakel.User) error {
	if u.Role != schakel.RolePrivacy && u.Role != schakel.RoleBeheerder {
		return schakel.Errorf(schakel.KindForbidden, "Dit onderdeel is niet voor uw rol.")
	}
	cp, err := s.store.LatestCheckpoint(r.Context())
	if err != nil {
		return err
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	_, _ = io.WriteString(w, cp)
	return nil
}

// writeAuditCSV sends entries as a CSV download. Cells that a spreadsheet
// would read as a formula are prefixed with a quote.
func writeAuditCSV(w http.ResponseWriter, entries []sqlstore.AuditEntry) {
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="audittrail.csv"`)
	cw := csv.NewWriter(w)
	_ = cw.Write([]string{"tijdstip", "gebruiker_id", "gebruiker", "rol", "organisatie", "handeling", "objecttype", "object_id", "doel"})
	for _, e := range entries {
		row := []string{e.At, e.UserID, e.UserName, e.Role, e.Org, e.Action, e.ObjectType, e.ObjectID, e.Purpose}
		for i, c := range row {
			if c != "" && strings.ContainsRune("=+-@\t\r", rune(c[0])) {
				row[i] = "'" + c
			}
		}
		_ = cw.Write(row)
	}
	cw.Flush()
}
