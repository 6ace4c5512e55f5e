package sqlstore

import (
	"bufio"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/schakel-nl/schakel/vault"
)

// backupTables lists every table in an order in which rows can be
// inserted without breaking a foreign key.
var backupTables = []struct{ name, key string }{
	{"municipalities", "slug"}, {"organisations", "code"}, {"indicators", "code"}, {"sectors", "code"},
	{"users", "id"}, {"user_municipalities", "user_id, municipality"}, {"api_tokens", "hash"}, {"sessions", "token"},
	{"signals", "id"}, {"persons", "id"}, {"cases", "id"}, {"referrals", "id"}, {"feedback", "id"},
	{"events", "id"}, {"audit_log", "id"}, {"jobs", "id"}, {"reminders", "object_type, object_id, kind"},
	{"record_keys", "record_id"}, {"person_index", "person_id, idx, key_id"}, {"audit_head", "id"}, {"audit_checkpoints", "size"},
	{"recovery_codes", "user_id, hash"}, {"break_glass", "id"}, {"enrolments", "user_id"}, {"person_hits", "id"}, {"key_canaries", "kind, key_id"},
	{"case_assignees", "case_id, org"}, {"case_notes", "id"}, {"case_tasks", "id"},
}

const backupFormat = "schakel-backup/1"

type backupHeader struct {
	Format        string    `json:"format"`
	Engine        Dialect   `json:"engine"`
	SchemaVersion int       `json:"schema_version"`
	CreatedAt     time.Time `json:"created_at"`
}

type backupTable struct {
	Table   string   `json:"table"`
	Columns []string `json:"columns"`
	Rows    int      `json:"rows"`
}

// BackupStats counts what a backup or restore moved.
type BackupStats struct {
	Tables int
	Rows   int
}

// Backup writes every table to w as gzip-compressed JSON lines, from one
// read-only snapshot: consistent while the server keeps writing (a WAL
// snapshot on SQLite, a REPEATABLE READ transaction on PostgreSQL). The
// format is the same for both engines, so a backup of one restores into
// the other.
func (db *DB) Backup(ctx context.Context, w io.Writer) (BackupStats, error) {
	var st BackupStats
	opts := &sql.TxOptions{ReadOnly: true}
	if db.Dialect == Postgres {
		opts.Isolation = sql.LevelRepeatableRead
	}
	tx, err := db.read.BeginTx(ctx, opts)
	if err != nil {
		return st, fmt.Errorf("backup: %w", err)
	}
	defer tx.Rollback()
	q := querier{db: db, pool: db.read, tx: tx}
	var version int
	if err := q.row(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&version); err != nil {
		return st, fmt.Errorf("backup: %w", err)
	}
	zw := gzip.NewWriter(w)
	enc := json.NewEncoder(zw)
	if err := enc.Encode(backupHeader{Format: backupFormat, Engine: db.Dialect, SchemaVersion: version, CreatedAt: time.Now().UTC()}); err != nil {
		return st, err
	}
	for _, t := range backupTables {
		var n int
		if err := q.row(ctx, `SELECT COUNT(*) FROM `+t.name).Scan(&n); err != nil {
			return st, fmt.Errorf("backup %s: %w", t.name, err)
		}
		rows, err := q.query(ctx, `SELECT * FROM `+t.name+` ORDER BY `+t.key)
		if err != nil {
			return st, fmt.Errorf("backup %s: %w", t.name, err)
		}
		cols, err := rows.Columns()
		if err != nil {
			rows.Close()
			return st, err
		}
		if err := enc.Encode(backupTable{Table: t.name, Columns: cols, Rows: n}); err != nil {
			rows.Close()
			return st, err
		}
		written := 0
		err = readEach(rows, func(rows *sql.Rows) error {
			vals, err := scanRow(rows, len(cols))
			if err != nil {
				return err
			}
			written++
			return enc.Encode(vals)
		})
		if err != nil {
			return st, fmt.Errorf("backup %s: %w", t.name, err)
		}
		if written != n {
			return st, fmt.Errorf("backup %s: counted %d rows, read %d", t.name, n, written)
		}
		st.Tables++
		st.Rows += n
	}
	if err := zw.Close(); err != nil {
		return st, err
	}
	return st, nil
}

// scanRow reads one row as portable values: int64, string or nil.
func scanRow(rows *sql.Rows, n int) ([]any, error) {
	vals := make([]any, n)
	ptrs := make([]any, n)
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	if err := rows.Scan(ptrs...); err != nil {
		return nil, err
	}
	for i, v := range vals {
		switch x := v.(type) {
		case []byte:
			vals[i] = string(x)
		case int32:
			vals[i] = int64(x)
		case int:
			vals[i] = int64(x)
		case time.Time:
			vals[i] = ts(x)
		}
	}
	return vals, nil
}

// ErrNotEmpty is returned when a restore target already holds users or
// signals.
var ErrNotEmpty = errors.New("the target database is not empty: restore only into a fresh database")

// Restore reads a backup made by Backup into this database, which must be
// freshly migrated and hold no users or signals, in one transaction: it
// restores all of the backup or nothing.
func (db *DB) Restore(ctx context.Context, r io.Reader) (BackupStats, error) {
	return db.restore(ctx, r, nil)
}

// RestoreWithKeys is Restore that also checks, before committing, that
// keys open the restored data (its key canaries, or for a backup made
// before canaries its record keys, which then get canaries): a backup
// restored with a key file that is not its own restores nothing.
func (db *DB) RestoreWithKeys(ctx context.Context, r io.Reader, keys *vault.Vault) (BackupStats, error) {
	return db.restore(ctx, r, func(tx querier) error { return ensureKeys(ctx, tx, keys, time.Now()) })
}

