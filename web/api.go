package web

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/schakel-nl/schakel"
	"github.com/schakel-nl/schakel/sqlstore"
)

// apiHandler is an API endpoint that returns an error for the one adapter
// to render as problem JSON.
type apiHandler func(w http.ResponseWriter, r *http.Request, u *schakel.User) error

// api authenticates the bearer token and renders errors.
func (s *Server) api(h apiHandler) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		auth := r.Header.Get("Authorization")
		token, ok := strings.CutPrefix(auth, "Bearer ")
		if !ok || strings.TrimSpace(token) == "" {
			writeProblem(w, problemOf(s.log, r, schakel.Errorf(schakel.KindUnauthorized, "Stuur een geldig token: Authorization: Bearer <token>.")))
			return
		}
		u, err := s.store.UserByToken(r.Context(), strings.TrimSpace(token))
		if err != nil {
			writeProblem(w, problemOf(s.log, r, err))
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, maxBody)
		if err := h(w, r.WithContext(withUser(r.Context(), u)), u); err != nil {
			writeProblem(w, problemOf(s.log, r, err))
		}
	}
}

func (s *Server) apiRoutes(mux *http.ServeMux) {
	mux.HandleFunc("GET /api/v1/openapi.json", s.openAPI)
	mux.HandleFunc("GET /api/v1/me", s.api(s.apiMe))
	mux.HandleFunc("GET /api/v1/reference", s.api(s.apiReference))
	mux.HandleFunc("POST /api/v1/signals", s.api(s.apiCreateSignal))
	mux.HandleFunc("GET /api/v1/signals", s.api(s.apiSignals))
	mux.HandleFunc("GET /api/v1/signals/{id}", s.api(s.apiSignal))
	mux.HandleFunc("POST /api/v1/signals/{id}/triage", s.api(s.apiTriage))
	mux.HandleFunc("GET /api/v1/cases", s.api(s.apiCases))
	mux.HandleFunc("GET /api/v1/cases/{id}", s.api(s.apiCase))
	mux.HandleFunc("POST /api/v1/cases/{id}/escalate", s.api(s.apiEscalate))
	mux.HandleFunc("POST /api/v1/cases/{id}/close", s.api(s.apiCloseCase))
	mux.HandleFunc("POST /api/v1/cases/{id}/referrals", s.api(s.apiReRefer))
	mux.HandleFunc("GET /api/v1/referrals", s.api(s.apiReferrals))
	mux.HandleFunc("GET /api/v1/referrals/{id}", s.api(s.apiReferral))
	mux.HandleFunc("POST /api/v1/referrals/{id}/accept", s.api(s.apiReferralAccept))
	mux.HandleFunc("POST /api/v1/referrals/{id}/decline", s.api(s.apiReferralDecline))
	mux.HandleFunc("POST /api/v1/referrals/{id}/feedback", s.api(s.apiReferralFeedback))
	mux.HandleFunc("POST /api/v1/referrals/{id}/close", s.api(s.apiReferralClose))
	mux.HandleFunc("GET /api/v1/audit", s.api(s.apiAudit))
	mux.HandleFunc("PUT /api/v1/reference/municipalities/{id}", s.api(s.apiPutMunicipality))
	mux.HandleFunc("PUT /api/v1/reference/organisations/{id}", s.api(s.apiPutOrganisation))
	mux.HandleFunc("PUT /api/v1/reference/indicators/{id}", s.api(s.apiPutIndicator))
	mux.HandleFunc("PUT /api/v1/reference/sectors/{id}", s.api(s.apiPutSector))
	mux.HandleFunc("GET /api/v1/users", s.api(s.apiUsers))
	mux.HandleFunc("POST /api/v1/users", s.api(s.apiCreateUser))
	mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		writeProblem(w, problemOf(s.log, r, schakel.ErrNotFound))
	})
}

// paging reads limit and cursor; a limit that is no number is invalid.
func paging(r *http.Request) (schakel.Paging, error) {
	p := schakel.Paging{Cursor: r.URL.Query().Get("cursor")}
	if l := r.URL.Query().Get("limit"); l != "" {
		n, err := strconv.Atoi(l)
		if err != nil || n < 1 {
			return p, schakel.Invalid(schakel.FieldError{Field: "limit", Message: "Kies een aantal tussen 1 en 500."})
		}
		p.Limit = n
	}
	return p, nil
}

func (s *Server) apiMe(w http.ResponseWriter, r *http.Request, u *schakel.User) error {
	c, err := s.store.Counts(r.Context(), u)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, map[string]any{"user": u, "counts": c})
	return nil
}

func (s *Server) apiReference(w http.ResponseWriter, r *http.Request, u *schakel.User) error {
	ms, err := s.store.Municipalities(r.Context())
	if err != nil {
		return err
	}
	os, err := s.store.Organisations(r.Context())
	if err != nil {
		return err
	}
	is, err := s.store.Indicators(r.Context())
	if err != nil {
		return err
	}
	ss, err := s.store.Sectors(r.Context())
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, map[string]any{"municipalities": ms, "organisations": os, "indicators": is, "sectors": ss})
	return nil
}

func (s *Server) apiCreateSignal(w http.ResponseWriter, r *http.Request, u *schakel.User) error {
	var in schakel.SignalInput
	if err := decodeJSON(r, &in); err != nil {
		return err
	}
	sg, err := s.store.CreateSignal(r.Context(), u, in)
	if err != nil {
		return err
	}
	w.Header().Set("Location", "/api/v1/signals/"+sg.ID)
	writeJSON(w, http.StatusCreated, sg)
	return nil
}

