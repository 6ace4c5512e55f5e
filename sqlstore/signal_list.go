package sqlstore

import (
	"cmp"
	"context"
	"database/sql"
	"strconv"
	"strings"

	"github.com/schakel-nl/schakel"
)

// SignalFilter selects signals for a list.
type SignalFilter struct {
	schakel.Paging
	Status       string
	Municipality string
	Overdue      bool
	Sort         string // urgent (default), oldest, newest, municipality
	Query        string // a number or a person's full name (searchPred)
}

// SignalSorts are the orders a signal list offers.
var SignalSorts = []string{schakel.SortUrgent, schakel.SortOldest, schakel.SortNewest, schakel.SortMunicipality}

// Signals lists the signals u may see, urgent first, then oldest. Rows
// carry no personal data, so a list is not a view of a person.
func (s *Store) Signals(ctx context.Context, u *schakel.User, f SignalFilter) (*schakel.Page[schakel.Signal], error) {
	filter := []string{f.Status, f.Municipality, strconv.FormatBool(f.Overdue), f.Sort, f.Query}
	limit, pos, p := s.paging(u, "signals", filter, f.Paging)
	if f.Status != "" && !schakel.SignalStatus(f.Status).Valid() {
		p.Add("status", "Onbekende status; kies new, triaged of closed.")
	}
	if err := schakel.ValidSort(f.Sort, SignalSorts...); err != nil {
		p = append(p, err.(*schakel.Error).Fields...)
	}
	if err := p.Err(); err != nil {
		return nil, err
	}
	var where []string
	var args []any
	if f.Status != "" {
		where = append(where, `s.status = ?`)
		args = append(args, f.Status)
	}
	if f.Municipality != "" {
		where = append(where, `s.municipality = ?`)
		args = append(args, f.Municipality)
	}
	if f.Overdue {
		where = append(where, `s.status = 'new' AND s.triage_due < ?`)
		args = append(args, ts(s.now()))
	}
	if f.Query != "" {
		sp, err := s.searchPred(ctx, s.db.reader(), u, f.Query)
		if err != nil {
			return nil, internal("search signals", err)
		}
		where = append(where, sp.sql)
		args = append(args, sp.args...)
	}
	handling, hargs := accessSQL(u, schakel.FieldHandling)
	victims, vargs := accessSQL(u, schakel.FieldVictims)
	l := listSQL{
		From:      "signals s",
		Grants:    accessGrants(u, schakel.FieldStatus),
		Where:     strings.Join(where, " AND "),
		WhereArgs: args,
		Keys:      "s.id, s.needs_decision, s.acute, s.received_at",
		Join:      "s.id = pg.id",
	}
	// Each order on the key columns, three times: in a branch, over the
	// branches, on the page.
	order := map[string][]string{
		schakel.SortUrgent:       {"needs_decision DESC", "acute DESC", "received_at", "id"},
		schakel.SortOldest:       {"received_at", "id"},
		schakel.SortNewest:       {"received_at DESC", "id DESC"},
		schakel.SortMunicipality: {"municipality", "received_at", "id"},
	}[cmp.Or(f.Sort, schakel.SortUrgent)]
	if f.Sort == schakel.SortMunicipality {
		l.Keys += ", s.municipality"
	}
	l.Order, l.OuterOrder, l.PageOrder = orderOn("s.", order), orderOn("", order), orderOn("pg.", order)
	q := s.db.reader()
	page := &schakel.Page[schakel.Signal]{Items: []schakel.Signal{}}
	c, err := l.count(ctx, q)
	if err != nil {
		return nil, internal("list signals", err)
	}
	page.Total = c.Total
	// What each row may show is computed per row of the page only.
	l.Columns = signalListColumns + `, CASE WHEN ` + handling + ` THEN 1 ELSE 0 END AS h_vis, CASE WHEN ` + victims + ` THEN 1 ELSE 0 END AS v_vis`
	// One row beyond the page tells whether there is a next one.
	rows, err := l.page(ctx, q, c, append(hargs, vargs...), limit+1, pos.Offset)
	if err != nil {
		return nil, internal("list signals", err)
	}
	type listed struct {
		sg   *schakel.Signal
		b    *row
		h, v int
	}
	var items []listed
	err = readEach(rows, func(rows *sql.Rows) error {
		var it listed
		var err error
		it.sg, it.b, _, err = s.scanSignal(scanTail{rows, []any{&it.h, &it.v}})
		items = append(items, it)
		return err
	})
	if err != nil {
		return nil, internal("list signals", err)
	}
	// The rows are closed before their bindings are checked: a check may
	// read a record key, and holding a connection while asking the pool
	// for another starves it under load.
	kr := s.keyring(ctx, q)
	for _, it := range items {
		sg := it.sg
		if err := kr.checkRows(sg.ID, sg.ErasedAt != nil, it.b); err != nil {
			if !isIntegrity(err) {
				return nil, internal("list signals", err)
			}
			page.Items = append(page.Items, schakel.Signal{ID: sg.ID, IntegrityError: true})
			continue
		}
		// List rows never carry personal data or free text.
		f := schakel.FieldStatus
		if it.h == 1 {
			f |= schakel.FieldHandling
		}
		if it.v == 1 {
			f |= schakel.FieldVictims
		}
		filterSignal(sg, f)
		sg.Persons = nil
		page.Items = append(page.Items, *sg)
	}
	var more bool
	page.Items, more = trimPage(page.Items, limit)
	if page.Next, err = s.nextCursor(u, "signals", filter, pos, limit, more); err != nil {
		return nil, internal("list signals", err)
	}
	return page, nil
}
