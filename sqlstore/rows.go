package sqlstore

import (
	"context"
	"database/sql"
)

// collect runs a query and reads every row into a new T through scan,
// which gives the destinations of one row. The rows are closed before it
// returns, so the caller may write in the same transaction next.
func collect[T any](ctx context.Context, q querier, query string, args []any, scan func(*T) []any) ([]T, error) {
	rows, err := q.query(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []T
	for rows.Next() {
		var x T
		if err := rows.Scan(scan(&x)...); err != nil {
			return nil, err
		}
		out = append(out, x)
	}
	return out, rows.Err()
}

// one is the scan of a single-column row.
func one[T any](x *T) []any { return []any{x} }

// scanTail scans extra columns after those a scanner function knows.
type scanTail struct {
	rows  *sql.Rows
	extra []any
}

func (t scanTail) Scan(dest ...any) error { return t.rows.Scan(append(dest, t.extra...)...) }
