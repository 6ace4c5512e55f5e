package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync/atomic"
	"time"

	"github.com/schakel-nl/schakel"
	"github.com/schakel-nl/schakel/vault"
)

// Store is the storage service every transport uses.
type Store struct {
	db        *DB
	Now       func() time.Time
	Deadlines schakel.Deadlines
	catalog   atomic.Pointer[cachedCatalog]
	keys      *vault.Vault
	retention Retention
	// EnrolmentLifetime is how long an enrolment link works.
	EnrolmentLifetime time.Duration
	// ReauthWindow is how long after an interactive login with the second
	// factor a session may create tokens without confirming again.
	ReauthWindow time.Duration
	// Log receives integrity faults (no personal data); nil is
	// slog.Default.
	Log     *slog.Logger
	faults  atomic.Int64
	binders binderCache
}

// New returns a store on db with the given deadlines that seals personal
// data with keys.
func New(db *DB, d schakel.Deadlines, keys *vault.Vault) *Store {
	return &Store{db: db, Now: time.Now, Deadlines: d, keys: keys, EnrolmentLifetime: DefaultEnrolmentLifetime, ReauthWindow: DefaultReauthWindow}
}

// Keys returns the store's keys.
func (s *Store) Keys() *vault.Vault { return s.keys }

// DB returns the underlying database.
func (s *Store) DB() *DB { return s.db }

func (s *Store) now() time.Time { return s.Now().UTC() }

// notFound is the error for absent and for not-allowed records alike.
func notFound() error { return schakel.ErrNotFound }

func conflict(format string, args ...any) error {
	return schakel.Errorf(schakel.KindConflict, format, args...)
}

func forbidden(format string, args ...any) error {
	return schakel.Errorf(schakel.KindForbidden, format, args...)
}

// internal wraps an unexpected error with the operation that hit it.
func internal(op string, err error) error {
	if err == nil {
		return nil
	}
	var e *schakel.Error
	if errors.As(err, &e) && (e.Kind == schakel.KindStorageFull || !isStorageFull(err)) {
		return err
	}
	if isStorageFull(err) {
		return storageFull(fmt.Errorf("%s: %w", op, err))
	}
	return &schakel.Error{Kind: schakel.KindInternal, Message: "Er ging iets mis bij het opslaan of ophalen.", Err: fmt.Errorf("%s: %w", op, err)}
}

// audit appends one line to the audit trail inside the caller's
// transaction, so that a change and its record commit together and a read
// is recorded before its data is returned.
func audit(ctx context.Context, tx querier, at time.Time, u *schakel.User, action, objType, objID string, purposes ...string) error {
	_, err := tx.exec(ctx, auditInsert, auditArgs(at, u, action, objType, objID, purposes...)...)
	return err
}

const auditInsert = `INSERT INTO audit_log (id, at, user_id, role, org, action, object_type, object_id, purpose) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`

func auditArgs(at time.Time, u *schakel.User, action, objType, objID string, purposes ...string) []any {
	return []any{NewID(), ts(at), u.ID, string(u.Role), u.Org, action, objType, objID, strings.Join(purposes, ",")}
}

func event(ctx context.Context, tx querier, at time.Time, u *schakel.User, signalID, kind, detail string) error {
	_, err := tx.exec(ctx, eventInsert, eventArgs(at, u, signalID, kind, detail)...)
	return err
}

const eventInsert = `INSERT INTO events (id, signal_id, at, actor_id, actor_org, kind, detail) VALUES (?, ?, ?, ?, ?, ?, ?)`

func eventArgs(at time.Time, u *schakel.User, signalID, kind, detail string) []any {
	return []any{NewID(), signalID, ts(at), u.ID, u.Org, kind, detail}
}

func isNoRows(err error) bool { return errors.Is(err, sql.ErrNoRows) }
