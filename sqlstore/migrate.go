package sqlstore

import (
	"context"
	"embed"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/schakel-nl/schakel"
)

//go:embed migrations/*.sql
var migrations embed.FS

// migrate applies the embedded migrations not yet applied, each in its own
// transaction, and loads the reference data on first start.
func (db *DB) migrate(ctx context.Context) error {
	if _, err := db.write.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)`); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	if db.Dialect == Postgres {
		// Instances starting together must not migrate twice. The lock is
		// held by one session, so it is taken and released on one
		// connection.
		conn, err := db.write.Conn(ctx)
		if err != nil {
			return fmt.Errorf("migrate lock: %w", err)
		}
		defer conn.Close()
		if _, err := conn.ExecContext(ctx, `SELECT pg_advisory_lock(4242)`); err != nil {
			return fmt.Errorf("migrate lock: %w", err)
		}
		defer conn.ExecContext(context.Background(), `SELECT pg_advisory_unlock(4242)`)
	}
	entries, err := migrations.ReadDir("migrations")
	if err != nil {
		return err
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].Name() < entries[j].Name() })
	for _, e := range entries {
		v, err := strconv.Atoi(strings.SplitN(e.Name(), "_", 2)[0])
		if err != nil {
			return fmt.Errorf("migration %s: bad name", e.Name())
		}
		body, err := migrations.ReadFile("migrations/" + e.Name())
		if err != nil {
			return err
		}
		err = db.inTx(ctx, func(tx querier) error {
			var n int
			if err := tx.row(ctx, `SELECT COUNT(*) FROM schema_migrations WHERE version = ?`, v).Scan(&n); err != nil {
				return err
			}
			if n > 0 {
				return nil
			}
			for _, stmt := range splitStatements(string(body)) {
				if _, err := tx.exec(ctx, stmt); err != nil {
					return fmt.Errorf("%s: %w", e.Name(), err)
				}
			}
			_, err := tx.exec(ctx, `INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)`, v, ts(time.Now()))
			return err
		})
		if err != nil {
			return fmt.Errorf("migrate: %w", err)
		}
	}
	return db.seedReferenceData(ctx)
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
