package sqlstore

import (
	"context"
	"database/sql"
	"encoding/binary"
	"fmt"
	"log/slog"
	"strconv"
	"strings"

	"github.com/schakel-nl/schakel"
)

// Record bindings. A sealed field cannot be changed unnoticed: its AEAD
// tag binds it to its record key, column and row. The columns left in
// the clear — dates, municipality, route, status, urgency, forms, the
// coded attributes of persons — are what lists, filters and the access
// policy run on, so they cannot be sealed; instead each row carries a MAC
// over them (row_mac), keyed by a key derived from its record's data key
// (vault.DataKey.Bind). Every read of such a row checks it, and a row
// whose values no longer match is an integrity fault: logged without
// personal data, counted, answered with a clear error instead of the
// data, and listed by `schakel check`.
//
// Which columns are bound, and why the others are not:
//
//   - signals: municipality, observed_on, forms, indicators, sector,
//     acute, reported_by, received_at, triage_due, status, has_minor,
//     route, notify, triaged_at, triaged_by, needs_decision, legal_hold,
//     erased_at, version. Not bound: the sealed columns (account, the
//     reporter, rationale, legal_hold_reason: their AEAD tag binds them),
//     and erased_why, written when the record key is destroyed.
//   - persons: signal_id, position, role, estimated_age, gender,
//     nationality, residence_status, minor (name, birth date and contact
//     are sealed).
//   - cases: signal_id, municipality, route, process_lead, status,
//     opened_at, closed_at, outcome, escalated, escalated_at, version
//     (the reasons are sealed).
//   - referrals: case_id, signal_id, to_org, purpose, status, sent_at,
//     accept_due, responded_at, closed_at, version (reasons and notes are
//     sealed).
//   - feedback: referral_id, at, user_id, org (the message is sealed).
//
// Not bound: the timeline (events) and the reminders, which hold codes
// only and are written by the deadline job for many records at once; the
// audit trail, which has its own proof (the Merkle log); person_index,
// which only finds candidates that are then opened and compared; users,
// tokens, sessions and reference data, which belong to no record; and
// break_glass, whose reason is sealed. An erased record has no key left
// to check with: its tombstone of codes is unbound. No bound column is a
// counter kept by a job: the versions are bound, as every write goes
// through keyring.update, which checks the row and binds it again.
//
// Where the check sits: a read first decides access (on the clear
// columns, in SQL for lists), then checks the rows it would show. A row
// moved to another municipality outside Schakel can thus reach a list
// there, but only as a damaged row with its id. Counts and the monitor's
// aggregates read the clear columns without checking each row; schakel
// check does.

// boundTable names the bound columns of one table.
type boundTable struct {
	name   string
	cols   []string
	record string // the SQL expression, on alias t, of the record (signal) id
	index  map[string]int
}

func newBound(name, record string, cols ...string) *boundTable {
	t := &boundTable{name: name, cols: cols, record: record, index: map[string]int{}}
	for i, c := range cols {
		t.index[c] = i
	}
	return t
}

var (
	bindSignals = newBound("signals", "t.id",
		"municipality", "observed_on", "forms", "indicators", "sector", "acute", "reported_by", "received_at", "triage_due",
		"status", "has_minor", "route", "notify", "triaged_at", "triaged_by", "needs_decision", "legal_hold", "erased_at", "version")
	bindPersons = newBound("persons", "t.signal_id",
		"signal_id", "position", "role", "estimated_age", "gender", "nationality", "residence_status", "minor")
	bindCases = newBound("cases", "t.signal_id",
		"signal_id", "municipality", "route", "process_lead", "status", "opened_at", "closed_at", "outcome", "escalated", "escalated_at", "version")
	bindReferrals = newBound("referrals", "t.signal_id",
		"case_id", "signal_id", "to_org", "purpose", "status", "sent_at", "accept_due", "responded_at", "closed_at", "version")
	bindFeedback = newBound("feedback", "(SELECT r.signal_id FROM referrals r WHERE r.id = t.referral_id)",
		"referral_id", "at", "user_id", "org")
	// boundTables are every bound table, a record's own row first.
	boundTables = []*boundTable{bindSignals, bindPersons, bindCases, bindReferrals, bindFeedback}
)

// columns lists the bound columns on alias a, then the row's MAC.
func (t *boundTable) columns(a string) string {
	return a + "." + strings.Join(t.cols, ", "+a+".") + ", " + a + ".row_mac"
}

// row is one stored row's bound values and MAC, as scanned.
type row struct {
	t    *boundTable
	id   string
	vals []sql.NullString
	mac  string
}

func newRow(t *boundTable) *row { return &row{t: t, vals: make([]sql.NullString, len(t.cols))} }

// dests are the scan destinations of t.columns, after before and
// followed by room for extra more.
func (r *row) dests(before []any, extra int) []any {
	d := make([]any, 0, len(before)+len(r.vals)+1+extra)
	d = append(d, before...)
	for i := range r.vals {
		d = append(d, &r.vals[i])
	}
	return append(d, &r.mac)
}

func (r *row) str(col string) string { return r.vals[r.t.index[col]].String }

