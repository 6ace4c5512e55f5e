package sqlstore

import (
	"context"
	"database/sql"
	"slices"
	"strings"
	"time"

	"github.com/schakel-nl/schakel"
)

// AuditEntry is one line of the audit trail.
type AuditEntry struct {
	At         string `json:"at"`
	UserID     string `json:"user_id"`
	UserName   string `json:"user_name"`
	Role       string `json:"role"`
	Org        string `json:"organisation"`
	Action     string `json:"action"`
	ObjectType string `json:"object_type"`
	ObjectID   string `json:"object_id"`
	Purpose    string `json:"purpose"`
}

// AuditFilter selects audit lines. Person is searched through the blind
// index and never travels in a URL: the UI and the API take it in a POST
// body.
type AuditFilter struct {
	schakel.Paging
	User     string          `json:"user,omitempty"`   // a user id or e-mail address
	ObjectID string          `json:"object,omitempty"` // any object id
	CaseID   string          `json:"case,omitempty"`   // the case, its signal and its referrals
	Person   *schakel.Person `json:"person,omitempty"` // name and birth date
	From     string          `json:"from,omitempty"`   // dates, inclusive
	To       string          `json:"to,omitempty"`
}

func (f *AuditFilter) validate() error {
	var p schakel.Problems
	for _, d := range []struct{ field, v string }{{"from", f.From}, {"to", f.To}} {
		if d.v != "" {
			if _, err := time.Parse(schakel.DateLayout, d.v); err != nil {
				p.Add(d.field, "Vul een datum in als JJJJ-MM-DD.")
			}
		}
	}
	if f.Person != nil {
		f.Person.BirthDate = schakel.ISOBirthDate(f.Person.BirthDate)
		if schakel.PersonIndexValues(*f.Person) == nil {
			p.Add("person", "Vul een naam en een geboortedatum (of maand en jaar) in om op persoon te zoeken.")
		}
	}
	return p.Err()
}

// auditWhere turns a filter into SQL; none is true when it selects nothing
// for sure (a person or case that is not there).
func (s *Store) auditWhere(ctx context.Context, q querier, f AuditFilter) (where string, args []any, none bool, err error) {
	where = "1=1"
	if f.User != "" {
		id := f.User
		if strings.Contains(id, "@") {
			err = q.row(ctx, `SELECT id FROM users WHERE email = ?`, strings.ToLower(strings.TrimSpace(id))).Scan(&id)
			if isNoRows(err) {
				return "", nil, true, nil
			}
			if err != nil {
				return "", nil, false, err
			}
		}
		where += ` AND a.user_id = ?`
		args = append(args, id)
	}
	if f.ObjectID != "" {
		where += ` AND a.object_id = ?`
		args = append(args, f.ObjectID)
	}
	var signals []string
	if f.CaseID != "" {
		var sid string
		err = q.row(ctx, `SELECT signal_id FROM cases WHERE id = ?`, f.CaseID).Scan(&sid)
		if isNoRows(err) {
			return "", nil, true, nil
		}
		if err != nil {
			return "", nil, false, err
		}
		signals = []string{sid}
	}
	if f.Person != nil {
		found, err := s.signalsNaming(ctx, q, *f.Person)
		if err != nil {
			return "", nil, false, err
		}
		if signals != nil {
			found = slices.DeleteFunc(found, func(id string) bool { return !slices.Contains(signals, id) })
		}
		if len(found) == 0 {
			return "", nil, true, nil
		}
		signals = found
	}
	if signals != nil {
		// The objects of those signals: the signal, its case and referrals.
		objs := slices.Clone(signals)
		for _, sid := range signals {
			ids, err := collect(ctx, q, `SELECT id FROM cases WHERE signal_id = ? UNION ALL SELECT id FROM referrals WHERE signal_id = ?`, []any{sid, sid}, one[string])
			if err != nil {
				return "", nil, false, err
			}
			objs = append(objs, ids...)
		}
		where += ` AND a.object_id IN (` + marks(len(objs)) + `)`
		for _, o := range objs {
			args = append(args, o)
		}
	}
	if f.From != "" {
		where += ` AND a.at >= ?`
		args = append(args, f.From)
	}
	if f.To != "" {
		where += ` AND a.at < ?`
		args = append(args, f.To+"T24")
	}
	return where, args, false, nil
}

// signalsNaming finds the signals that name p: blind-index candidates,
// confirmed exactly.
func (s *Store) signalsNaming(ctx context.Context, q querier, p schakel.Person) ([]string, error) {
	// Every one, and no record passed over: an access request wants all.
	same, err := s.confirmed(s.keyring(ctx, q), "", p, 0, false)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, o := range same {
		if !slices.Contains(out, o.signalID) {
			out = append(out, o.signalID)
		}
	}
	return out, nil
}

