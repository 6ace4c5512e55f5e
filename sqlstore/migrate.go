package sqlstore

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/schakel-nl/schakel"
	"github.com/schakel-nl/schakel/vault"
)

//go:embed migrations/*.sql
var migrations embed.FS

// A migration is one numbered step, applied once and in version order,
// each in its own transaction together with its row in schema_migrations:
// an SQL file migrations/NNN_name.sql, or a Go step (goSteps) for a change
// that SQL cannot make — one that changes how data is stored and needs the
// keys to convert it (sealing, binding). A migration that changes how data
// is stored converts what is there, or refuses with a message that says
// what to do: it never leaves data that today's code reads as blank. A Go
// step is idempotent (it finds its work by what is not yet converted) and
// portable (the same code on both engines).

// goStep is a migration written in Go.
type goStep struct {
	name string
	// pending counts the work the step finds, read before its
	// transaction: when there is work and the step needs the keys, they
	// are asked for (Options.Keys) outside any transaction.
	pending   func(ctx context.Context, q querier) (int, error)
	needsKeys bool
	// what says, for a refusal, what the step converts.
	what string
	run  func(ctx context.Context, st *Store, tx querier) error
	// after runs once the step committed, outside any transaction, when
	// it found work (e.g. a VACUUM).
	after func(ctx context.Context, db *DB) error
}

// errNoKeys: a step with work was run without the keys.
var errNoKeys = errors.New("this step needs the keys")

// goSteps are the Go migrations by version; their numbers are shared with
// the SQL files.
var goSteps = map[int]*goStep{
	12: {name: "seal_plaintext", needsKeys: true, pending: unsealedRecords, run: sealPlaintext, after: purgePlaintext,
		what: "seal the personal data of signals stored before field encryption"}, // upgrade.go
	13: {name: "token_expiry", run: tokenExpiry}, // upgrade.go
	14: {name: "bind_rows", needsKeys: true, pending: unboundRows, run: bindRows,
		what: "bind the rows of existing records (record bindings)"}, // bind.go
	22: {name: "wrap_guard", run: wrapGuard},         // keys.go
	24: {name: "number_records", run: numberRecords}, // numbers.go
	25: {name: "index_names", run: queueIndexNames},  // search.go
}

// migration is one step of either kind.
type migration struct {
	version int
	name    string
	sql     string
	step    *goStep
}

// migrations lists every migration in version order.
func migrationList() ([]migration, error) {
	entries, err := migrations.ReadDir("migrations")
	if err != nil {
		return nil, err
	}
	var out []migration
	seen := map[int]string{}
	for _, e := range entries {
		v, err := strconv.Atoi(strings.SplitN(e.Name(), "_", 2)[0])
		if err != nil {
			return nil, fmt.Errorf("migration %s: bad name", e.Name())
		}
		body, err := migrations.ReadFile("migrations/" + e.Name())
		if err != nil {
			return nil, err
		}
		out = append(out, migration{version: v, name: e.Name(), sql: string(body)})
		seen[v] = e.Name()
	}
	for v, st := range goSteps {
		if prev, ok := seen[v]; ok {
			return nil, fmt.Errorf("migration %d is both %s and the Go step %s", v, prev, st.name)
		}
		out = append(out, migration{version: v, name: fmt.Sprintf("%03d_%s (Go)", v, st.name), step: st})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].version < out[j].version })
	for i := 1; i < len(out); i++ {
		if out[i].version == out[i-1].version {
			return nil, fmt.Errorf("migrations %s and %s share a number", out[i-1].name, out[i].name)
		}
	}
	return out, nil
}

// LatestSchema is the version of the newest migration this binary knows.
func LatestSchema() int {
	ms, err := migrationList()
	if err != nil || len(ms) == 0 {
		return 0
	}
	return ms[len(ms)-1].version
}

// NeedKeysError is the refusal of a migration that must convert stored
// data with the keys when none were given.
type NeedKeysError struct {
	Migration string
	What      string
	Count     int
}

func (e *NeedKeysError) Error() string {
	return fmt.Sprintf("migration %s must %s (%d found) and needs the key file for it: run `schakel migrate --db URL --keys FILE` "+
		"(or start `schakel serve` with its --keys), which converts them; nothing was changed by this step", e.Migration, e.What, e.Count)
}

// migrate applies the migrations not yet applied, each in its own
// transaction, and loads the reference data on first start. It returns
// the keys it worked with (o.Keys, or those o.NewKeys gave), nil when it
// had none.
func (db *DB) migrate(ctx context.Context, o Options) (*vault.Vault, error) {
	keys, err := db.migrateSteps(ctx, o)
	if err != nil {
		return nil, err
	}
	return keys, db.seedReferenceData(ctx)
}

