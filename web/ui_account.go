package web

import (
	"net/http"
	"strconv"
	"time"

	"github.com/schakel-nl/schakel"
	"github.com/schakel-nl/schakel/sqlstore"
)

// The user's own account: password, second factor, API tokens.

type accountData struct {
	RecoveryLeft int
	Tokens       []sqlstore.TokenInfo
	NewToken     string
	Codes        []string
	Form         map[string]string
	Now          time.Time
	// Confirm: the session's interactive login is not recent, so creating
	// a token or changing the password asks for the password (and the
	// code, when NeedCode) again.
	Confirm  bool
	NeedCode bool
	Status   *sqlstore.CredentialStatus
}

func (u *ui) account(w http.ResponseWriter, r *http.Request, usr *schakel.User) error {
	return u.renderAccount(w, r, usr, http.StatusOK, accountData{}, nil)
}

func (u *ui) renderAccount(w http.ResponseWriter, r *http.Request, usr *schakel.User, status int, d accountData, errs []schakel.FieldError) error {
	var err error
	if d.Tokens, err = u.s.store.Tokens(r.Context(), usr, usr.ID); err == nil && usr.SecondFactor {
		d.RecoveryLeft, err = u.s.store.RecoveryCodesLeft(r.Context(), usr)
	}
	if err == nil {
		d.Status, err = u.s.store.CredentialStatus(r.Context(), usr, usr.ID)
	}
	if err != nil {
		return err
	}
	d.Now = time.Now()
	d.Confirm = !u.s.store.RecentLogin(u.proof(r, "", ""))
	d.NeedCode = usr.SecondFactor || usr.Role.NeedsSecondFactor()
	return u.render(w, r, status, "account", &page{Title: text("account.title"), Nav: "account", Data: d, Errors: errs})
}

// proof is what the session shows of the person: when its interactive
// login (with the second factor) completed, and what the form gave.
func (u *ui) proof(r *http.Request, password, code string) sqlstore.Proof {
	p := sqlstore.Proof{Password: password, Code: code}
	if at := u.s.sessions.GetInt64(r.Context(), "reauth_at"); at > 0 {
		p.LoginAt = time.Unix(at, 0)
	}
	return p
}

// confirmed marks the session as recently confirmed after p proved the
// person with password and code, where the session's login was not recent.
func (u *ui) confirmed(r *http.Request, p sqlstore.Proof) {
	if !u.s.store.RecentLogin(p) {
		u.s.sessions.Put(r.Context(), "reauth_at", time.Now().Unix())
	}
}

func (u *ui) accountPassword(w http.ResponseWriter, r *http.Request, usr *schakel.User) error {
	p := u.proof(r, r.PostForm.Get("current"), r.PostForm.Get("code"))
	err := u.s.store.ChangePassword(r.Context(), usr, p, r.PostForm.Get("password"))
	if schakel.ErrorKind(err) == schakel.KindInvalid {
		return u.renderAccount(w, r, usr, http.StatusUnprocessableEntity, accountData{}, fieldErrors(err))
	}
	if err != nil {
		return err
	}
	// This session stays, at the new epoch; the others end.
	fresh, err := u.s.store.UserByID(r.Context(), usr.ID)
	if err != nil {
		return err
	}
	if err := u.s.sessions.RenewToken(r.Context()); err != nil {
		return err
	}
	u.s.sessions.Put(r.Context(), "epoch", fresh.AuthEpoch)
	u.confirmed(r, p)
	return u.done(w, r, "account.password_saved", "/account")
}

func (u *ui) accountCodes(w http.ResponseWriter, r *http.Request, usr *schakel.User) error {
	codes, err := u.s.store.NewRecoveryCodes(r.Context(), usr)
	if err != nil {
		return err
	}
	return u.renderAccount(w, r, usr, http.StatusOK, accountData{Codes: codes}, nil)
}

func (u *ui) accountToken(w http.ResponseWriter, r *http.Request, usr *schakel.User) error {
	days, convErr := strconv.Atoi(r.PostForm.Get("days"))
	if convErr != nil {
		days = 0
	}
	p := u.proof(r, r.PostForm.Get("token_current"), r.PostForm.Get("token_code"))
	tok, _, err := u.s.store.NewToken(r.Context(), usr, r.PostForm.Get("name"), time.Duration(days)*24*time.Hour, p)
	if schakel.ErrorKind(err) == schakel.KindInvalid {
		errs := fieldErrors(err)
		rename := map[string]string{"expires_in_days": "days", "current": "token_current", "code": "token_code"}
		for i := range errs {
			if to, ok := rename[errs[i].Field]; ok {
				errs[i].Field = to
			}
		}
		return u.renderAccount(w, r, usr, http.StatusUnprocessableEntity, accountData{Form: map[string]string{"name": r.PostForm.Get("name"), "days": r.PostForm.Get("days")}}, errs)
	}
	if err != nil {
		return err
	}
	u.confirmed(r, p)
	return u.renderAccount(w, r, usr, http.StatusCreated, accountData{NewToken: tok}, nil)
}

