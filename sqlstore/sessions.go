package sqlstore

import (
	"context"
	"encoding/base64"
	"time"
)

// SessionStore keeps server-side sessions in the database, so that every
// instance sees the same sessions (it implements scs.Store).
type SessionStore struct{ db *DB }

// Sessions returns the session store.
func (s *Store) Sessions() *SessionStore { return &SessionStore{s.db} }

// Find returns the data of an unexpired session.
func (ss *SessionStore) Find(token string) ([]byte, bool, error) {
	var data, expiry string
	err := ss.db.reader().row(context.Background(), `SELECT data, expiry FROM sessions WHERE token = ?`, token).Scan(&data, &expiry)
	if isNoRows(err) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, err
	}
	if parseTS(expiry).Before(time.Now()) {
		return nil, false, nil
	}
	b, err := base64.StdEncoding.DecodeString(data)
	return b, err == nil, err
}

// Commit stores or replaces a session.
func (ss *SessionStore) Commit(token string, b []byte, expiry time.Time) error {
	return ss.db.inTx(context.Background(), func(tx querier) error {
		_, err := tx.exec(context.Background(), `INSERT INTO sessions (token, data, expiry) VALUES (?, ?, ?)
			ON CONFLICT (token) DO UPDATE SET data = excluded.data, expiry = excluded.expiry`,
			token, base64.StdEncoding.EncodeToString(b), ts(expiry))
		return err
	})
}

// Delete removes a session.
func (ss *SessionStore) Delete(token string) error {
	return ss.db.inTx(context.Background(), func(tx querier) error {
		_, err := tx.exec(context.Background(), `DELETE FROM sessions WHERE token = ?`, token)
		return err
	})
}

// DeleteExpired removes expired sessions.
func (ss *SessionStore) DeleteExpired(ctx context.Context) error {
	return ss.db.inTx(ctx, func(tx querier) error {
		_, err := tx.exec(ctx, `DELETE FROM sessions WHERE expiry < ?`, ts(time.Now()))
		return err
	})
}

// revokeAccess ends every session and token of a user: their rights
// changed, and the change takes effect on their very next request.
func revokeAccess(ctx context.Context, tx querier, now time.Time, userID string) error {
	if err := newEpoch(ctx, tx, userID); err != nil {
		return err
	}
	return revokeTokens(ctx, tx, now, userID)
}

// newEpoch ends every session of a user on its next request.
func newEpoch(ctx context.Context, tx querier, userID string) error {
	_, err := tx.exec(ctx, `UPDATE users SET auth_epoch = auth_epoch + 1 WHERE id = ?`, userID)
	return err
}