func (r *row) null(col string) sql.NullString { return r.vals[r.t.index[col]] }

func (r *row) flag(col string) bool { return r.str(col) == "1" }

func (r *row) int(col string) int {
	n, _ := strconv.Atoi(r.str(col))
	return n
}

// msg is the canonical form of a row that its MAC covers: a version, the
// table, the id and each value, length-prefixed, NULL apart from empty.
func (r *row) msg() []byte {
	b := make([]byte, 0, 256)
	b = append(b, "schakel/row/v1"...)
	str := func(s string) {
		b = append(b, 'S')
		b = binary.AppendUvarint(b, uint64(len(s)))
		b = append(b, s...)
	}
	str(r.t.name)
	str(r.id)
	for _, v := range r.vals {
		if !v.Valid {
			b = append(b, 'N')
			continue
		}
		str(v.String)
	}
	return b
}

// set fills a row from Go values, for a row being written: text as is,
// booleans as 0/1, integers in decimal, nil as NULL, the way the engines
// give them back.
func (r *row) set(col string, v any) *row {
	var s sql.NullString
	switch x := v.(type) {
	case nil:
	case string:
		s = sql.NullString{String: x, Valid: true}
	case bool:
		s = sql.NullString{String: map[bool]string{true: "1", false: "0"}[x], Valid: true}
	case int:
		s = sql.NullString{String: fmt.Sprint(x), Valid: true}
	case sql.NullString:
		s = x
	case sql.NullInt64:
		if x.Valid {
			s = sql.NullString{String: fmt.Sprint(x.Int64), Valid: true}
		}
	default:
		panic(fmt.Sprintf("bind %s.%s: value of type %T", r.t.name, col, v))
	}
	i, ok := r.t.index[col]
	if !ok {
		panic("bind: " + r.t.name + " has no bound column " + col)
	}
	r.vals[i] = s
	return r
}

// Integrity faults.

// integrityMessage is what a read that meets a fault answers.
const integrityMessage = "Dit dossier is beschadigd of buiten Schakel om gewijzigd en wordt daarom niet getoond. Meld dit bij de beheerder; die ziet met 'schakel check' wat er mis is."

// integrityFault records a fault (the table, the row's id and what is
// wrong: no personal data) and returns the error a read answers with.
func (s *Store) integrityFault(table, id, what string) error {
	s.faults.Add(1)
	s.logger().Error("integrity fault", "table", table, "id", id, "problem", what)
	return &schakel.Error{Kind: schakel.KindIntegrity, Message: integrityMessage, Err: fmt.Errorf("integrity: %s %s: %s", table, id, what)}
}

// IntegrityFaults counts the integrity faults this process met.
func (s *Store) IntegrityFaults() int64 { return s.faults.Load() }

func (s *Store) logger() *slog.Logger {
	if s.Log != nil {
		return s.Log
	}
	return slog.Default()
}

// isIntegrity reports whether err is an integrity fault.
func isIntegrity(err error) bool { return schakel.ErrorKind(err) == schakel.KindIntegrity }

// recordKeyColumn selects the wrapped key of the record whose id is expr.
func recordKeyColumn(expr string) string {
	return `(SELECT k.wrapped FROM record_keys k WHERE k.record_id = ` + expr + `)`
}

// Migration 009. Rows written before record bindings (see bind.go) get
// theirs, from their values as they are.

// unboundWhere selects the rows of t, on alias t, that have no binding
// and belong to a record that is not erased.
func unboundWhere(t *boundTable) string {
	return `t.row_mac = '' AND EXISTS (SELECT 1 FROM signals s WHERE s.id = ` + t.record + ` AND s.erased_at IS NULL)`
}

func unboundRows(ctx context.Context, q querier) (int, error) {
	total := 0
	for _, t := range boundTables {
		var n int
		if err := q.row(ctx, `SELECT COUNT(*) FROM `+t.name+` t WHERE `+unboundWhere(t)).Scan(&n); err != nil {
			return 0, err
		}
		total += n
	}
	return total, nil
}

func bindRows(ctx context.Context, st *Store, tx querier) error {
	for _, t := range boundTables {
		type stored struct {
			r      *row
			record string
		}
		rows, err := collect(ctx, tx, `SELECT t.id, `+t.columns("t")+`, `+t.record+` FROM `+t.name+` t WHERE `+unboundWhere(t)+` ORDER BY `+t.record+`, t.id`, nil,
			func(x *stored) []any {
				x.r = newRow(t)
				return append(x.r.dests([]any{&x.r.id}, 1), &x.record)
			})
		if err != nil {
			return err
		}
		if len(rows) > 0 && st.keys == nil {
			return errNoKeys
		}
		var kr *keyring
		for i, x := range rows {
			if i%1000 == 0 {
				kr = st.keyring(ctx, tx)
			}
			mac, err := kr.bind(x.r, x.record)
			if err != nil {
				return err
			}
			if _, err := tx.exec(ctx, `UPDATE `+t.name+` SET row_mac = ? WHERE id = ?`, mac, x.r.id); err != nil {
				return err
			}
		}
	}
	return nil
}
