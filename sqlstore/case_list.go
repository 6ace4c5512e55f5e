package sqlstore

import (
	"cmp"
	"context"
	"database/sql"
	"strconv"

	"github.com/schakel-nl/schakel"
)

// CaseFilter selects cases for a list.
type CaseFilter struct {
	schakel.Paging
	Status        string
	Escalated     bool
	NeedsDecision bool   // a referral was declined and the AF must decide again
	Sort          string // urgent (default), newest, oldest
	Query         string // a number or a person's full name (searchPred)
	Awaiting      bool   // a referral of the case waits for an answer
	Overdue       bool   // a referral of the case waits past its deadline
	Mine          bool   // the caller is the one of their organisation who works on it
}

// caseLate holds for a case (aliased c) of which a referral waits for an
// answer past its deadline (the one ? argument: now): the list's filter
// and its rows' mark are the same condition.
const caseLate = `EXISTS (SELECT 1 FROM referrals rl WHERE rl.case_id = c.id AND rl.status = 'sent' AND rl.accept_due < ?)`

// CaseSorts are the orders a case list offers.
var CaseSorts = []string{schakel.SortUrgent, schakel.SortNewest, schakel.SortOldest}

// Cases lists the cases u may see at process level, stuck and urgent first,
// then newest.
func (s *Store) Cases(ctx context.Context, u *schakel.User, f CaseFilter) (*schakel.Page[schakel.Case], error) {
	filter := []string{f.Status, strconv.FormatBool(f.Escalated), strconv.FormatBool(f.NeedsDecision), f.Sort, f.Query,
		strconv.FormatBool(f.Awaiting), strconv.FormatBool(f.Overdue), strconv.FormatBool(f.Mine)}
	limit, pos, p := s.paging(u, "cases", filter, f.Paging)
	if f.Status != "" && f.Status != string(schakel.CaseOpen) && f.Status != string(schakel.CaseClosed) {
		p.Add("status", "Onbekende status; kies open of closed.")
	}
	if err := schakel.ValidSort(f.Sort, CaseSorts...); err != nil {
		p = append(p, err.(*schakel.Error).Fields...)
	}
	if err := p.Err(); err != nil {
		return nil, err
	}
	where, args := accessSQL(u, schakel.FieldHandling)
	if f.Status != "" {
		where += ` AND c.status = ?`
		args = append(args, f.Status)
	}
	if f.Escalated {
		where += ` AND c.escalated = 1`
	}
	if f.NeedsDecision {
		where += ` AND s.needs_decision = 1`
	}
	if f.Awaiting {
		where += ` AND EXISTS (SELECT 1 FROM referrals ra WHERE ra.case_id = c.id AND ra.status = 'sent')`
	}
	if f.Overdue {
		where += ` AND ` + caseLate
		args = append(args, ts(s.now()))
	}
	if f.Mine {
		where += ` AND EXISTS (SELECT 1 FROM case_assignees am WHERE am.case_id = c.id AND am.org = ? AND am.user_id = ?)`
		args = append(args, u.Org, u.ID)
	}
	q := s.db.reader()
	if f.Query != "" {
		sp, err := s.searchPred(ctx, q, u, f.Query)
		if err != nil {
			return nil, internal("search cases", err)
		}
		where += ` AND ` + sp.sql
		args = append(args, sp.args...)
	}
	page := &schakel.Page[schakel.Case]{Items: []schakel.Case{}}
	const from = ` FROM cases c JOIN signals s ON s.id = c.signal_id`
	if err := q.row(ctx, `SELECT COUNT(*)`+from+` WHERE `+where, args...).Scan(&page.Total); err != nil {
		return nil, internal("list cases", err)
	}
	// Each row also says whether it is late and who of u's organisation
	// works on it.
	rows, err := q.query(ctx, `SELECT `+caseColumns+`, CASE WHEN `+caseLate+` THEN 1 ELSE 0 END, COALESCE(ua.id, ''), COALESCE(ua.name, '')`+from+`
		LEFT JOIN case_assignees ca ON ca.case_id = c.id AND ca.org = ? LEFT JOIN users ua ON ua.id = ca.user_id
		WHERE `+where+` ORDER BY `+map[string]string{
		schakel.SortUrgent: `c.status DESC, c.escalated DESC, s.needs_decision DESC, s.acute DESC, c.opened_at DESC, c.id`,
		schakel.SortNewest: `c.opened_at DESC, c.id DESC`,
		schakel.SortOldest: `c.opened_at, c.id`,
	}[cmp.Or(f.Sort, schakel.SortUrgent)]+` LIMIT ? OFFSET ?`,
		append(append([]any{ts(s.now()), u.Org}, args...), limit+1, pos.Offset)...)
	if err != nil {
		return nil, internal("list cases", err)
	}
	type listed struct {
		cr                   *caseRow
		late                 int
		assignee, assigneeID string
	}
	var items []listed
	err = readEach(rows, func(rows *sql.Rows) error {
		var it listed
		var err error
		it.cr, err = scanCase(scanTail{rows, []any{&it.late, &it.assigneeID, &it.assignee}})
		items = append(items, it)
		return err
	})
	if err != nil {
		return nil, internal("list cases", err)
	}
	// Checked after the rows are closed (see Signals).
	kr := s.keyring(ctx, q)
	for _, it := range items {
		cr, late := it.cr, it.late
		c := cr.c
		if err := s.checkCase(kr, cr); err != nil {
			if !isIntegrity(err) {
				return nil, internal("list cases", err)
			}
			page.Items = append(page.Items, schakel.Case{ID: c.ID, IntegrityError: true})
			continue
		}
		c.Overdue = late == 1
		if it.assigneeID != "" {
			c.Assignee = &schakel.Colleague{ID: it.assigneeID, Name: it.assignee}
		}
		// The list is process level: no reasons, no free text.
		c.EscalationReason = ""
		c.Visible = schakel.FieldStatus | schakel.FieldHandling
		page.Items = append(page.Items, *c)
	}
	var more bool
	page.Items, more = trimPage(page.Items, limit)
	if page.Next, err = s.nextCursor(u, "cases", filter, pos, limit, more); err != nil {
		return nil, internal("list cases", err)
	}
	return page, nil
}
