package web

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/schakel-nl/schakel"
	"github.com/schakel-nl/schakel/sqlstore"
)

// routeMux is where routes are registered: the server's http.ServeMux,
// or a test's recorder that checks every API route against the OpenAPI
// document.
type routeMux interface {
	HandleFunc(pattern string, handler func(http.ResponseWriter, *http.Request))
}

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

func (s *Server) apiRoutes(mux routeMux) {
	mux.HandleFunc("GET /api/v1/openapi.json", s.openAPI)
	mux.HandleFunc("GET /api/v1/me", s.api(s.apiMe))
	mux.HandleFunc("GET /api/v1/reference", s.api(s.apiReference))
	mux.HandleFunc("POST /api/v1/signals", s.api(s.apiCreateSignal))
	mux.HandleFunc("GET /api/v1/signals", s.api(noBody(s.apiSignals)))
	mux.HandleFunc("GET /api/v1/signals/{id}", s.api(noBody(s.apiSignal)))
	mux.HandleFunc("POST /api/v1/signals/{id}/triage", s.api(withBody(http.StatusOK, s.apiTriage)))
	mux.HandleFunc("GET /api/v1/cases", s.api(noBody(s.apiCases)))
	mux.HandleFunc("GET /api/v1/cases/{id}", s.api(noBody(s.apiCase)))
	mux.HandleFunc("POST /api/v1/cases/{id}/escalate", s.api(withBody(http.StatusOK, s.apiEscalate)))
	mux.HandleFunc("POST /api/v1/cases/{id}/assign", s.api(withBody(http.StatusOK, s.apiAssign)))
	mux.HandleFunc("POST /api/v1/cases/{id}/notes", s.api(withBody(http.StatusCreated, s.apiAddNote)))
	mux.HandleFunc("GET /api/v1/cases/{id}/notes", s.api(noBody(s.apiNotes)))
	mux.HandleFunc("POST /api/v1/cases/{id}/tasks", s.api(withBody(http.StatusCreated, s.apiAddTask)))
	mux.HandleFunc("GET /api/v1/cases/{id}/tasks", s.api(noBody(s.apiCaseTasks)))
	mux.HandleFunc("GET /api/v1/tasks", s.api(noBody(s.apiMyTasks)))
	mux.HandleFunc("POST /api/v1/tasks/{id}/done", s.api(noBody(s.apiTaskDone)))
	mux.HandleFunc("POST /api/v1/cases/{id}/close", s.api(withBody(http.StatusOK, s.apiCloseCase)))
	mux.HandleFunc("POST /api/v1/cases/{id}/reopen", s.api(withBody(http.StatusOK, s.apiReopen)))
	mux.HandleFunc("POST /api/v1/cases/{id}/referrals", s.api(withBody(http.StatusCreated, s.apiReRefer)))
	mux.HandleFunc("GET /api/v1/referrals", s.api(noBody(s.apiReferrals)))
	mux.HandleFunc("GET /api/v1/hits", s.api(noBody(s.apiHits)))
	mux.HandleFunc("GET /api/v1/referrals/{id}", s.api(noBody(s.apiReferral)))
	mux.HandleFunc("POST /api/v1/referrals/{id}/accept", s.api(noBody(s.apiReferralAccept)))
	mux.HandleFunc("POST /api/v1/referrals/{id}/decline", s.api(withBody(http.StatusOK, s.apiReferralDecline)))
	mux.HandleFunc("POST /api/v1/referrals/{id}/feedback", s.api(withBody(http.StatusOK, s.apiReferralFeedback)))
	mux.HandleFunc("POST /api/v1/referrals/{id}/close", s.api(noBody(s.apiReferralClose)))
	mux.HandleFunc("GET /api/v1/audit", s.api(noBody(s.apiAudit)))
	mux.HandleFunc("POST /api/v1/audit/search", s.api(withBody(http.StatusOK, s.apiAuditSearch)))
	mux.HandleFunc("POST /api/v1/audit/export", s.api(s.apiAuditExport))
	mux.HandleFunc("GET /api/v1/audit/verify", s.api(noBody(s.apiAuditVerify)))
	mux.HandleFunc("GET /api/v1/audit/checkpoint", s.api(s.apiAuditCheckpoint))
	mux.HandleFunc("PUT /api/v1/reference/municipalities/{id}", s.api(s.apiPutMunicipality))
	mux.HandleFunc("PUT /api/v1/reference/organisations/{id}", s.api(s.apiPutOrganisation))
	mux.HandleFunc("PUT /api/v1/reference/indicators/{id}", s.api(s.apiPutIndicator))
	mux.HandleFunc("PUT /api/v1/reference/sectors/{id}", s.api(s.apiPutSector))
	mux.HandleFunc("GET /api/v1/users", s.api(noBody(s.apiUsers)))
	mux.HandleFunc("POST /api/v1/users", s.api(withBody(http.StatusCreated, s.apiCreateUser)))
	s.authRoutes(mux)
	s.privacyRoutes(mux)
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
	writeJSON(w, http.StatusOK, meAnswer{User: u, Counts: c})
	return nil
}

