package sqlstore

import (
	"context"
	"strconv"
	"strings"
)

// A batch collects the row writes of one transaction step so that they
// reach the database together. On PostgreSQL every statement is a round
// trip; a batch sends its writes as one statement, each but the last in a
// data-modifying WITH clause (constraints are checked at the end of the
// statement, so a row may refer to a row of the same batch). On SQLite,
// where a statement costs no round trip, each write runs at once and a
// failure shows where it happened.
type batch struct {
	ctx   context.Context
	q     querier
	stmts []string
	args  []any
}

func (q querier) batch(ctx context.Context) *batch { return &batch{ctx: ctx, q: q} }

// exec adds a write without results (an INSERT, UPDATE or DELETE with ?
// parameters).
func (b *batch) exec(query string, args ...any) error {
	if b.q.db.Dialect != Postgres {
		_, err := b.q.exec(b.ctx, query, args...)
		return err
	}
	b.stmts = append(b.stmts, query)
	b.args = append(b.args, args...)
	return nil
}

// flush sends what the batch holds; it is empty afterwards.
func (b *batch) flush() error {
	if len(b.stmts) == 0 {
		return nil
	}
	var sb strings.Builder
	last := len(b.stmts) - 1
	for i, st := range b.stmts[:last] {
		if i == 0 {
			sb.WriteString("WITH ")
		} else {
			sb.WriteString(", ")
		}
		sb.WriteString("w" + strconv.Itoa(i) + " AS (")
		sb.WriteString(st)
		sb.WriteString(")")
	}
	if last > 0 {
		sb.WriteString(" ")
	}
	sb.WriteString(b.stmts[last])
	_, err := b.q.exec(b.ctx, sb.String(), b.args...)
	b.stmts, b.args = nil, nil
	return err
}
