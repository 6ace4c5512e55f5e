package sqlstore

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/schakel-nl/schakel"
)

// Human numbers: S-2026-000123 for a signal, C-2026-000045 for a case. The
// year is the one the record came in (Amsterdam time); the serial counts
// the records of its kind and year from 1 and is never given twice, also
// under concurrent intake on several instances. A failed write may leave
// a gap; no number is reused.
//
// SQLite counts in record_numbers, inside the write's transaction (one
// writer: no contention). PostgreSQL counts in a sequence per kind and
// year, which takes no row lock that concurrent intakes would queue on
// until each one's commit. The counters are derived state: migration 24
// and a restore set them from the numbers the records carry (syncNumbers).

const (
	kindSignal = "S"
	kindCase   = "C"
	// lockNumbers serialises the creation of a year's sequences.
	lockNumbers = 4245
)

// numberYear is the year a record made at t is numbered in.
func numberYear(t time.Time) int { return t.In(schakel.Amsterdam).Year() }

func numberPrefix(kind string, year int) string { return fmt.Sprintf("%s-%d-", kind, year) }

// formatNumber is a number as stored and shown (the SQL of numberSQL
// writes the same form).
func formatNumber(kind string, year int, serial int64) string {
	return fmt.Sprintf("%s%06d", numberPrefix(kind, year), serial)
}

func numberSeq(kind string, year int) string {
	return "record_number_" + strings.ToLower(kind) + "_" + strconv.Itoa(year)
}

// parseNumber splits a number into its kind, year and serial.
func parseNumber(n string) (kind string, year int, serial int64, ok bool) {
	parts := strings.Split(n, "-")
	if len(parts) != 3 || (parts[0] != kindSignal && parts[0] != kindCase) {
		return "", 0, 0, false
	}
	y, err1 := strconv.Atoi(parts[1])
	s, err2 := strconv.ParseInt(parts[2], 10, 64)
	return parts[0], y, s, err1 == nil && err2 == nil
}

// numberSQL gives the SQL that draws the next number of kind and year: a
// statement to run first (SQLite: count on; none on PostgreSQL) and an
// expression that is the number, to put in the record's INSERT.
func (db *DB) numberSQL(kind string, year int) (pre string, preArgs []any, expr string, exprArgs []any) {
	if db.Dialect == Postgres {
		return "", nil, `(SELECT ? || lpad(n.v::text, greatest(6, length(n.v::text)), '0') FROM (SELECT nextval(CAST(? AS regclass)) AS v) n)`,
			[]any{numberPrefix(kind, year), numberSeq(kind, year)}
	}
	return `INSERT INTO record_numbers (kind, year, last) VALUES (?, ?, 1) ON CONFLICT (kind, year) DO UPDATE SET last = record_numbers.last + 1`,
		[]any{kind, year},
		`(SELECT ? || printf('%06d', last) FROM record_numbers WHERE kind = ? AND year = ?)`,
		[]any{numberPrefix(kind, year), kind, year}
}

// nextNumber draws the next number of kind and year in tx; the caller
// made sure of its counter before the transaction (ensureNumbers).
func (db *DB) nextNumber(ctx context.Context, tx querier, kind string, year int) (string, error) {
	pre, preArgs, expr, exprArgs := db.numberSQL(kind, year)
	if pre != "" {
		if _, err := tx.exec(ctx, pre, preArgs...); err != nil {
			return "", err
		}
	}
	var n string
	err := tx.row(ctx, `SELECT `+expr, exprArgs...).Scan(&n)
	return n, err
}

// ensureNumbers makes, on PostgreSQL, the sequence of kind and year when
// this process has not seen it yet (once a year, in a transaction of its
// own, so that a write never waits for it).
func (db *DB) ensureNumbers(ctx context.Context, kind string, year int) error {
	if db.Dialect != Postgres {
		return nil
	}
	name := numberSeq(kind, year)
	if _, ok := db.numberSeqs.Load(name); ok {
		return nil
	}
	err := db.inTx(ctx, func(tx querier) error { return createSeq(ctx, tx, name) })
	if err == nil {
		db.numberSeqs.Store(name, true)
	}
	return err
}

func createSeq(ctx context.Context, tx querier, name string) error {
	if _, err := tx.exec(ctx, `SELECT pg_advisory_xact_lock(?)`, lockNumbers); err != nil {
		return err
	}
	_, err := tx.exec(ctx, `CREATE SEQUENCE IF NOT EXISTS `+name+` MINVALUE 1`)
	return err
}

// syncNumbers sets every counter to the highest number the records carry,
// so that the next one drawn follows it (after migration 24 and a restore).
func syncNumbers(ctx context.Context, db *DB, tx querier) error {
	numbers, err := collect(ctx, tx, `SELECT number FROM signals WHERE number IS NOT NULL UNION ALL SELECT number FROM cases WHERE number IS NOT NULL`, nil, one[string])
	if err != nil {
		return err
	}
	type key struct {
		kind string
		year int
	}
	high := map[key]int64{}
	for _, n := range numbers {
		if kind, year, serial, ok := parseNumber(n); ok && serial > high[key{kind, year}] {
			high[key{kind, year}] = serial
		}
	}
	for k, v := range high {
		if db.Dialect == Postgres {
			name := numberSeq(k.kind, k.year)
			if err := createSeq(ctx, tx, name); err != nil {
				return err
			}
			if _, err := tx.exec(ctx, `SELECT setval(CAST(? AS regclass), ?)`, name, v); err != nil {
				return err
			}
			continue
		}
		if _, err := tx.exec(ctx, `INSERT INTO record_numbers (kind, year, last) VALUES (?, ?, ?) ON CONFLICT (kind, year) DO UPDATE SET last = excluded.last`,
			k.kind, k.year, v); err != nil {
			return err
		}
	}
	return nil
}

// numberRecords is migration 24: it numbers the signals and cases made
// before numbers existed, in the order they came in, and sets the
// counters.
func numberRecords(ctx context.Context, st *Store, tx querier) error {
	for _, t := range []struct{ kind, table, at string }{{kindSignal, "signals", "received_at"}, {kindCase, "cases", "opened_at"}} {
		type rec struct{ id, at string }
		recs, err := collect(ctx, tx, `SELECT id, `+t.at+` FROM `+t.table+` WHERE number IS NULL ORDER BY `+t.at+`, id`, nil,
			func(r *rec) []any { return []any{&r.id, &r.at} })
		if err != nil {
			return err
		}
		next := map[int]int64{}
		for _, r := range recs {
			year := numberYear(parseTS(r.at))
			next[year]++
			if _, err := tx.exec(ctx, `UPDATE `+t.table+` SET number = ? WHERE id = ?`,
				formatNumber(t.kind, year, next[year]), r.id); err != nil {
				return err
			}
		}
	}
	return syncNumbers(ctx, st.db, tx)
}