func (db *DB) restore(ctx context.Context, r io.Reader, check func(tx querier) error) (BackupStats, error) {
	var st BackupStats
	zr, err := gzip.NewReader(r)
	if err != nil {
		return st, fmt.Errorf("restore: not a Schakel backup: %w", err)
	}
	dec := json.NewDecoder(bufio.NewReaderSize(zr, 1<<20))
	dec.UseNumber()
	var h backupHeader
	if err := dec.Decode(&h); err != nil || h.Format != backupFormat {
		return st, fmt.Errorf("restore: not a Schakel backup (%v)", err)
	}
	err = db.inTx(ctx, func(tx querier) error {
		var version, users, signals int
		if err := tx.row(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&version); err != nil {
			return err
		}
		if version != h.SchemaVersion {
			return fmt.Errorf("restore: backup has schema version %d, this database %d", h.SchemaVersion, version)
		}
		if err := tx.row(ctx, `SELECT (SELECT COUNT(*) FROM users), (SELECT COUNT(*) FROM signals)`).Scan(&users, &signals); err != nil {
			return err
		}
		if users+signals > 0 {
			return ErrNotEmpty
		}
		// The reference data seeded at migration gives way to the backup's.
		for i := len(backupTables) - 1; i >= 0; i-- {
			if _, err := tx.exec(ctx, `DELETE FROM `+backupTables[i].name); err != nil {
				return err
			}
		}
		for _, want := range backupTables {
			var t backupTable
			if err := dec.Decode(&t); err != nil {
				return fmt.Errorf("restore: table header: %w", err)
			}
			if t.Table != want.name {
				return fmt.Errorf("restore: expected table %s, found %s", want.name, t.Table)
			}
			// Column names go into the statement: only plain identifiers,
			// each once, so that a crafted file cannot inject SQL.
			seen := map[string]bool{}
			for _, c := range t.Columns {
				if !validIdent(c) || seen[c] {
					return fmt.Errorf("restore %s: bad column name %q", t.Table, c)
				}
				seen[c] = true
			}
			if len(t.Columns) == 0 || t.Rows < 0 {
				return fmt.Errorf("restore %s: no columns or a negative row count", t.Table)
			}
			stmt := `INSERT INTO ` + t.Table + ` (` + strings.Join(t.Columns, ", ") + `) VALUES (` + strings.TrimSuffix(strings.Repeat("?, ", len(t.Columns)), ", ") + `)`
			for i := 0; i < t.Rows; i++ {
				var raw []any
				if err := dec.Decode(&raw); err != nil {
					return fmt.Errorf("restore %s row %d: %w", t.Table, i, err)
				}
				if len(raw) != len(t.Columns) {
					return fmt.Errorf("restore %s row %d: %d values for %d columns", t.Table, i, len(raw), len(t.Columns))
				}
				for j, v := range raw {
					if n, ok := v.(json.Number); ok {
						x, err := n.Int64()
						if err != nil {
							return fmt.Errorf("restore %s row %d: %w", t.Table, i, err)
						}
						raw[j] = x
					}
				}
				if _, err := tx.exec(ctx, stmt, raw...); err != nil {
					return fmt.Errorf("restore %s row %d: %w", t.Table, i, err)
				}
			}
			st.Tables++
			st.Rows += t.Rows
		}
		if err := syncNumbers(ctx, db, tx); err != nil {
			return err
		}
		if check != nil {
			return check(tx)
		}
		return nil
	})
	return st, err
}

// notBackedUp are the tables a backup leaves out on purpose: the
// migrations' bookkeeping (the restoring binary writes its own), the
// instances' readiness heartbeats (liveness, not data) and the counters
// of numbers (set again from the records' numbers: syncNumbers).
var notBackedUp = []string{"schema_migrations", "heartbeats", "record_numbers"}

// UnlistedTables names the tables of the database that a backup would
// leave out: every table but the migrations' bookkeeping must be listed.
func (db *DB) UnlistedTables(ctx context.Context) ([]string, error) {
	query := `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`
	if db.Dialect == Postgres {
		query = `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`
	}
	names, err := collect(ctx, db.reader(), query, nil, one[string])
	if err != nil {
		return nil, err
	}
	var out []string
	for _, n := range names {
		if !slices.Contains(notBackedUp, n) && !slices.ContainsFunc(backupTables, func(t struct{ name, key string }) bool { return t.name == n }) {
			out = append(out, n)
		}
	}
	return out, nil
}

// Digest returns, per table, the row count and a hash of every row in key
// order: two databases with equal digests hold the same data.
func (db *DB) Digest(ctx context.Context) (map[string]string, error) {
	out := map[string]string{}
	q := db.reader()
	for _, t := range backupTables {
		h := sha256.New()
		n := 0
		err := eachRow(ctx, q, `SELECT * FROM `+t.name+` ORDER BY `+t.key, nil, func(rows *sql.Rows) error {
			cols, err := rows.Columns()
			if err != nil {
				return err
			}
			vals, err := scanRow(rows, len(cols))
			if err != nil {
				return err
			}
			b, _ := json.Marshal(vals)
			h.Write(b)
			n++
			return nil
		})
		if err != nil {
			return nil, err
		}
		out[t.name] = fmt.Sprintf("%d rows %s", n, hex.EncodeToString(h.Sum(nil))[:16])
	}
	return out, nil
}

// validIdent: a lower-case SQL identifier.
func validIdent(s string) bool {
	if s == "" || len(s) > 63 || !(s[0] >= 'a' && s[0] <= 'z') {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '_') {
			return false
		}
	}
	return true
}
