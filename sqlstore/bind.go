package sqlstore

import (
	"context"
	"database/sql"
	"encoding/base64"
	"encoding/binary"
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"sync"

	"github.com/schakel-nl/schakel"
	"github.com/schakel-nl/schakel/vault"
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

// binder returns the binder of record: nil when the record was erased.
func (kr *keyring) binder(record string) (*vault.Binder, error) {
	if b, ok := kr.binders[record]; ok {
		return b, nil
	}
	dk, err := kr.key(record)
	if err != nil || dk == nil {
		return nil, err
	}
	// The store's binder of the record (its keyed state set up once), or
	// this key's.
	if b := kr.s.binders.get(record); b != nil {
		return b, nil
	}
	b := dk.Binder()
	kr.s.binders.put(record, b)
	return b, nil
}

// verify checks a row's MAC under its record's key. The rows of an erased
// record have no key to check with and pass; a record that is not erased
// and has no key is itself a fault (see keyring.key).
func (kr *keyring) verify(r *row, record string) error {
	b, err := kr.binder(record)
	if err != nil || b == nil {
		return err
	}
	if r.mac == "" {
		return kr.s.integrityFault(r.t.name, r.id, "no binding")
	}
	if !b.Bound(r.msg(), r.mac) {
		return kr.s.integrityFault(r.t.name, r.id, "the row does not match its binding")
	}
	return nil
}

// bind computes a row's MAC under its record's key.
func (kr *keyring) bind(r *row, record string) (string, error) {
	b, err := kr.binder(record)
	if err != nil {
		return "", err
	}
	if b == nil {
		return "", errErased
	}
	return b.Bind(r.msg()), nil
}

// stored reads a row's bound values and record from the database.
func (kr *keyring) stored(t *boundTable, id string) (*row, string, error) {
	r := newRow(t)
	r.id = id
	var record string
	err := kr.q.row(kr.ctx, `SELECT `+t.columns("t")+`, `+t.record+` FROM `+t.name+` t WHERE t.id = ?`, id).Scan(append(r.dests(nil, 1), &record)...)
	if err != nil {
		return nil, "", err
	}
	return r, record, nil
}

// rebind stores the MAC of a row as it is now, after a write.
func (kr *keyring) rebind(t *boundTable, id string) error {
	r, record, err := kr.stored(t, id)
	if err != nil {
		return err
	}
	mac, err := kr.bind(r, record)
	if err != nil {
		return err
	}
	_, err = kr.q.exec(kr.ctx, `UPDATE `+t.name+` SET row_mac = ? WHERE id = ?`, mac, id)
	return err
}

// update runs an UPDATE of the one row id of t: the row must pass its
// binding first (a write never launders a changed value into a new
// binding), and is bound again after.
func (kr *keyring) update(t *boundTable, id, query string, args ...any) (sql.Result, error) {
	r, record, err := kr.stored(t, id)
	if err != nil {
		return nil, err
	}
	if err := kr.verify(r, record); err != nil {
		return nil, err
	}
	res, err := kr.q.exec(kr.ctx, query, args...)
	if err != nil {
		return nil, err
	}
	if n, _ := res.RowsAffected(); n > 0 {
		if err := kr.rebind(t, id); err != nil {
			return nil, err
		}
	}
	return res, nil
}

// preload puts a record's wrapped key, read with its row, in the keyring:
// a read that opens the record needs no second query for it.
func (kr *keyring) preload(record string, wrapped sql.NullString, erased bool) error {
	if _, ok := kr.keys[record]; ok {
		return nil
	}
	if !wrapped.Valid {
		if erased {
			kr.keys[record] = nil
			return nil
		}
		return kr.s.integrityFault("record_keys", record, "the record key is missing")
	}
	raw, err := base64.StdEncoding.DecodeString(wrapped.String)
	if err != nil {
		return kr.s.integrityFault("record_keys", record, "the record key is damaged")
	}
	dk, err := kr.s.keys.Unwrap(record, raw)
	if err != nil {
		return err
	}
	kr.keys[record] = dk
	return nil
}

// checkRows checks the bindings of rows of one record that a list or a
// view shows without opening the record: with the binder the store keeps
// for it, or else its key. An erased record (no key left) is a tombstone
// of codes, unbound; one marked erased that still has its key is checked
// (its binding covers the mark).
func (kr *keyring) checkRows(record string, erased bool, rows ...*row) error {
	_, known := kr.keys[record]
	if _, ok := kr.binders[record]; ok {
		known = true
	}
	if !known {
		if b := kr.s.binders.get(record); b != nil && !erased {
			if kr.binders == nil {
				kr.binders = map[string]*vault.Binder{}
			}
			kr.binders[record] = b
		} else if _, err := kr.key(record); err != nil {
			return err
		}
	}
	for _, r := range rows {
		if err := kr.verify(r, record); err != nil {
			return err
		}
	}
	return nil
}

// binderCache keeps the binders of records a process has read, so that a
// list checks the bindings of its rows without unwrapping each record's
// key. A binder's key is derived one way from the data key and opens
// nothing; an erased record's rows are unbound and never checked, so an
// entry outliving its record is harmless. Bounded: when full, a tenth of
// the entries go.
type binderCache struct {
	mu sync.Mutex
	m  map[string]*vault.Binder
}

const maxBinders = 100000

func (c *binderCache) get(record string) *vault.Binder {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.m[record]
}

func (c *binderCache) put(record string, b *vault.Binder) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil {
		c.m = map[string]*vault.Binder{}
	}
	if len(c.m) >= maxBinders {
		n := 0
		for k := range c.m {
			delete(c.m, k)
			if n++; n >= maxBinders/10 {
				break
			}
		}
	}
	c.m[record] = b
}

// recordKeyColumn selects the wrapped key of the record whose id is expr.
func recordKeyColumn(expr string) string {
	return `(SELECT k.wrapped FROM record_keys k WHERE k.record_id = ` + expr + `)`
}

func init() {
	goSteps[14] = &goStep{name: "bind_rows", needsKeys: true, pending: unboundRows, run: bindRows,
		what: "bind the rows of existing records (record bindings)"}
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
