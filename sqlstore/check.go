package sqlstore

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// Integrity checks: SQLite's quick_check when a database opens (a damaged
// file is refused, not served), and the full check of `schakel check`:
// the engine's own checks, the audit log and every record's binding and
// sealed fields.

// DamagedError is the refusal to open a SQLite file that fails SQLite's
// own check.
type DamagedError struct {
	Path     string
	Problems []string
}

func (e *DamagedError) Error() string {
	return fmt.Sprintf("the database file %s is damaged (SQLite's quick_check: %s). Schakel does not run on a damaged database: "+
		"stop every instance, keep the damaged file and its -wal file for investigation, restore the latest backup into a fresh "+
		"database (schakel restore --db NEW-FILE BACKUP-FILE) and start on that; `schakel check --db %s` shows the damage in full",
		e.Path, strings.Join(e.Problems, "; "), e.Path)
}

// quickCheck runs SQLite's quick_check (every page and record readable,
// the b-trees well formed; it does not compare indexes with their tables,
// which the full check does) and refuses a damaged file.
func (db *DB) quickCheck(ctx context.Context) error {
	if db.Dialect != SQLite {
		return nil
	}
	lines, err := db.pragmaLines(ctx, `PRAGMA quick_check(20)`)
	if err != nil {
		return &DamagedError{Path: db.path(), Problems: []string{err.Error()}}
	}
	if len(lines) == 1 && lines[0] == "ok" {
		return nil
	}
	return &DamagedError{Path: db.path(), Problems: lines}
}

func (db *DB) path() string {
	_, p := ParseURL(db.URL)
	return p
}

// pragmaLines runs a pragma on the write pool and returns its rows as
// text, one line per row.
func (db *DB) pragmaLines(ctx context.Context, pragma string) ([]string, error) {
	rows, err := db.write.QueryContext(ctx, pragma)
	if err != nil {
		return nil, err
	}
	cols, err := rows.Columns()
	if err != nil {
		rows.Close()
		return nil, err
	}
	var out []string
	err = readEach(rows, func(rows *sql.Rows) error {
		vals := make([]sql.NullString, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return err
		}
		var parts []string
		for _, v := range vals {
			parts = append(parts, v.String)
		}
		out = append(out, strings.Join(parts, " "))
		return nil
	})
	return out, err
}

// OpenForCheck connects to a database without checking or migrating it:
// for `schakel check`, which must look at a damaged or outdated database
// without changing it.
func OpenForCheck(ctx context.Context, url string) (*DB, error) {
	return connect(ctx, url, Options{})
}

// CheckResult is one part of a full check.
type CheckResult struct {
	Name     string   // what was checked
	Detail   string   // how much, and how
	Problems []string // empty when whole
}

// SchemaVersion is the newest migration applied to the database (0 for
// none).
func (db *DB) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	err := db.reader().row(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&v)
	return v, err
}

// CheckStorage runs the engine's full check: on SQLite integrity_check
// (every page, record, index entry and constraint) and foreign_key_check;
// on PostgreSQL amcheck's bt_index_check of every B-tree index when the
// extension is installed, a full read of every table, each table's rows
// counted through its primary key index as well as read in full, and the
// primary key, unique, not-null and foreign key constraints checked
// against the rows read.
func (db *DB) CheckStorage(ctx context.Context) CheckResult {
	if db.Dialect == Postgres {
		return db.checkPostgres(ctx)
	}
	res := CheckResult{Name: "storage", Detail: "SQLite integrity_check and foreign_key_check"}
	lines, err := db.pragmaLines(ctx, `PRAGMA integrity_check(1000)`)
	if err != nil {
		res.Problems = append(res.Problems, "integrity_check: "+err.Error())
	} else if !(len(lines) == 1 && lines[0] == "ok") {
		for _, l := range lines {
			res.Problems = append(res.Problems, "integrity_check: "+l)
		}
	}
	lines, err = db.pragmaLines(ctx, `PRAGMA foreign_key_check`)
	if err != nil {
		res.Problems = append(res.Problems, "foreign_key_check: "+err.Error())
	}
	for _, l := range lines {
		// table rowid parent fkid
		res.Problems = append(res.Problems, "foreign_key_check: a row refers to a row that does not exist (table, rowid, parent, key): "+l)
	}
	return res
}