func (u *ui) accountRevoke(w http.ResponseWriter, r *http.Request, usr *schakel.User) error {
	if err := u.s.store.RevokeToken(r.Context(), usr, usr.ID, r.PathValue("id")); err != nil {
		return err
	}
	return u.done(w, r, "account.token_revoked", "/account")
}

// The beheerder's page of one user.

type userData struct {
	Target         *schakel.User
	Tokens         []sqlstore.TokenInfo
	Roles          []schakel.Role
	Organisations  []schakel.Organisation
	Municipalities []schakel.Municipality
	Now            time.Time
	Status         *sqlstore.CredentialStatus
	// Link is an enrolment link just made, shown this once.
	Link *enrolmentLink
}

func (u *ui) adminUser(w http.ResponseWriter, r *http.Request, usr *schakel.User) error {
	return u.renderAdminUser(w, r, usr, r.PathValue("id"), http.StatusOK, nil, nil, "")
}

// renderAdminUser shows user id to the beheerder, with a link just made
// and a message (a catalogue key, or "").
func (u *ui) renderAdminUser(w http.ResponseWriter, r *http.Request, usr *schakel.User, id string, status int, errs []schakel.FieldError, link *enrolmentLink, msgKey string) error {
	ctx := r.Context()
	if usr.Role != schakel.RoleBeheerder {
		return schakel.ErrNotFound
	}
	d := userData{Roles: schakel.Roles, Now: time.Now(), Link: link}
	var err error
	if d.Target, err = u.s.store.UserByID(ctx, id); err == nil {
		if d.Tokens, err = u.s.store.Tokens(ctx, usr, d.Target.ID); err == nil {
			if d.Organisations, err = u.s.store.Organisations(ctx); err == nil {
				if d.Municipalities, err = u.s.store.Municipalities(ctx); err == nil {
					d.Status, err = u.s.store.CredentialStatus(ctx, usr, d.Target.ID)
				}
			}
		}
	}
	if err != nil {
		return err
	}
	var flash string
	if msgKey != "" {
		flash = text(msgKey)
	}
	return u.render(w, r, status, "admin_user", &page{Title: text("admin.edit_user"), Nav: "admin", Data: d, Errors: errs, Flash: flash})
}

func (u *ui) adminUserSave(w http.ResponseWriter, r *http.Request, usr *schakel.User) error {
	f, id := r.PostForm, r.PathValue("id")
	ctx := r.Context()
	var err error
	flash := "admin.user_saved"
	switch r.PathValue("action") {
	case "wijzigen":
		_, err = u.s.store.UpdateUser(ctx, usr, id, sqlstore.UserUpdate{Name: f.Get("name"), Role: schakel.Role(f.Get("role")),
			Org: f.Get("organisation"), Municipalities: f["municipalities"], Active: f.Get("active") == "1"})
	case "inloggegevens":
		// The link is shown in this answer only: no redirect.
		e, err := u.s.store.ResetCredentials(ctx, usr, id, sqlstore.CredentialReset{Password: f.Get("password") == "1", SecondFactor: f.Get("second_factor") == "1"})
		if schakel.ErrorKind(err) == schakel.KindInvalid {
			return u.renderAdminUser(w, r, usr, id, http.StatusUnprocessableEntity, fieldErrors(err), nil, "")
		}
		if err != nil {
			return err
		}
		link := u.s.link(r, e)
		return u.renderAdminUser(w, r, usr, id, http.StatusOK, nil, &link, "admin.credentials_reset")
	case "token-intrekken":
		err, flash = u.s.store.RevokeToken(ctx, usr, id, f.Get("token")), "account.token_revoked"
	default:
		err = schakel.ErrNotFound
	}
	if schakel.ErrorKind(err) == schakel.KindInvalid {
		return u.renderAdminUser(w, r, usr, id, http.StatusUnprocessableEntity, fieldErrors(err), nil, "")
	}
	if err != nil {
		return err
	}
	return u.done(w, r, flash, "/beheer/gebruikers/"+id)
}