func (db *DB) migrateSteps(ctx context.Context, o Options) (*vault.Vault, error) {
	if _, err := db.write.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)`); err != nil {
		return nil, fmt.Errorf("migrate: %w", err)
	}
	if db.Dialect == Postgres {
		// Instances starting together must not migrate twice. The lock is
		// held by one session, so it is taken and released on one
		// connection, opened beside the pool: the migrations need the
		// pool's connections while it is held, and a pool of one would
		// wait for itself.
		_, src := ParseURL(db.URL)
		lockDB, err := sql.Open("pgx", src)
		if err != nil {
			return nil, fmt.Errorf("migrate lock: %w", err)
		}
		defer lockDB.Close()
		conn, err := lockDB.Conn(ctx)
		if err != nil {
			return nil, fmt.Errorf("migrate lock: %w", err)
		}
		defer conn.Close()
		if _, err := conn.ExecContext(ctx, `SELECT pg_advisory_lock(4242)`); err != nil {
			return nil, fmt.Errorf("migrate lock: %w", err)
		}
		defer conn.ExecContext(context.Background(), `SELECT pg_advisory_unlock(4242)`)
	}
	ms, err := migrationList()
	if err != nil {
		return nil, err
	}
	applied := func(q querier, v int) (bool, error) {
		var n int
		err := q.row(ctx, `SELECT COUNT(*) FROM schema_migrations WHERE version = ?`, v).Scan(&n)
		return n > 0, err
	}
	keys := o.Keys
	for _, m := range ms {
		if done, err := applied(db.reader(), m.version); err != nil {
			return nil, fmt.Errorf("migrate: %w", err)
		} else if done {
			continue
		}
		work := 0
		if m.step != nil && m.step.pending != nil {
			if work, err = m.step.pending(ctx, db.reader()); err != nil {
				return nil, fmt.Errorf("migrate %s: %w", m.name, err)
			}
		}
		if work > 0 && m.step.needsKeys && keys == nil {
			if o.NewKeys == nil {
				return nil, &NeedKeysError{Migration: m.name, What: m.step.what, Count: work}
			}
			if keys, err = o.NewKeys(ctx, db); err != nil {
				return nil, err
			}
		}
		st := New(db, schakel.DefaultDeadlines, keys)
		err = db.inTx(ctx, func(tx querier) error {
			if done, err := applied(tx, m.version); err != nil || done {
				return err
			}
			if m.step != nil {
				if err := m.step.run(ctx, st, tx); err != nil {
					return fmt.Errorf("%s: %w", m.name, err)
				}
			}
			for _, stmt := range splitStatements(m.sql) {
				if _, err := tx.exec(ctx, stmt); err != nil {
					return fmt.Errorf("%s: %w", m.name, err)
				}
			}
			_, err := tx.exec(ctx, `INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)`, m.version, ts(time.Now()))
			return err
		})
		if err != nil {
			return nil, fmt.Errorf("migrate: %w", err)
		}
		if work > 0 && m.step.after != nil {
			if err := m.step.after(ctx, db); err != nil {
				return nil, fmt.Errorf("migrate %s (after): %w", m.name, err)
			}
		}
	}
	return keys, nil
}

// splitStatements splits a migration on semicolons at line ends, after
// dropping comment lines.
func splitStatements(body string) []string {
	var lines []string
	for _, l := range strings.Split(body, "\n") {
		if strings.HasPrefix(strings.TrimSpace(l), "--") {
			continue
		}
		lines = append(lines, l)
	}
	var out []string
	for _, s := range strings.Split(strings.Join(lines, "\n"), ";\n") {
		if s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), ";")); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// seedReferenceData loads municipalities, organisations, indicators and
// sectors into empty tables; after that they belong to the beheerder.
func (db *DB) seedReferenceData(ctx context.Context) error {
	return db.inTx(ctx, func(tx querier) error {
		var n int
		if err := tx.row(ctx, `SELECT COUNT(*) FROM municipalities`).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return nil
		}
		ms, err := schakel.DefaultMunicipalities()
		if err != nil {
			return err
		}
		for _, m := range ms {
			if _, err := tx.exec(ctx, `INSERT INTO municipalities (slug, name, safety_region, zvh, active) VALUES (?, ?, ?, ?, 1)`,
				m.Slug, m.Name, m.SafetyRegion, m.ZVH); err != nil {
				return err
			}
		}
		for _, o := range schakel.DefaultOrganisations(ms) {
			if _, err := tx.exec(ctx, `INSERT INTO organisations (code, name, kind, safety_region, municipality, contact, active) VALUES (?, ?, ?, ?, ?, ?, 1)`,
				o.Code, o.Name, o.Kind, o.SafetyRegion, o.Municipality, o.Contact); err != nil {
				return err
			}
		}
		for i, in := range schakel.DefaultIndicators() {
			if _, err := tx.exec(ctx, `INSERT INTO indicators (code, form, label, source, active, position) VALUES (?, ?, ?, ?, 1, ?)`,
				in.Code, string(in.Form), in.Label, in.Source, i); err != nil {
				return err
			}
		}
		for i, s := range schakel.DefaultSectors() {
			if _, err := tx.exec(ctx, `INSERT INTO sectors (code, form, label, visibility, active, position) VALUES (?, ?, ?, ?, 1, ?)`,
				s.Code, string(s.Form), s.Label, s.Visibility, i); err != nil {
				return err
			}
		}
		return nil
	})
}
