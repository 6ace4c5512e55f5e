package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"strings"

	"github.com/schakel-nl/schakel"
)

// sealedColumns are the sealed columns of each table, with the record
// their key belongs to.
var sealedColumns = []struct {
	table, record string
	cols          []string
	// since is the migration that added the columns (0: before
	// migration 12, which sealed what was stored in the clear).
	since int
}{
	{"signals", "t.id", []string{"account", "reporter_name", "reporter_org", "reporter_phone", "reporter_email", "rationale", "legal_hold_reason"}, 0},
	{"persons", "t.signal_id", []string{"name", "birth_date", "contact"}, 0},
	{"cases", "t.signal_id", []string{"escalation_reason", "outcome_note"}, 0},
	{"referrals", "t.signal_id", []string{"decline_reason", "note"}, 0},
	{"feedback", bindFeedback.record, []string{"message"}, 0},
	{"break_glass", "t.signal_id", []string{"reason"}, 0},
	{"users", "'user:' || t.id", []string{"totp_secret"}, 0},
	{"case_notes", "t.signal_id", []string{"text"}, 27},
	{"case_tasks", "t.signal_id", []string{"title"}, 28},
	{"cases", "t.signal_id", []string{"reopen_reason"}, 29},
}

// CheckRecords checks every row of every record: that its binding holds
// (its unsealed columns are what was written), that every sealed field
// opens, and that every record that is not erased has its key. Problems
// name tables and ids only.
func (s *Store) CheckRecords(ctx context.Context) (CheckResult, error) {
	res := CheckResult{Name: "records"}
	quiet := New(s.db, s.Deadlines, s.keys)
	quiet.Log = slog.New(slog.DiscardHandler)
	q := s.db.reader()
	var counts []string
	var problems []string
	note := func(err error) error {
		var e *schakel.Error
		if errors.As(err, &e) && e.Kind == schakel.KindIntegrity && e.Err != nil {
			problems = append(problems, strings.TrimPrefix(e.Err.Error(), "integrity: "))
			return nil
		}
		return err
	}
	const batch = 1000
	for _, t := range boundTables {
		r := newRow(t)
		var record string
		type item struct {
			r      row
			record string
		}
		items, err := queryAll(ctx, q, `SELECT t.id, `+t.columns("t")+`, `+t.record+` FROM `+t.name+` t ORDER BY t.id`, nil, func(rows *sql.Rows) (item, error) {
			if err := rows.Scan(append(r.dests([]any{&r.id}, 1), &record)...); err != nil {
				return item{}, err
			}
			c := *r
			c.vals = append([]sql.NullString(nil), r.vals...)
			return item{c, record}, nil
		})
		if err != nil {
			return res, err
		}
		var kr *keyring
		for i, it := range items {
			if i%batch == 0 {
				kr = quiet.keyring(ctx, q)
			}
			it := it
			if err := note(kr.verify(&it.r, it.record)); err != nil {
				return res, fmt.Errorf("%s %s: %w", t.name, it.r.id, err)
			}
		}
		counts = append(counts, fmt.Sprintf("%d %s", len(items), t.name))
	}
	sealedN := 0
	for _, sc := range sealedColumns {
		type item struct {
			id, record string
			vals       []string
		}
		cols := "t." + strings.Join(sc.cols, ", t.")
		items, err := collect(ctx, q, `SELECT t.id, `+sc.record+`, `+cols+` FROM `+sc.table+` t ORDER BY t.id`, nil, func(x *item) []any {
			x.vals = make([]string, len(sc.cols))
			d := []any{&x.id, &x.record}
			for i := range x.vals {
				d = append(d, &x.vals[i])
			}
			return d
		})
		if err != nil {
			return res, err
		}
		var kr *keyring
		for i, it := range items {
			if i%batch == 0 {
				kr = quiet.keyring(ctx, q)
			}
			for j, c := range sc.cols {
				if it.vals[j] == "" {
					continue
				}
				sealedN++
				v := it.vals[j]
				err := kr.open(it.record, sealed{sc.table + "." + c, it.id, &v})
				if err != nil && !isIntegrity(err) {
					problems = append(problems, fmt.Sprintf("%s %s: the sealed field %s does not open (%v)", sc.table, it.id, c, err))
					continue
				}
				if err := note(err); err != nil {
					return res, err
				}
			}
		}
	}
	// One line per fault: a missing key shows up once per row of its record.
	seen := map[string]bool{}
	for _, p := range problems {
		if !seen[p] {
			seen[p] = true
			res.Problems = append(res.Problems, p)
		}
	}
	res.Detail = fmt.Sprintf("bindings of %s; %d sealed fields opened", strings.Join(counts, ", "), sealedN)
	return res, nil
}