// checkTables are the tables a full check reads.
func checkTables() []struct{ name, key string } {
	return append([]struct{ name, key string }{{"schema_migrations", "version"}}, backupTables...)
}

func (db *DB) checkPostgres(ctx context.Context) CheckResult {
	res := CheckResult{Name: "storage"}
	problem := func(format string, args ...any) { res.Problems = append(res.Problems, fmt.Sprintf(format, args...)) }
	q := db.reader()
	var how []string
	var amSchema string
	err := q.row(ctx, `SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'amcheck'`).Scan(&amSchema)
	switch {
	case isNoRows(err):
		how = append(how, "amcheck not installed (CREATE EXTENSION amcheck to check every B-tree index as well)")
	case err != nil:
		problem("amcheck: %v", err)
	default:
		idx, err := collect(ctx, q, `SELECT c.oid::regclass::text FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
			JOIN pg_am a ON a.oid = c.relam JOIN pg_namespace n ON n.oid = c.relnamespace
			WHERE n.nspname = current_schema() AND a.amname = 'btree' ORDER BY 1`, nil, one[string])
		if err != nil {
			problem("amcheck: %v", err)
		}
		for _, ix := range idx {
			if _, err := db.read.ExecContext(ctx, `SELECT `+pgIdent(amSchema)+`.bt_index_check(index => $1::regclass, heapallindexed => true)`, ix); err != nil {
				problem("index %s: %v", ix, err)
			}
		}
		how = append(how, fmt.Sprintf("amcheck bt_index_check of %d B-tree indexes", len(idx)))
	}
	rows := 0
	for _, t := range checkTables() {
		n, err := db.pgReadTable(ctx, t.name, t.key)
		rows += n
		if err != nil {
			problem("%s", err)
		}
	}
	how = append(how, fmt.Sprintf("a full read of %d tables (%d rows), counted again through each primary key", len(checkTables()), rows))
	if ps, err := db.pgConstraints(ctx); err != nil {
		problem("constraints: %v", err)
	} else {
		res.Problems = append(res.Problems, ps...)
		how = append(how, "primary key, unique, not-null and foreign key constraints checked against the rows")
	}
	res.Detail = "PostgreSQL: " + strings.Join(how, "; ")
	return res
}

func pgIdent(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }

