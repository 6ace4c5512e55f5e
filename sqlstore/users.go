package sqlstore

import (
	"context"
	"slices"

	"github.com/schakel-nl/schakel"
	"github.com/schakel-nl/schakel/vault"
)

// NewUser is a user to create.
type NewUser struct {
	Name           string
	Email          string
	Role           schakel.Role
	Org            string
	Municipalities []string
	Password       string
	// PasswordHash, when set, is stored instead of hashing Password: for
	// bulk creation of users that share a password (demo data).
	PasswordHash string
}

// CreateUser validates and stores a user: for the command line (an
// operator on the server, who may give the first password) and the demo.
func (s *Store) CreateUser(ctx context.Context, nu NewUser) (*schakel.User, error) {
	return s.createUser(ctx, nu, nil, nil)
}

// createUser validates nu and stores it; for an actor (the beheerder)
// with the audit line and whatever also adds, in one transaction.
func (s *Store) createUser(ctx context.Context, nu NewUser, actor *schakel.User, also func(tx querier, id string) error) (*schakel.User, error) {
	cat, err := s.Catalog(ctx)
	if err != nil {
		return nil, err
	}
	var p schakel.Problems
	in := schakel.UserInput{Name: nu.Name, Email: nu.Email, Role: nu.Role, Org: nu.Org, Municipalities: nu.Municipalities}
	schakel.ValidateNewUser(&in, cat, &p)
	nu.Name, nu.Email, nu.Municipalities = in.Name, in.Email, in.Municipalities
	if actor != nil && (nu.Password != "" || nu.PasswordHash != "") {
		p.Add("password", "De beheerder kiest geen wachtwoord: de gebruiker stelt het zelf in via de inschrijflink.")
	}
	if nu.Password != "" {
		if err := schakel.ValidatePassword(nu.Password, nu.Name, nu.Email); err != nil {
			p.Add("password", err.Error())
		}
	}
	if err := p.Err(); err != nil {
		return nil, err
	}
	hash := nu.PasswordHash
	if nu.Password != "" {
		hash = vault.HashPassword(nu.Password)
	}
	u := &schakel.User{ID: NewID(), Name: nu.Name, Email: nu.Email, Role: nu.Role, Org: nu.Org, Active: true}
	err = s.db.inTx(ctx, func(tx querier) error {
		var n int
		if err := tx.row(ctx, `SELECT COUNT(*) FROM users WHERE email = ?`, nu.Email).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return conflict("Er bestaat al een gebruiker met dit e-mailadres.")
		}
		if _, err := tx.exec(ctx, `INSERT INTO users (id, name, email, role, org, password_hash, active, created_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?)`,
			u.ID, u.Name, u.Email, string(u.Role), u.Org, hash, ts(s.now())); err != nil {
			return err
		}
		for _, m := range nu.Municipalities {
			if _, err := tx.exec(ctx, `INSERT INTO user_municipalities (user_id, municipality) VALUES (?, ?)`, u.ID, m); err != nil {
				return err
			}
		}
		if actor == nil {
			return nil
		}
		if err := also(tx, u.ID); err != nil {
			return err
		}
		return audit(ctx, tx, s.now(), actor, "create", "user", u.ID)
	})
	if err != nil {
		return nil, internal("create user", err)
	}
	return s.UserByID(ctx, u.ID)
}

// UserByID loads an active or inactive user with the municipalities they
// serve.
func (s *Store) UserByID(ctx context.Context, id string) (*schakel.User, error) {
	u, _, err := s.loadUser(ctx, `u.id = ?`, id)
	return u, err
}

func (s *Store) loadUser(ctx context.Context, where string, args ...any) (*schakel.User, string, error) {
	return s.loadUserIn(ctx, s.db.reader(), where, args...)
}

// loadUserIn is loadUser through q (a transaction's own connection).
func (s *Store) loadUserIn(ctx context.Context, q querier, where string, args ...any) (*schakel.User, string, error) {
	// One query for the user and the municipalities they serve: every
	// request asks. A municipal user serves the municipalities given; a
	// Zorg- en Veiligheidshuis serves those whose ZVH it is.
	var u schakel.User
	var active int
	var hash, munis string
	var totp int
	err := q.row(ctx, `SELECT u.id, u.name, u.email, u.role, u.org, u.active, u.password_hash,
		CASE WHEN u.totp_enabled_at IS NULL THEN 0 ELSE 1 END, u.auth_epoch,
		COALESCE((SELECT `+s.db.concat("x.m")+` FROM (SELECT um.municipality AS m FROM user_municipalities um WHERE um.user_id = u.id
			UNION SELECT mu.slug FROM municipalities mu WHERE mu.zvh = u.org) x), '')
		FROM users u WHERE `+where, args...).
		Scan(&u.ID, &u.Name, &u.Email, &u.Role, &u.Org, &active, &hash, &totp, &u.AuthEpoch, &munis)
	if isNoRows(err) {
		return nil, "", notFound()
	}
	if err != nil {
		return nil, "", internal("load user", err)
	}
	u.Active = active == 1
	u.SecondFactor = totp == 1
	u.Municipalities = schakel.SplitCodes(munis)
	slices.Sort(u.Municipalities)
	return &u, hash, nil
}

