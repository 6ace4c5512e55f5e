package web

import (
	"net/http"

	"github.com/schakel-nl/schakel"
	"github.com/schakel-nl/schakel/sqlstore"
)

// Reference data and users, for the beheerder: the same store calls as the
// beheer pages of the UI.

type municipalityUpdate struct {
	Name   string `json:"name"`
	Active bool   `json:"active"`
}

type organisationUpdate struct {
	Name    string `json:"name"`
	Contact string `json:"contact"`
	Active  bool   `json:"active"`
}

type indicatorUpdate struct {
	Form   schakel.Form `json:"form"`
	Label  string       `json:"label"`
	Source string       `json:"source"`
	Active bool         `json:"active"`
}

type sectorUpdate struct {
	Label  string `json:"label"`
	Active bool   `json:"active"`
}

type userInput struct {
	Name           string       `json:"name"`
	Email          string       `json:"email"`
	Role           schakel.Role `json:"role"`
	Organisation   string       `json:"organisation"`
	Municipalities []string     `json:"municipalities"`
}

// createdUser is a new user with their enrolment link, shown once: the
// beheerder chooses no password.
type createdUser struct {
	schakel.User
	Enrolment enrolmentLink `json:"enrolment"`
}

// saved answers 200 with the reference data as it now is.
func (s *Server) saved(w http.ResponseWriter, r *http.Request, u *schakel.User, err error) error {
	if err != nil {
		return err
	}
	return s.apiReference(w, r, u)
}

func (s *Server) apiPutMunicipality(w http.ResponseWriter, r *http.Request, u *schakel.User) error {
	var in municipalityUpdate
	if err := decodeJSON(r, &in); err != nil {
		return err
	}
	return s.saved(w, r, u, s.store.UpdateMunicipality(r.Context(), u, r.PathValue("id"), in.Name, in.Active))
}

func (s *Server) apiPutOrganisation(w http.ResponseWriter, r *http.Request, u *schakel.User) error {
	var in organisationUpdate
	if err := decodeJSON(r, &in); err != nil {
		return err
	}
	return s.saved(w, r, u, s.store.UpdateOrganisation(r.Context(), u, r.PathValue("id"), in.Name, in.Contact, in.Active))
}

func (s *Server) apiPutIndicator(w http.ResponseWriter, r *http.Request, u *schakel.User) error {
	var in indicatorUpdate
	if err := decodeJSON(r, &in); err != nil {
		return err
	}
	return s.saved(w, r, u, s.store.SaveIndicator(r.Context(), u, schakel.Indicator{Code: r.PathValue("id"), Form: in.Form, Label: in.Label, Source: in.Source, Active: in.Active}))
}

func (s *Server) apiPutSector(w http.ResponseWriter, r *http.Request, u *schakel.User) error {
	var in sectorUpdate
	if err := decodeJSON(r, &in); err != nil {
		return err
	}
	return s.saved(w, r, u, s.store.UpdateSector(r.Context(), u, r.PathValue("id"), in.Label, in.Active))
}

func (s *Server) apiUsers(r *http.Request, u *schakel.User) (*schakel.Page[schakel.User], error) {
	users, err := s.store.Users(r.Context(), u)
	if err != nil {
		return nil, err
	}
	return &schakel.Page[schakel.User]{Items: users, Total: len(users)}, nil
}

func (s *Server) apiCreateUser(r *http.Request, u *schakel.User, in userInput) (*createdUser, error) {
	nu, e, err := s.store.CreateUserAs(r.Context(), u, sqlstore.NewUser{Name: in.Name, Email: in.Email, Role: in.Role, Org: in.Organisation, Municipalities: in.Municipalities})
	if err != nil {
		return nil, err
	}
	return &createdUser{User: *nu, Enrolment: s.link(r, e)}, nil
}