func (s *Server) apiSignals(w http.ResponseWriter, r *http.Request, u *schakel.User) error {
	p, err := paging(r)
	if err != nil {
		return err
	}
	q := r.URL.Query()
	page, err := s.store.Signals(r.Context(), u, sqlstore.SignalFilter{Paging: p, Status: q.Get("status"), Municipality: q.Get("municipality"), Overdue: q.Get("overdue") == "true"})
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, page)
	return nil
}

func (s *Server) apiSignal(w http.ResponseWriter, r *http.Request, u *schakel.User) error {
	sg, err := s.store.Signal(r.Context(), u, r.PathValue("id"))
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, sg)
	return nil
}

func (s *Server) apiTriage(w http.ResponseWriter, r *http.Request, u *schakel.User) error {
	var d schakel.TriageDecision
	if err := decodeJSON(r, &d); err != nil {
		return err
	}
	res, err := s.store.Triage(r.Context(), u, r.PathValue("id"), d)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, res)
	return nil
}

func (s *Server) apiCases(w http.ResponseWriter, r *http.Request, u *schakel.User) error {
	p, err := paging(r)
	if err != nil {
		return err
	}
	q := r.URL.Query()
	page, err := s.store.Cases(r.Context(), u, sqlstore.CaseFilter{Paging: p, Status: q.Get("status"), Escalated: q.Get("escalated") == "true", NeedsDecision: q.Get("needs_decision") == "true"})
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, page)
	return nil
}

func (s *Server) apiCase(w http.ResponseWriter, r *http.Request, u *schakel.User) error {
	c, err := s.store.Case(r.Context(), u, r.PathValue("id"))
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, c)
	return nil
}

func (s *Server) apiEscalate(w http.ResponseWriter, r *http.Request, u *schakel.User) error {
	var in struct {
		Reason string `json:"reason"`
	}
	if err := decodeJSON(r, &in); err != nil {
		return err
	}
	c, err := s.store.Escalate(r.Context(), u, r.PathValue("id"), in.Reason)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, c)
	return nil
}

func (s *Server) apiCloseCase(w http.ResponseWriter, r *http.Request, u *schakel.User) error {
	var in struct {
		Outcome string `json:"outcome"`
		Note    string `json:"note"`
	}
	if err := decodeJSON(r, &in); err != nil {
		return err
	}
	c, err := s.store.CloseCase(r.Context(), u, r.PathValue("id"), in.Outcome, in.Note)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, c)
	return nil
}

func (s *Server) apiReRefer(w http.ResponseWriter, r *http.Request, u *schakel.User) error {
	var in struct {
		To   string `json:"to"`
		Note string `json:"note"`
	}
	if err := decodeJSON(r, &in); err != nil {
		return err
	}
	c, err := s.store.ReRefer(r.Context(), u, r.PathValue("id"), in.To, in.Note)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusCreated, c)
	return nil
}

func (s *Server) apiReferrals(w http.ResponseWriter, r *http.Request, u *schakel.User) error {
	p, err := paging(r)
	if err != nil {
		return err
	}
	page, err := s.store.Referrals(r.Context(), u, sqlstore.ReferralFilter{Paging: p, Status: r.URL.Query().Get("status")})
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, page)
	return nil
}

func (s *Server) apiReferral(w http.ResponseWriter, r *http.Request, u *schakel.User) error {
	ref, err := s.store.Referral(r.Context(), u, r.PathValue("id"))
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, ref)
	return nil
}

func (s *Server) apiReferralAccept(w http.ResponseWriter, r *http.Request, u *schakel.User) error {
	ref, err := s.store.AcceptReferral(r.Context(), u, r.PathValue("id"))
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, ref)
	return nil
}

func (s *Server) apiReferralDecline(w http.ResponseWriter, r *http.Request, u *schakel.User) error {
	var in struct {
		Reason string `json:"reason"`
	}
	if err := decodeJSON(r, &in); err != nil {
		return err
	}
	ref, err := s.store.DeclineReferral(r.Context(), u, r.PathValue("id"), in.Reason)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, ref)
	return nil
}

func (s *Server) apiReferralFeedback(w http.ResponseWriter, r *http.Request, u *schakel.User) error {
	var in struct {
		Message string `json:"message"`
	}
	if err := decodeJSON(r, &in); err != nil {
		return err
	}
	ref, err := s.store.GiveFeedback(r.Context(), u, r.PathValue("id"), in.Message)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, ref)
	return nil
}

func (s *Server) apiReferralClose(w http.ResponseWriter, r *http.Request, u *schakel.User) error {
	ref, err := s.store.CloseReferral(r.Context(), u, r.PathValue("id"))
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, ref)
	return nil
}

func (s *Server) apiAudit(w http.ResponseWriter, r *http.Request, u *schakel.User) error {
	p, err := paging(r)
	if err != nil {
		return err
	}
	q := r.URL.Query()
	page, err := s.store.Audit(r.Context(), u, sqlstore.AuditFilter{Paging: p, UserID: q.Get("user"), ObjectID: q.Get("object"), From: q.Get("from"), To: q.Get("to")})
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, page)
	return nil
}
