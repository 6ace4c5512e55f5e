package sqlstore

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/base32"
	"encoding/hex"
	"strings"
	"sync"
	"time"

	"github.com/schakel-nl/schakel"
)

// TokenInfo describes a token without the token itself.
type TokenInfo struct {
	ID         string     `json:"id"`
	Name       string     `json:"name"`
	CreatedAt  time.Time  `json:"created_at"`
	ExpiresAt  time.Time  `json:"expires_at"`
	LastUsedAt *time.Time `json:"last_used_at"`
	RevokedAt  *time.Time `json:"revoked_at"`
}

// MaxTokenLifetime is the longest an API token may live.
const MaxTokenLifetime = schakel.MaxTokenLifetime

// CreateToken makes a token for userID valid for 90 days, without proof:
// for the command line, run by an operator on the server (and for tests),
// never reachable over HTTP.
func (s *Store) CreateToken(ctx context.Context, userID string) (string, error) {
	u, err := s.UserByID(ctx, userID)
	if err != nil {
		return "", err
	}
	tok, _, err := s.newToken(ctx, u, "opdrachtregel", 90*24*time.Hour, "command_line")
	return tok, err
}

// NewToken makes a token for u itself, with a name and a lifetime, once
// proof shows that u in person asks (see Proof): a token cannot make
// another.
func (s *Store) NewToken(ctx context.Context, u *schakel.User, name string, ttl time.Duration, proof Proof) (string, *TokenInfo, error) {
	var p schakel.Problems
	name = schakel.ValidateToken(name, ttl, &p)
	if err := p.Err(); err != nil {
		return "", nil, err
	}
	fresh, err := s.UserByID(ctx, u.ID)
	if err != nil {
		return "", nil, err
	}
	how, err := s.confirm(ctx, fresh, proof, false)
	if err != nil {
		return "", nil, err
	}
	return s.newToken(ctx, fresh, name, ttl, how)
}

func (s *Store) newToken(ctx context.Context, u *schakel.User, name string, ttl time.Duration, how string) (string, *TokenInfo, error) {
	userID := u.ID
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", nil, internal("token", err)
	}
	token := "sk_" + strings.ToLower(base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString(b))
	now := s.now()
	info := &TokenInfo{ID: NewID(), Name: name, CreatedAt: now, ExpiresAt: now.Add(ttl)}
	err := s.db.inTx(ctx, func(tx querier) error {
		if _, err := tx.exec(ctx, `INSERT INTO api_tokens (hash, id, user_id, name, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)`,
			tokenHash(token), info.ID, userID, name, ts(now), ts(info.ExpiresAt)); err != nil {
			return err
		}
		return audit(ctx, tx, now, u, "token_created", "token", info.ID, how)
	})
	if err != nil {
		return "", nil, internal("token", err)
	}
	return token, info, nil
}

func tokenHash(token string) string {
	h := sha256.Sum256([]byte(token))
	return hex.EncodeToString(h[:])
}

// lastUse remembers when this process last wrote a token's last use, so
// that an API request writes it at most once a minute.
var lastUse sync.Map

// UserByToken finds the active user of an unexpired, unrevoked token.
func (s *Store) UserByToken(ctx context.Context, token string) (*schakel.User, error) {
	h := tokenHash(token)
	now := s.now()
	u, _, err := s.loadUser(ctx, `u.id = (SELECT t.user_id FROM api_tokens t WHERE t.hash = ? AND t.revoked_at IS NULL AND t.expires_at > ?)`, h, ts(now))
	if schakel.ErrorKind(err) == schakel.KindNotFound || (err == nil && !u.Active) {
		return nil, schakel.Errorf(schakel.KindUnauthorized, "Ongeldig, verlopen of ingetrokken token.")
	}
	if err != nil {
		return nil, err
	}
	if t, ok := lastUse.Load(h); !ok || now.Sub(t.(time.Time)) >= time.Minute {
		lastUse.Store(h, now)
		err := s.db.inTx(ctx, func(tx querier) error {
			_, err := tx.exec(ctx, `UPDATE api_tokens SET last_used_at = ? WHERE hash = ?`, ts(now), h)
			return err
		})
		if err != nil {
			return nil, internal("token", err)
		}
	}
	return u, nil
}

// Tokens lists the tokens of owner, for the owner or the beheerder.
func (s *Store) Tokens(ctx context.Context, actor *schakel.User, ownerID string) ([]TokenInfo, error) {
	if actor.ID != ownerID {
		if err := requireRole(actor, schakel.RoleBeheerder); err != nil {
			return nil, err
		}
	}
	out := []TokenInfo{}
	err := eachRow(ctx, s.db.reader(), `SELECT id, name, created_at, expires_at, last_used_at, revoked_at FROM api_tokens WHERE user_id = ? ORDER BY created_at DESC`,
		[]any{ownerID}, func(rows *sql.Rows) error {
			var t TokenInfo
			var created, expires string
			var used, revoked sql.NullString
			if err := rows.Scan(&t.ID, &t.Name, &created, &expires, &used, &revoked); err != nil {
				return err
			}
			t.CreatedAt, t.ExpiresAt = parseTS(created), parseTS(expires)
			t.LastUsedAt, t.RevokedAt = parseTSPtr(used), parseTSPtr(revoked)
			out = append(out, t)
			return nil
		})
	if err != nil {
		return nil, internal("tokens", err)
	}
	return out, nil
}

// RevokeToken revokes one token of owner: by the owner or the beheerder.
func (s *Store) RevokeToken(ctx context.Context, actor *schakel.User, ownerID, tokenID string) error {
	if actor.ID != ownerID {
		if err := requireRole(actor, schakel.RoleBeheerder); err != nil {
			return err
		}
	}
	err := s.db.inTx(ctx, func(tx querier) error {
		res, err := tx.exec(ctx, `UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND user_id = ? AND revoked_at IS NULL`, ts(s.now()), tokenID, ownerID)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n != 1 {
			return notFound()
		}
		return audit(ctx, tx, s.now(), actor, "token_revoked", "token", tokenID)
	})
	return internal("revoke token", err)
}

// revokeTokens revokes every token of a user.
func revokeTokens(ctx context.Context, tx querier, now time.Time, userID string) error {
	_, err := tx.exec(ctx, `UPDATE api_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL`, ts(now), userID)
	return err
}
