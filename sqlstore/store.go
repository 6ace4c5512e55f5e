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

// cachedCatalog keeps the reference data for a few seconds: every intake
// validates against it. A change by the beheerder clears it at once on
// this instance; other instances follow within catalogTTL.
type cachedCatalog struct {
	cat    *schakel.Catalog
	loaded time.Time
}

const catalogTTL = 5 * time.Second

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
	_, err := tx.exec(ctx, `INSERT INTO audit_log (id, at, user_id, role, org, action, object_type, object_id, purpose) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		NewID(), ts(at), u.ID, string(u.Role), u.Org, action, objType, objID, strings.Join(purposes, ","))
	return err
}

func event(ctx context.Context, tx querier, at time.Time, u *schakel.User, signalID, kind, detail string) error {
	_, err := tx.exec(ctx, `INSERT INTO events (id, signal_id, at, actor_id, actor_org, kind, detail) VALUES (?, ?, ?, ?, ?, ?, ?)`,
		NewID(), signalID, ts(at), u.ID, u.Org, kind, detail)
	return err
}

func isNoRows(err error) bool { return errors.Is(err, sql.ErrNoRows) }

// Catalog returns the reference data that validation checks against.
func (s *Store) Catalog(ctx context.Context) (*schakel.Catalog, error) {
	if c := s.catalog.Load(); c != nil && time.Since(c.loaded) < catalogTTL {
		return c.cat, nil
	}
	cat, err := s.loadCatalog(ctx)
	if err != nil {
		return nil, err
	}
	s.catalog.Store(&cachedCatalog{cat: cat, loaded: time.Now()})
	return cat, nil
}

// forgetCatalog drops the cached reference data after a change.
func (s *Store) forgetCatalog() { s.catalog.Store(nil) }

func (s *Store) loadCatalog(ctx context.Context) (*schakel.Catalog, error) {
	q := s.db.reader()
	cat := &schakel.Catalog{
		Municipalities: map[string]schakel.Municipality{},
		Organisations:  map[string]schakel.Organisation{},
		Indicators:     map[string]schakel.Indicator{},
		Sectors:        map[string]schakel.Sector{},
	}
	ms, err := s.municipalities(ctx, q)
	if err != nil {
		return nil, err
	}
	for _, m := range ms {
		cat.Municipalities[m.Slug] = m
	}
	os, err := s.organisations(ctx, q)
	if err != nil {
		return nil, err
	}
	for _, o := range os {
		cat.Organisations[o.Code] = o
	}
	is, err := s.Indicators(ctx)
	if err != nil {
		return nil, err
	}
	for _, i := range is {
		cat.Indicators[i.Code] = i
	}
	ss, err := s.Sectors(ctx)
	if err != nil {
		return nil, err
	}
	for _, x := range ss {
		cat.Sectors[x.Code] = x
	}
	return cat, nil
}

// Municipalities lists the municipalities by name.
func (s *Store) Municipalities(ctx context.Context) ([]schakel.Municipality, error) {
	return s.municipalities(ctx, s.db.reader())
}

func (s *Store) municipalities(ctx context.Context, q querier) ([]schakel.Municipality, error) {
	rows, err := q.query(ctx, `SELECT slug, name, safety_region, zvh, active FROM municipalities ORDER BY name`)
	if err != nil {
		return nil, internal("municipalities", err)
	}
	defer rows.Close()
	var out []schakel.Municipality
	for rows.Next() {
		var m schakel.Municipality
		var active int
		if err := rows.Scan(&m.Slug, &m.Name, &m.SafetyRegion, &m.ZVH, &active); err != nil {
			return nil, internal("municipalities", err)
		}
		m.Active = active == 1
		out = append(out, m)
	}
	return out, internal("municipalities", rows.Err())
}

// Organisations lists the organisations by name.
func (s *Store) Organisations(ctx context.Context) ([]schakel.Organisation, error) {
	return s.organisations(ctx, s.db.reader())
}

func (s *Store) organisations(ctx context.Context, q querier) ([]schakel.Organisation, error) {
	rows, err := q.query(ctx, `SELECT code, name, kind, safety_region, municipality, contact, active FROM organisations ORDER BY kind, name`)
	if err != nil {
		return nil, internal("organisations", err)
	}
	defer rows.Close()
	var out []schakel.Organisation
	for rows.Next() {
		var o schakel.Organisation
		var active int
		if err := rows.Scan(&o.Code, &o.Name, &o.Kind, &o.SafetyRegion, &o.Municipality, &o.Contact, &active); err != nil {
			return nil, internal("organisations", err)
		}
		o.Active = active == 1
		out = append(out, o)
	}
	return out, internal("organisations", rows.Err())
}

// Indicators lists the indicator catalogue in its order.
func (s *Store) Indicators(ctx context.Context) ([]schakel.Indicator, error) {
	rows, err := s.db.reader().query(ctx, `SELECT code, form, label, source, active FROM indicators ORDER BY form, position, code`)
	if err != nil {
		return nil, internal("indicators", err)
	}
	defer rows.Close()
	var out []schakel.Indicator
	for rows.Next() {
		var i schakel.Indicator
		var active int
		if err := rows.Scan(&i.Code, &i.Form, &i.Label, &i.Source, &active); err != nil {
			return nil, internal("indicators", err)
		}
		i.Active = active == 1
		out = append(out, i)
	}
	return out, internal("indicators", rows.Err())
}

// Sectors lists the sectors in their order.
func (s *Store) Sectors(ctx context.Context) ([]schakel.Sector, error) {
	rows, err := s.db.reader().query(ctx, `SELECT code, form, label, visibility, active FROM sectors ORDER BY position, code`)
	if err != nil {
		return nil, internal("sectors", err)
	}
	defer rows.Close()
	var out []schakel.Sector
	for rows.Next() {
		var x schakel.Sector
		var active int
		if err := rows.Scan(&x.Code, &x.Form, &x.Label, &x.Visibility, &active); err != nil {
			return nil, internal("sectors", err)
		}
		x.Active = active == 1
		out = append(out, x)
	}
	return out, internal("sectors", rows.Err())
}
