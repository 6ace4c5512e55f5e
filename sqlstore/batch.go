package sqlstore

import (
	"context"
	"errors"
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
//
// A batch built for inStatement (alone) is filled before its transaction
// begins, so that sealing, binding and blind-indexing happen in the
// caller's goroutine and not in the one writer that SQLite's group commit
// runs every call on; the writer only runs its statements (replay).
type batch struct {
	ctx   context.Context
	q     querier
	stmts []string
	args  [][]any
	// alone: the batch is its write's one step, built before the
	// transaction that runs it (see inStatement).
	alone bool
	// keys are the ids of the keys an alone batch's record keys were
	// wrapped under; on SQLite replay checks them (mayWrapUnder) first,
	// on PostgreSQL its statement does (schakel_may_wrap_under).
	keys []uint32
	// ret receives the value statement retAt returns (its RETURNING
	// clause); a batch has at most one such statement.
	ret   *string
	retAt int
}

func (q querier) batch(ctx context.Context) *batch { return &batch{ctx: ctx, q: q} }

// exec adds a write without results (an INSERT, UPDATE or DELETE with ?
// parameters).
func (b *batch) exec(query string, args ...any) error {
	if b.q.db.Dialect != Postgres && !b.alone {
		_, err := b.q.exec(b.ctx, query, args...)
		return err
	}
	b.stmts = append(b.stmts, query)
	b.args = append(b.args, args)
	return nil
}

// returning adds a write whose RETURNING clause gives one value, which is
// in dest once the batch ran.
func (b *batch) returning(dest *string, query string, args ...any) error {
	if b.q.db.Dialect != Postgres && !b.alone {
		return b.q.row(b.ctx, query, args...).Scan(dest)
	}
	b.ret, b.retAt = dest, len(b.stmts)
	return b.exec(query, args...)
}

// flush sends what the batch holds; it is empty afterwards.
func (b *batch) flush() error {
	if len(b.stmts) == 0 {
		return nil
	}
	if b.q.db.Dialect != Postgres {
		return b.replay(b.q)
	}
	var sb strings.Builder
	var args []any
	last := len(b.stmts) - 1
	if b.ret != nil {
		// Every write a WITH clause, the query the returned value.
		last++
	}
	for i, st := range b.stmts[:last] {
		if i == 0 {
			sb.WriteString("WITH ")
		} else {
			sb.WriteString(", ")
		}
		sb.WriteString("w" + strconv.Itoa(i) + " AS (")
		sb.WriteString(st)
		sb.WriteString(")")
		args = append(args, b.args[i]...)
	}
	if last > 0 {
		sb.WriteString(" ")
	}
	var err error
	if b.ret != nil {
		sb.WriteString("SELECT * FROM w" + strconv.Itoa(b.retAt))
		err = b.q.row(b.ctx, sb.String(), args...).Scan(b.ret)
	} else {
		sb.WriteString(b.stmts[last])
		args = append(args, b.args[last]...)
		_, err = b.q.exec(b.ctx, sb.String(), args...)
	}
	b.stmts, b.args, b.ret = nil, nil, nil
	return err
}

// errUncheckedKey: a key an alone batch wrapped a record key under has no
// canary (yet); the write is to be made again the long way.
var errUncheckedKey = errors.New("record key under a key without a canary")

// replay runs the statements of a batch filled beforehand, one by one, in
// tx, after checking the keys its record keys were wrapped under.
func (b *batch) replay(tx querier) error {
	for _, id := range b.keys {
		known, err := mayWrapUnder(b.ctx, tx, id)
		if err != nil {
			return err
		}
		if !known {
			return errUncheckedKey
		}
	}
	for i, st := range b.stmts {
		var err error
		if b.ret != nil && i == b.retAt {
			err = tx.row(b.ctx, st, b.args[i]...).Scan(b.ret)
		} else {
			_, err = tx.exec(b.ctx, st, b.args[i]...)
		}
		if err != nil {
			return err
		}
	}
	return nil
}