// Audit lists the audit trail, newest first; only for the privacy
// officer, whose search is itself recorded.
func (s *Store) Audit(ctx context.Context, u *schakel.User, f AuditFilter) (*schakel.Page[AuditEntry], error) {
	if err := requireRole(u, schakel.RolePrivacy); err != nil {
		return nil, err
	}
	if err := f.validate(); err != nil {
		return nil, err
	}
	filter := []string{f.User, f.ObjectID, f.CaseID, f.From, f.To}
	if f.Person != nil {
		filter = append(filter, f.Person.Name, f.Person.BirthDate)
	}
	limit, pos, probs := s.paging(u, "audit", filter, f.Paging)
	if err := probs.Err(); err != nil {
		return nil, err
	}
	page := &schakel.Page[AuditEntry]{Items: []AuditEntry{}}
	var more bool
	err := s.db.inTx(ctx, func(tx querier) error {
		where, args, none, err := s.auditWhere(ctx, tx, f)
		if err != nil {
			return err
		}
		if none {
			return s.recordAuditUse(ctx, tx, u, "search", f)
		}
		// Every search adds a line at the top of the trail: later pages
		// stay below the newest line of the first, so they do not shift.
		if pos.Anchor != "" {
			where += ` AND a.id <= ?`
			args = append(args, pos.Anchor)
		}
		if err := tx.row(ctx, `SELECT COUNT(*) FROM audit_log a WHERE `+where, args...).Scan(&page.Total); err != nil {
			return err
		}
		var ids []string
		page.Items, ids, err = auditEntriesWithIDs(ctx, tx, where+` ORDER BY a.id DESC LIMIT ? OFFSET ?`, append(args, limit+1, pos.Offset)...)
		if err != nil {
			return err
		}
		if pos.Anchor == "" && len(ids) > 0 {
			pos.Anchor = ids[0]
		}
		page.Items, more = trimPage(page.Items, limit)
		return s.recordAuditUse(ctx, tx, u, "search", f)
	})
	if err != nil {
		return nil, internal("audit", err)
	}
	if page.Next, err = s.nextCursor(u, "audit", filter, pos, limit, more); err != nil {
		return nil, internal("audit", err)
	}
	return page, nil
}

// MaxAuditExport bounds one export.
const MaxAuditExport = 100_000

// AuditExport returns every entry the filter selects, oldest first, for a
// download; the export is recorded.
func (s *Store) AuditExport(ctx context.Context, u *schakel.User, f AuditFilter) ([]AuditEntry, error) {
	if err := requireRole(u, schakel.RolePrivacy); err != nil {
		return nil, err
	}
	if err := f.validate(); err != nil {
		return nil, err
	}
	var out []AuditEntry
	err := s.db.inTx(ctx, func(tx querier) error {
		where, args, none, err := s.auditWhere(ctx, tx, f)
		if err != nil {
			return err
		}
		if !none {
			if out, err = auditEntries(ctx, tx, where+` ORDER BY a.id LIMIT ?`, append(args, MaxAuditExport)...); err != nil {
				return err
			}
		}
		return s.recordAuditUse(ctx, tx, u, "export", f)
	})
	if err != nil {
		return nil, internal("audit export", err)
	}
	return out, nil
}

// recordAuditUse records a search or export of the trail: which filters
// were used, never the person searched for.
func (s *Store) recordAuditUse(ctx context.Context, tx querier, u *schakel.User, action string, f AuditFilter) error {
	var used []string
	for name, set := range map[string]bool{"user": f.User != "", "object": f.ObjectID != "", "case": f.CaseID != "", "person": f.Person != nil, "period": f.From != "" || f.To != ""} {
		if set {
			used = append(used, name)
		}
	}
	slices.Sort(used)
	obj := f.CaseID
	if obj == "" {
		obj = f.ObjectID
	}
	return audit(ctx, tx, s.now(), u, action, "audit", obj, append([]string{"privacy_supervision"}, used...)...)
}

func auditEntries(ctx context.Context, q querier, whereOrder string, args ...any) ([]AuditEntry, error) {
	out, _, err := auditEntriesWithIDs(ctx, q, whereOrder, args...)
	return out, err
}

// auditEntriesWithIDs is auditEntries with the lines' ids beside them.
func auditEntriesWithIDs(ctx context.Context, q querier, whereOrder string, args ...any) ([]AuditEntry, []string, error) {
	out := []AuditEntry{}
	var ids []string
	err := eachRow(ctx, q, `SELECT a.id, a.at, a.user_id, COALESCE(u.name, ''), a.role, a.org, a.action, a.object_type, a.object_id, a.purpose
		FROM audit_log a LEFT JOIN users u ON u.id = a.user_id WHERE `+whereOrder, args, func(rows *sql.Rows) error {
		var e AuditEntry
		var id string
		if err := rows.Scan(&id, &e.At, &e.UserID, &e.UserName, &e.Role, &e.Org, &e.Action, &e.ObjectType, &e.ObjectID, &e.Purpose); err != nil {
			return err
		}
		out = append(out, e)
		ids = append(ids, id)
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	return out, ids, nil
}