// CreateUserAs is CreateUser on behalf of a beheerder, who chooses no
// password: the answer holds the new user's enrolment link (shown once),
// through which they set their password and, where their role needs one,
// enrol their second factor. The user, the link and the audit line are
// stored together.
func (s *Store) CreateUserAs(ctx context.Context, actor *schakel.User, nu NewUser) (*schakel.User, *Enrolment, error) {
	if err := requireRole(actor, schakel.RoleBeheerder); err != nil {
		return nil, nil, err
	}
	var e *Enrolment
	u, err := s.createUser(ctx, nu, actor, func(tx querier, id string) error {
		var err error
		e, err = s.newEnrolment(ctx, tx, actor, id, CredentialReset{Password: true, SecondFactor: nu.Role.NeedsSecondFactor()})
		return err
	})
	if err != nil {
		return nil, nil, err
	}
	return u, e, nil
}

// Users lists all users; only for the beheerder.
func (s *Store) Users(ctx context.Context, actor *schakel.User) ([]schakel.User, error) {
	if err := requireRole(actor, schakel.RoleBeheerder); err != nil {
		return nil, err
	}
	ids, err := collect(ctx, s.db.reader(), `SELECT id FROM users ORDER BY name`, nil, one[string])
	if err != nil {
		return nil, internal("users", err)
	}
	out := make([]schakel.User, 0, len(ids))
	for _, id := range ids {
		u, err := s.UserByID(ctx, id)
		if err != nil {
			return nil, err
		}
		out = append(out, *u)
	}
	return out, nil
}

// UserUpdate is what the beheerder may change of a user.
type UserUpdate struct {
	Name           string       `json:"name"`
	Role           schakel.Role `json:"role"`
	Org            string       `json:"organisation"`
	Municipalities []string     `json:"municipalities"`
	Active         bool         `json:"active"`
}

// UpdateUser changes a user. A change of role, organisation,
// municipalities or of being active ends all their sessions and tokens at
// once.
func (s *Store) UpdateUser(ctx context.Context, actor *schakel.User, id string, up UserUpdate) (*schakel.User, error) {
	if err := requireRole(actor, schakel.RoleBeheerder); err != nil {
		return nil, err
	}
	old, err := s.UserByID(ctx, id)
	if err != nil {
		return nil, err
	}
	cat, err := s.Catalog(ctx)
	if err != nil {
		return nil, err
	}
	var p schakel.Problems
	in := schakel.UserInput{Name: up.Name, Role: up.Role, Org: up.Org, Municipalities: up.Municipalities}
	schakel.ValidateUserUpdate(&in, cat, &p)
	up.Name, up.Municipalities = in.Name, in.Municipalities
	if id == actor.ID && (!up.Active || up.Role != actor.Role) {
		p.Add("role", "U kunt uw eigen rol niet wijzigen en uzelf niet blokkeren.")
	}
	if err := p.Err(); err != nil {
		return nil, err
	}
	err = s.db.inTx(ctx, func(tx querier) error {
		if _, err := tx.exec(ctx, `UPDATE users SET name = ?, role = ?, org = ?, active = ? WHERE id = ?`, up.Name, string(up.Role), up.Org, b2i(up.Active), id); err != nil {
			return err
		}
		if _, err := tx.exec(ctx, `DELETE FROM user_municipalities WHERE user_id = ?`, id); err != nil {
			return err
		}
		for _, m := range up.Municipalities {
			if _, err := tx.exec(ctx, `INSERT INTO user_municipalities (user_id, municipality) VALUES (?, ?)`, id, m); err != nil {
				return err
			}
		}
		// Compare what the user had with what they get.
		oldMunis := old.Municipalities
		if old.Role == schakel.RoleZVH {
			oldMunis = nil // derived from the organisation
		}
		changed := old.Role != up.Role || old.Org != up.Org || old.Active != up.Active || !sameSet(oldMunis, up.Municipalities)
		if changed {
			if err := revokeAccess(ctx, tx, s.now(), id); err != nil {
				return err
			}
		}
		return audit(ctx, tx, s.now(), actor, "update", "user", id)
	})
	if err != nil {
		return nil, internal("update user", err)
	}
	return s.UserByID(ctx, id)
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for _, x := range a {
		found := false
		for _, y := range b {
			found = found || x == y
		}
		if !found {
			return false
		}
	}
	return true
}
