package web

import (
	"net/http"
	"strings"
	"time"

	"github.com/schakel-nl/schakel"
	"github.com/schakel-nl/schakel/sqlstore"
)

// API tokens (own, and the beheerder's view of a user's), user changes by
// the beheerder, and passwords.

type tokenInput struct {
	Name          string `json:"name"`
	ExpiresInDays int    `json:"expires_in_days"`
	// Current and Code confirm that the person asks, not only their
	// token: the current password and, for a user with a second factor,
	// a code of the authenticator (or a recovery code).
	Current string `json:"current"`
	Code    string `json:"code,omitempty"`
}

type newToken struct {
	Token string              `json:"token"`
	Info  *sqlstore.TokenInfo `json:"info"`
}

type passwordInput struct {
	Current  string `json:"current"`
	Password string `json:"password"`
	Code     string `json:"code,omitempty"`
}

// enrolmentLink is a link for the beheerder to hand to the user, shown
// once: the user sets their password and second factor there.
type enrolmentLink struct {
	URL       string    `json:"url"`
	ExpiresAt time.Time `json:"expires_at"`
	sqlstore.CredentialReset
}

type resetAnswer struct {
	Status    string        `json:"status"`
	Enrolment enrolmentLink `json:"enrolment"`
}

type done struct {
	Status string `json:"status"`
}

func (s *Server) apiTokens(r *http.Request, u *schakel.User) ([]sqlstore.TokenInfo, error) {
	return s.store.Tokens(r.Context(), u, u.ID)
}

func (s *Server) apiNewToken(r *http.Request, u *schakel.User, in tokenInput) (*newToken, error) {
	tok, info, err := s.store.NewToken(r.Context(), u, in.Name, time.Duration(in.ExpiresInDays)*24*time.Hour,
		sqlstore.Proof{Password: in.Current, Code: in.Code})
	if err != nil {
		return nil, err
	}
	return &newToken{Token: tok, Info: info}, nil
}

func (s *Server) apiRevokeToken(r *http.Request, u *schakel.User) (*done, error) {
	return &done{"revoked"}, s.store.RevokeToken(r.Context(), u, u.ID, r.PathValue("id"))
}

func (s *Server) apiUserTokens(r *http.Request, u *schakel.User) ([]sqlstore.TokenInfo, error) {
	if u.Role != schakel.RoleBeheerder {
		return nil, schakel.Errorf(schakel.KindForbidden, "Dit onderdeel is niet voor uw rol.")
	}
	if _, err := s.store.UserByID(r.Context(), r.PathValue("id")); err != nil {
		return nil, err
	}
	return s.store.Tokens(r.Context(), u, r.PathValue("id"))
}

func (s *Server) apiRevokeUserToken(r *http.Request, u *schakel.User) (*done, error) {
	if u.Role != schakel.RoleBeheerder {
		return nil, schakel.Errorf(schakel.KindForbidden, "Dit onderdeel is niet voor uw rol.")
	}
	return &done{"revoked"}, s.store.RevokeToken(r.Context(), u, r.PathValue("id"), r.PathValue("token"))
}

func (s *Server) apiUpdateUser(r *http.Request, u *schakel.User, in sqlstore.UserUpdate) (*schakel.User, error) {
	return s.store.UpdateUser(r.Context(), u, r.PathValue("id"), in)
}

// link is the address of an enrolment link: under --public-url when set,
// else on the host the beheerder's request came to.
func (s *Server) link(r *http.Request, e *sqlstore.Enrolment) enrolmentLink {
	base := s.cfg.PublicURL
	if base == "" {
		scheme := "http"
		if r.TLS != nil || s.cfg.SecureCookies {
			scheme = "https"
		}
		base = scheme + "://" + r.Host
	}
	return enrolmentLink{URL: strings.TrimSuffix(base, "/") + sqlstore.EnrolmentPath(e.Token), ExpiresAt: e.ExpiresAt, CredentialReset: e.CredentialReset}
}

func (s *Server) apiResetCredentials(r *http.Request, u *schakel.User, in sqlstore.CredentialReset) (*resetAnswer, error) {
	e, err := s.store.ResetCredentials(r.Context(), u, r.PathValue("id"), in)
	if err != nil {
		return nil, err
	}
	return &resetAnswer{Status: "reset", Enrolment: s.link(r, e)}, nil
}

func (s *Server) apiResetSecondFactor(r *http.Request, u *schakel.User) (*resetAnswer, error) {
	return s.apiResetCredentials(r, u, sqlstore.CredentialReset{SecondFactor: true})
}

func (s *Server) apiSetOwnPassword(r *http.Request, u *schakel.User, in passwordInput) (*done, error) {
	return &done{"set"}, s.store.ChangePassword(r.Context(), u, sqlstore.Proof{Password: in.Current, Code: in.Code}, in.Password)
}

// throttled counts a request that checks a password against the login
// attempts of its client address.
func (s *Server) throttled(h apiHandler) apiHandler {
	return func(w http.ResponseWriter, r *http.Request, u *schakel.User) error {
		if !s.throttle.allow(clientIP(r)) {
			writeProblem(w, Problem{Type: "about:blank", Status: http.StatusTooManyRequests,
				Title: http.StatusText(http.StatusTooManyRequests), Detail: text("login.throttled"), Instance: r.URL.Path})
			return nil
		}
		return h(w, r, u)
	}
}

func (s *Server) authRoutes(mux routeMux) {
	mux.HandleFunc("GET /api/v1/tokens", s.api(noBody(s.apiTokens)))
	mux.HandleFunc("POST /api/v1/tokens", s.api(s.throttled(withBody(http.StatusCreated, s.apiNewToken))))
	mux.HandleFunc("DELETE /api/v1/tokens/{id}", s.api(noBody(s.apiRevokeToken)))
	mux.HandleFunc("PUT /api/v1/me/password", s.api(s.throttled(withBody(http.StatusOK, s.apiSetOwnPassword))))
	mux.HandleFunc("PUT /api/v1/users/{id}", s.api(withBody(http.StatusOK, s.apiUpdateUser)))
	mux.HandleFunc("POST /api/v1/users/{id}/credentials/reset", s.api(withBody(http.StatusOK, s.apiResetCredentials)))
	mux.HandleFunc("POST /api/v1/users/{id}/second-factor/reset", s.api(noBody(s.apiResetSecondFactor)))
	mux.HandleFunc("GET /api/v1/users/{id}/tokens", s.api(noBody(s.apiUserTokens)))
	mux.HandleFunc("DELETE /api/v1/users/{id}/tokens/{token}", s.api(noBody(s.apiRevokeUserToken)))
}
