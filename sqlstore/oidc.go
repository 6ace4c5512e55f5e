package sqlstore

import (
	"context"
	"strings"

	"github.com/schakel-nl/schakel"
)

// UserByOIDC maps a login at an organisation's identity provider to a
// known, active user of that organisation with the claimed address. The
// provider's subject is bound to the user at the first such login; a
// later login with another subject for the same address is refused.
func (s *Store) UserByOIDC(ctx context.Context, org, subject, email string) (*schakel.User, error) {
	email = strings.ToLower(strings.TrimSpace(email))
	if email == "" {
		return nil, s.recordLoginError(ctx, anonymous, "", "oidc")
	}
	u, _, err := s.loadUser(ctx, `u.email = ? AND u.org = ?`, email, org)
	if schakel.ErrorKind(err) == schakel.KindNotFound {
		return nil, s.recordLoginError(ctx, anonymous, "", "oidc")
	}
	if err != nil {
		return nil, err
	}
	if !u.Active {
		return nil, s.loginFailed(ctx, u, "oidc")
	}
	var bound bool
	err = s.db.inTx(ctx, func(tx querier) error {
		res, err := tx.exec(ctx, `UPDATE users SET oidc_subject = ? WHERE id = ? AND (oidc_subject = '' OR oidc_subject = ?)`, subject, u.ID, subject)
		if err != nil {
			return err
		}
		n, _ := res.RowsAffected()
		bound = n == 1
		return nil
	})
	if err != nil {
		return nil, internal("oidc", err)
	}
	if !bound {
		return nil, s.loginFailed(ctx, u, "oidc_subject")
	}
	return u, nil
}