// meAnswer is who the caller is and the work waiting for them.
type meAnswer struct {
	User   *schakel.User    `json:"user"`
	Counts *sqlstore.Counts `json:"counts"`
}

// referenceData is the reference data as the API answers it.
type referenceData struct {
	Municipalities []schakel.Municipality `json:"municipalities"`
	Organisations  []schakel.Organisation `json:"organisations"`
	Indicators     []schakel.Indicator    `json:"indicators"`
	Sectors        []schakel.Sector       `json:"sectors"`
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
	writeJSON(w, http.StatusOK, referenceData{Municipalities: ms, Organisations: os, Indicators: is, Sectors: ss})
	return nil
}

// withBody is an endpoint that decodes a JSON body of type In, calls fn
// and answers status with its result.
func withBody[In, Out any](status int, fn func(r *http.Request, u *schakel.User, in In) (Out, error)) apiHandler {
	return func(w http.ResponseWriter, r *http.Request, u *schakel.User) error {
		var in In
		if err := decodeJSON(r, &in); err != nil {
			return err
		}
		out, err := fn(r, u, in)
		if err != nil {
			return err
		}
		writeJSON(w, status, out)
		return nil
	}
}

// noBody is an endpoint without a request body that answers 200 with the
// result of fn.
func noBody[Out any](fn func(r *http.Request, u *schakel.User) (Out, error)) apiHandler {
	return func(w http.ResponseWriter, r *http.Request, u *schakel.User) error {
		out, err := fn(r, u)
		if err != nil {
			return err
		}
		writeJSON(w, http.StatusOK, out)
		return nil
	}
}

func (s *Server) apiHits(r *http.Request, u *schakel.User) (hitList, error) {
	hits, err := s.store.PersonHits(r.Context(), u)
	if hits == nil {
		hits = []sqlstore.PersonHit{}
	}
	return hitList{Items: hits}, err
}

// hitList is the hit notices on records the caller works on.
type hitList struct {
	Items []sqlstore.PersonHit `json:"items"`
}

type reasonBody struct {
	Reason string `json:"reason"`
}

// assignBody names who of the caller's organisation works on a case; an
// empty user leaves it to nobody in particular.
type assignBody struct {
	User string `json:"user"`
}

type messageBody struct {
	Message string `json:"message"`
}

type closeBody struct {
	Outcome string `json:"outcome"`
	Note    string `json:"note"`
}

