package web

import (
	"net/http"

	"github.com/schakel-nl/schakel"
	"github.com/schakel-nl/schakel/sqlstore"
)

// The data subject's rights, legal holds and emergency access for
// programs. Persons travel in request bodies only.

type subjectInput struct {
	Person  schakel.Person `json:"person"`
	Signals []string       `json:"signals,omitempty"`
}

// subjectRecords is everything held on a person (AVG art. 15).
type subjectRecords struct {
	Records []sqlstore.SubjectRecord `json:"records"`
}

type holdInput struct {
	Hold   bool   `json:"hold"`
	Reason string `json:"reason"`
}

type breakGlassInput struct {
	Reason string `json:"reason"`
}

func (s *Server) apiSubjectSearch(r *http.Request, u *schakel.User, in subjectInput) ([]sqlstore.SubjectSummary, error) {
	return s.store.SubjectSignals(r.Context(), u, in.Person)
}

func (s *Server) apiSubjectAccess(r *http.Request, u *schakel.User, in subjectInput) (*subjectRecords, error) {
	recs, err := s.store.SubjectAccess(r.Context(), u, in.Person)
	if err != nil {
		return nil, err
	}
	return &subjectRecords{Records: recs}, nil
}

func (s *Server) apiSubjectErase(r *http.Request, u *schakel.User, in subjectInput) (*sqlstore.ErasureResult, error) {
	return s.store.EraseSubject(r.Context(), u, in.Person, in.Signals)
}

func (s *Server) apiLegalHold(r *http.Request, u *schakel.User, in holdInput) (*done, error) {
	return &done{"saved"}, s.store.SetLegalHold(r.Context(), u, r.PathValue("id"), in.Hold, in.Reason)
}

func (s *Server) apiBreakGlass(r *http.Request, u *schakel.User, in breakGlassInput) (*sqlstore.BreakGlass, error) {
	return s.store.RequestBreakGlass(r.Context(), u, r.PathValue("id"), in.Reason)
}

func (s *Server) apiBreakGlasses(r *http.Request, u *schakel.User) ([]sqlstore.BreakGlass, error) {
	return s.store.BreakGlasses(r.Context(), u, r.URL.Query().Get("open") == "1")
}

func (s *Server) apiReviewBreakGlass(r *http.Request, u *schakel.User) (*done, error) {
	return &done{"reviewed"}, s.store.ReviewBreakGlass(r.Context(), u, r.PathValue("id"))
}

func (s *Server) privacyRoutes(mux routeMux) {
	mux.HandleFunc("POST /api/v1/privacy/subjects/search", s.api(withBody(http.StatusOK, s.apiSubjectSearch)))
	mux.HandleFunc("POST /api/v1/privacy/subjects/access", s.api(withBody(http.StatusOK, s.apiSubjectAccess)))
	mux.HandleFunc("POST /api/v1/privacy/subjects/erase", s.api(withBody(http.StatusOK, s.apiSubjectErase)))
	mux.HandleFunc("PUT /api/v1/signals/{id}/legal-hold", s.api(withBody(http.StatusOK, s.apiLegalHold)))
	mux.HandleFunc("POST /api/v1/cases/{id}/break-glass", s.api(withBody(http.StatusCreated, s.apiBreakGlass)))
	mux.HandleFunc("GET /api/v1/break-glass", s.api(noBody(s.apiBreakGlasses)))
	mux.HandleFunc("POST /api/v1/break-glass/{id}/review", s.api(noBody(s.apiReviewBreakGlass)))
}
