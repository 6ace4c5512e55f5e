package sqlstore

import (
	"context"
	"database/sql"
)

// Reading rows. Every multi-row query of the package goes through readEach,
// the one rows.Next loop: it closes the rows before it returns (so the
// caller may query again in the same transaction, and a connection is
// never held while another is asked for) and reports the iteration's
// error. eachRow adds the query; queryAll and collect read every row into
// a slice, through a scanner function or the destinations of one row.

// eachRow runs a query and calls fn on every row, in order; the first
// error stops it.
func eachRow(ctx context.Context, q querier, query string, args []any, fn func(*sql.Rows) error) error {
	rows, err := q.query(ctx, query, args...)
	if err != nil {
		return err
	}
	return readEach(rows, fn)
}

// readEach calls fn on every row of rows, in order, and closes them.
func readEach(rows *sql.Rows, fn func(*sql.Rows) error) error {
	defer rows.Close()
	for rows.Next() {
		if err := fn(rows); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	return rows.Close()
}

// queryAll runs a query and reads every row into a T through scan.
func queryAll[T any](ctx context.Context, q querier, query string, args []any, scan func(*sql.Rows) (T, error)) ([]T, error) {
	var out []T
	err := eachRow(ctx, q, query, args, func(rows *sql.Rows) error {
		x, err := scan(rows)
		if err != nil {
			return err
		}
		out = append(out, x)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// collect runs a query and reads every row into a new T through scan,
// which gives the destinations of one row.
func collect[T any](ctx context.Context, q querier, query string, args []any, scan func(*T) []any) ([]T, error) {
	return queryAll(ctx, q, query, args, func(rows *sql.Rows) (T, error) {
		var x T
		err := rows.Scan(scan(&x)...)
		return x, err
	})
}

// one is the scan of a single-column row.
func one[T any](x *T) []any { return []any{x} }

// scanTail scans extra columns after those a scanner function knows.
type scanTail struct {
	rows  *sql.Rows
	extra []any
}

func (t scanTail) Scan(dest ...any) error { return t.rows.Scan(append(dest, t.extra...)...) }