type referBody struct {
	To   string `json:"to"`
	Note string `json:"note"`
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

func (s *Server) apiSignals(r *http.Request, u *schakel.User) (*schakel.Page[schakel.Signal], error) {
	p, err := paging(r)
	if err != nil {
		return nil, err
	}
	q := r.URL.Query()
	return s.store.Signals(r.Context(), u, sqlstore.SignalFilter{Paging: p, Status: q.Get("status"), Municipality: q.Get("municipality"), Overdue: q.Get("overdue") == "true", Sort: q.Get("sort"), Query: q.Get("q")})
}

func (s *Server) apiSignal(r *http.Request, u *schakel.User) (*schakel.Signal, error) {
	return s.store.Signal(r.Context(), u, r.PathValue("id"))
}

func (s *Server) apiTriage(r *http.Request, u *schakel.User, d schakel.TriageDecision) (*sqlstore.TriageResult, error) {
	return s.store.Triage(r.Context(), u, r.PathValue("id"), d)
}

func (s *Server) apiCases(r *http.Request, u *schakel.User) (*schakel.Page[schakel.Case], error) {
	p, err := paging(r)
	if err != nil {
		return nil, err
	}
	q := r.URL.Query()
	return s.store.Cases(r.Context(), u, sqlstore.CaseFilter{Paging: p, Status: q.Get("status"), Escalated: q.Get("escalated") == "true", NeedsDecision: q.Get("needs_decision") == "true", Sort: q.Get("sort"), Query: q.Get("q"),
		Awaiting: q.Get("awaiting") == "true", Overdue: q.Get("overdue") == "true", Mine: q.Get("mine") == "true"})
}

func (s *Server) apiCase(r *http.Request, u *schakel.User) (*schakel.Case, error) {
	return s.store.Case(r.Context(), u, r.PathValue("id"))
}

// taskList is a list of tasks.
type taskList struct {
	Items []schakel.Task `json:"items"`
}

func (s *Server) apiAddTask(r *http.Request, u *schakel.User, in schakel.TaskInput) (*schakel.Task, error) {
	return s.store.AddTask(r.Context(), u, r.PathValue("id"), in)
}

func (s *Server) apiCaseTasks(r *http.Request, u *schakel.User) (taskList, error) {
	tasks, err := s.store.CaseTasks(r.Context(), u, r.PathValue("id"))
	return taskList{Items: tasks}, err
}

func (s *Server) apiMyTasks(r *http.Request, u *schakel.User) (taskList, error) {
	tasks, err := s.store.MyTasks(r.Context(), u, r.URL.Query().Get("overdue") == "true")
	return taskList{Items: tasks}, err
}

func (s *Server) apiTaskDone(r *http.Request, u *schakel.User) (*schakel.Task, error) {
	return s.store.CompleteTask(r.Context(), u, r.PathValue("id"))
}

// noteList is the notes of a case the caller may read, oldest first.
type noteList struct {
	Items []schakel.Note `json:"items"`
}

func (s *Server) apiAddNote(r *http.Request, u *schakel.User, in schakel.NoteInput) (*schakel.Note, error) {
	return s.store.AddNote(r.Context(), u, r.PathValue("id"), in)
}

func (s *Server) apiNotes(r *http.Request, u *schakel.User) (noteList, error) {
	notes, err := s.store.Notes(r.Context(), u, r.PathValue("id"))
	return noteList{Items: notes}, err
}

func (s *Server) apiReopen(r *http.Request, u *schakel.User, in reasonBody) (*schakel.Case, error) {
	return s.store.ReopenCase(r.Context(), u, r.PathValue("id"), in.Reason)
}

func (s *Server) apiAssign(r *http.Request, u *schakel.User, in assignBody) (*schakel.Case, error) {
	return s.store.AssignCase(r.Context(), u, r.PathValue("id"), in.User)
}

func (s *Server) apiEscalate(r *http.Request, u *schakel.User, in reasonBody) (*schakel.Case, error) {
	return s.store.Escalate(r.Context(), u, r.PathValue("id"), in.Reason)
}

func (s *Server) apiCloseCase(r *http.Request, u *schakel.User, in closeBody) (*schakel.Case, error) {
	return s.store.CloseCase(r.Context(), u, r.PathValue("id"), in.Outcome, in.Note)
}

func (s *Server) apiReRefer(r *http.Request, u *schakel.User, in referBody) (*schakel.Case, error) {
	return s.store.ReRefer(r.Context(), u, r.PathValue("id"), in.To, in.Note)
}

func (s *Server) apiReferrals(r *http.Request, u *schakel.User) (*schakel.Page[schakel.Referral], error) {
	p, err := paging(r)
	if err != nil {
		return nil, err
	}
	return s.store.Referrals(r.Context(), u, sqlstore.ReferralFilter{Paging: p, Status: r.URL.Query().Get("status"), Sort: r.URL.Query().Get("sort"),
		Open: r.URL.Query().Get("open") == "true", Overdue: r.URL.Query().Get("overdue") == "true"})
}

func (s *Server) apiReferral(r *http.Request, u *schakel.User) (*schakel.Referral, error) {
	return s.store.Referral(r.Context(), u, r.PathValue("id"))
}

func (s *Server) apiReferralAccept(r *http.Request, u *schakel.User) (*schakel.Referral, error) {
	return s.store.AcceptReferral(r.Context(), u, r.PathValue("id"))
}

func (s *Server) apiReferralDecline(r *http.Request, u *schakel.User, in reasonBody) (*schakel.Referral, error) {
	return s.store.DeclineReferral(r.Context(), u, r.PathValue("id"), in.Reason)
}

func (s *Server) apiReferralFeedback(r *http.Request, u *schakel.User, in messageBody) (*schakel.Referral, error) {
	return s.store.GiveFeedback(r.Context(), u, r.PathValue("id"), in.Message)
}

func (s *Server) apiReferralClose(r *http.Request, u *schakel.User) (*schakel.Referral, error) {
	return s.store.CloseReferral(r.Context(), u, r.PathValue("id"))
}