// pgReadTable reads every row and column of a table by a sequential scan
// (every heap page, every TOASTed value), then counts its rows through
// its primary key index: the two must agree.
func (db *DB) pgReadTable(ctx context.Context, table, key string) (int, error) {
	tx, err := db.read.BeginTx(ctx, &sql.TxOptions{ReadOnly: true, Isolation: sql.LevelRepeatableRead})
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	for _, set := range []string{`SET LOCAL enable_indexscan = off`, `SET LOCAL enable_bitmapscan = off`, `SET LOCAL enable_indexonlyscan = off`} {
		if _, err := tx.ExecContext(ctx, set); err != nil {
			return 0, err
		}
	}
	rows, err := tx.QueryContext(ctx, `SELECT * FROM `+table)
	if err != nil {
		return 0, fmt.Errorf("%s: reading it failed: %v", table, err)
	}
	cols, _ := rows.Columns()
	n := 0
	var rowErr error
	err = readEach(rows, func(rows *sql.Rows) error {
		if _, err := scanRow(rows, len(cols)); err != nil {
			rowErr = fmt.Errorf("%s: row %d could not be read: %v", table, n+1, err)
			return rowErr
		}
		n++
		return nil
	})
	if rowErr != nil {
		return n, rowErr
	}
	if err != nil {
		return n, fmt.Errorf("%s: reading it failed after %d rows: %v", table, n, err)
	}
	for _, set := range []string{`SET LOCAL enable_indexscan = on`, `SET LOCAL enable_indexonlyscan = on`, `SET LOCAL enable_seqscan = off`} {
		if _, err := tx.ExecContext(ctx, set); err != nil {
			return n, err
		}
	}
	first := strings.TrimSpace(strings.Split(key, ",")[0])
	var byIndex int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM `+table+` WHERE `+first+` IS NOT NULL`).Scan(&byIndex); err != nil {
		return n, fmt.Errorf("%s: counting through the primary key failed: %v", table, err)
	}
	if byIndex != n {
		return n, fmt.Errorf("%s: %d rows read, but %d through the primary key index", table, n, byIndex)
	}
	return n, nil
}

// pgConstraints checks the rows against the schema's primary key, unique,
// not-null and foreign key constraints, reading the tables (not trusting
// the indexes that enforce them).
func (db *DB) pgConstraints(ctx context.Context) ([]string, error) {
	q := db.reader()
	type con struct {
		kind, table, name, cols, ftable, fcols string
	}
	cons, err := collect(ctx, q, `SELECT c.contype, t.relname, c.conname,
		(SELECT string_agg(a.attname, ',' ORDER BY k.n) FROM unnest(c.conkey) WITH ORDINALITY k(attnum, n) JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum),
		COALESCE(ft.relname, ''),
		COALESCE((SELECT string_agg(a.attname, ',' ORDER BY k.n) FROM unnest(c.confkey) WITH ORDINALITY k(attnum, n) JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum), '')
		FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
		LEFT JOIN pg_class ft ON ft.oid = c.confrelid
		WHERE n.nspname = current_schema() AND c.contype IN ('p', 'u', 'f') ORDER BY t.relname, c.conname`, nil,
		func(c *con) []any { return []any{&c.kind, &c.table, &c.name, &c.cols, &c.ftable, &c.fcols} })
	if err != nil {
		return nil, err
	}
	var out []string
	tx, err := db.read.BeginTx(ctx, &sql.TxOptions{ReadOnly: true, Isolation: sql.LevelRepeatableRead})
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	for _, set := range []string{`SET LOCAL enable_indexscan = off`, `SET LOCAL enable_bitmapscan = off`, `SET LOCAL enable_indexonlyscan = off`} {
		if _, err := tx.ExecContext(ctx, set); err != nil {
			return nil, err
		}
	}
	count := func(query string) (int, error) {
		var n int
		err := tx.QueryRowContext(ctx, query).Scan(&n)
		return n, err
	}
	for _, c := range cons {
		var query, what string
		switch c.kind {
		case "p", "u":
			query = `SELECT COUNT(*) FROM (SELECT 1 FROM ` + c.table + ` WHERE (` + c.cols + `) IS NOT NULL GROUP BY ` + c.cols + ` HAVING COUNT(*) > 1) d`
			what = "values that must be unique occur more than once"
		case "f":
			fc, pc := strings.Split(c.cols, ","), strings.Split(c.fcols, ",")
			var on, notNull []string
			for i := range fc {
				on = append(on, "p."+pc[i]+" = c."+fc[i])
				notNull = append(notNull, "c."+fc[i]+" IS NOT NULL")
			}
			query = `SELECT COUNT(*) FROM ` + c.table + ` c WHERE ` + strings.Join(notNull, " AND ") +
				` AND NOT EXISTS (SELECT 1 FROM ` + c.ftable + ` p WHERE ` + strings.Join(on, " AND ") + `)`
			what = "rows refer to a row of " + c.ftable + " that does not exist"
		}
		n, err := count(query)
		if err != nil {
			out = append(out, fmt.Sprintf("%s (%s): the check failed: %v", c.table, c.name, err))
			continue
		}
		if n > 0 {
			out = append(out, fmt.Sprintf("%s (%s): %d %s", c.table, c.name, n, what))
		}
	}
	type notNullCol struct{ table, col string }
	nn, err := collect(ctx, q, `SELECT c.relname, a.attname FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
		JOIN pg_namespace n ON n.oid = c.relnamespace
		WHERE n.nspname = current_schema() AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped AND a.attnotnull ORDER BY 1, a.attnum`, nil,
		func(x *notNullCol) []any { return []any{&x.table, &x.col} })
	if err != nil {
		return nil, err
	}
	byTable := map[string][]string{}
	var order []string
	for _, x := range nn {
		if _, ok := byTable[x.table]; !ok {
			order = append(order, x.table)
		}
		byTable[x.table] = append(byTable[x.table], x.col+" IS NULL")
	}
	for _, t := range order {
		n, err := count(`SELECT COUNT(*) FROM ` + t + ` WHERE ` + strings.Join(byTable[t], " OR "))
		if err != nil {
			out = append(out, fmt.Sprintf("%s: the not-null check failed: %v", t, err))
		} else if n > 0 {
			out = append(out, fmt.Sprintf("%s: %d rows have no value where one is required", t, n))
		}
	}
	return out, nil
}
