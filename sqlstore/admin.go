package sqlstore

import (
	"context"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/schakel-nl/schakel"
)

// Counts is the work waiting for a user, for their start page.
type Counts struct {
	NewSignals       int `json:"new_signals"`
	OverdueSignals   int `json:"overdue_signals"`
	NeedsDecision    int `json:"needs_decision"`
	OpenCases        int `json:"open_cases"`
	EscalatedCases   int `json:"escalated_cases"`
	OpenReferrals    int `json:"open_referrals"`
	OverdueReferrals int `json:"overdue_referrals"`
	AwaitingAnswer   int `json:"referrals_awaiting_answer"`
	// PersonHits: notices that a person in a record u works on was
	// named in a new signal elsewhere.
	PersonHits int `json:"person_hits"`
	// CrossMatches, for the beleidsregisseur: how many times in the past
	// year a new signal named a person known in a record of another
	// holder (hits), without any name or record.
	CrossMatches int `json:"cross_matches,omitempty"`
}

// Counts counts what waits for u, with the same access filter as the lists.
func (s *Store) Counts(ctx context.Context, u *schakel.User) (*Counts, error) {
	q := s.db.reader()
	now := ts(s.now())
	var c Counts
	w, a := accessSQL(u, schakel.FieldHandling)
	err := q.row(ctx, `SELECT
		COALESCE(SUM(CASE WHEN s.status = 'new' THEN 1 ELSE 0 END), 0),
		COALESCE(SUM(CASE WHEN s.status = 'new' AND s.triage_due < ? THEN 1 ELSE 0 END), 0),
		COALESCE(SUM(s.needs_decision), 0)
		FROM signals s WHERE `+w, append([]any{now}, a...)...).Scan(&c.NewSignals, &c.OverdueSignals, &c.NeedsDecision)
	if err != nil {
		return nil, internal("counts", err)
	}
	err = q.row(ctx, `SELECT
		COALESCE(SUM(CASE WHEN c.status = 'open' THEN 1 ELSE 0 END), 0),
		COALESCE(SUM(CASE WHEN c.status = 'open' AND c.escalated = 1 THEN 1 ELSE 0 END), 0)
		FROM cases c JOIN signals s ON s.id = c.signal_id WHERE `+w, a...).Scan(&c.OpenCases, &c.EscalatedCases)
	if err != nil {
		return nil, internal("counts", err)
	}
	err = q.row(ctx, `SELECT
		COALESCE(SUM(CASE WHEN r.to_org = ? AND r.status IN ('sent', 'accepted') THEN 1 ELSE 0 END), 0),
		COALESCE(SUM(CASE WHEN r.status = 'sent' AND r.accept_due < ? THEN 1 ELSE 0 END), 0),
		COALESCE(SUM(CASE WHEN r.status = 'sent' THEN 1 ELSE 0 END), 0)
		FROM referrals r JOIN signals s ON s.id = r.signal_id WHERE `+w, append([]any{u.Org, now}, a...)...).Scan(&c.OpenReferrals, &c.OverdueReferrals, &c.AwaitingAnswer)
	if err != nil {
		return nil, internal("counts", err)
	}
	if c.PersonHits, err = s.PersonHitCount(ctx, u); err != nil {
		return nil, err
	}
	if u.Role == schakel.RoleBeleidsregisseur && u.Active {
		if err := q.row(ctx, `SELECT COUNT(*) FROM person_hits WHERE created_at >= ?`, ts(s.now().AddDate(-1, 0, 0))).Scan(&c.CrossMatches); err != nil {
			return nil, internal("counts", err)
		}
	}
	return &c, nil
}

func requireRole(u *schakel.User, roles ...schakel.Role) error {
	for _, r := range roles {
		if u.Role == r {
			return nil
		}
	}
	return forbidden("Dit onderdeel is niet voor uw rol.")
}

func cleanLabel(field, v string) (string, error) {
	v = strings.TrimSpace(v)
	if v == "" || utf8.RuneCountInString(v) > schakel.MaxShort {
		return "", schakel.Invalid(schakel.FieldError{Field: field, Message: "Vul een naam in (ten hoogste 200 tekens)."})
	}
	return v, nil
}

// UpdateMunicipality lets the beheerder rename a municipality or set it
// (in)active.
func (s *Store) UpdateMunicipality(ctx context.Context, u *schakel.User, slug, name string, active bool) error {
	if err := requireRole(u, schakel.RoleBeheerder); err != nil {
		return err
	}
	name, err := cleanLabel("name", name)
	if err != nil {
		return err
	}
	return s.adminUpdate(ctx, u, "municipality", slug, `UPDATE municipalities SET name = ?, active = ? WHERE slug = ?`, name, b2i(active), slug)
}

// UpdateOrganisation lets the beheerder change an organisation's name,
// contact details and whether it is active.
func (s *Store) UpdateOrganisation(ctx context.Context, u *schakel.User, code, name, contact string, active bool) error {
	if err := requireRole(u, schakel.RoleBeheerder); err != nil {
		return err
	}
	name, err := cleanLabel("name", name)
	if err != nil {
		return err
	}
	if utf8.RuneCountInString(contact) > 500 {
		return schakel.Invalid(schakel.FieldError{Field: "contact", Message: "Te lang (ten hoogste 500 tekens)."})
	}
	return s.adminUpdate(ctx, u, "organisation", code, `UPDATE organisations SET name = ?, contact = ?, active = ? WHERE code = ?`, name, strings.TrimSpace(contact), b2i(active), code)
}

// SaveIndicator adds an indicator to the catalogue or changes one. Codes
// are stable: an existing code keeps its form.
func (s *Store) SaveIndicator(ctx context.Context, u *schakel.User, in schakel.Indicator) error {
	if err := requireRole(u, schakel.RoleBeheerder); err != nil {
		return err
	}
	var p schakel.Problems
	in.Code = strings.TrimSpace(in.Code)
	if !validCode(in.Code) {
		p.Add("code", "Gebruik alleen kleine letters, cijfers, punt en liggend streepje (ten hoogste 80 tekens).")
	}
	if !in.Form.Valid() {
		p.Add("form", "Kies een vorm van uitbuiting.")
	}
	in.Label, in.Source = strings.TrimSpace(in.Label), strings.TrimSpace(in.Source)
	if in.Label == "" || utf8.RuneCountInString(in.Label) > 300 {
		p.Add("label", "Vul een omschrijving in (ten hoogste 300 tekens).")
	}
	if in.Source == "" || utf8.RuneCountInString(in.Source) > 300 {
		p.Add("source", "Vermeld de bron (ten hoogste 300 tekens).")
	}
	if err := p.Err(); err != nil {
		return err
	}
	defer s.forgetCatalog()
	return internal("save indicator", s.db.inTx(ctx, func(tx querier) error {
		var form string
		err := tx.row(ctx, `SELECT form FROM indicators WHERE code = ?`, in.Code).Scan(&form)
		switch {
		case isNoRows(err):
			var pos int
			if err := tx.row(ctx, `SELECT COALESCE(MAX(position), 0) + 1 FROM indicators`).Scan(&pos); err != nil {
				return err
			}
			_, err = tx.exec(ctx, `INSERT INTO indicators (code, form, label, source, active, position) VALUES (?, ?, ?, ?, ?, ?)`,
				in.Code, string(in.Form), in.Label, in.Source, b2i(in.Active), pos)
			if err != nil {
				return err
			}
		case err != nil:
			return err
		case form != string(in.Form):
			return schakel.Invalid(schakel.FieldError{Field: "form", Message: "De vorm van een bestaande indicator ligt vast."})
		default:
			if _, err := tx.exec(ctx, `UPDATE indicators SET label = ?, source = ?, active = ? WHERE code = ?`, in.Label, in.Source, b2i(in.Active), in.Code); err != nil {
				return err
			}
		}
		return audit(ctx, tx, s.now(), u, "change", "indicator", in.Code)
	}))
}

// UpdateSector lets the beheerder rename a sector or set it (in)active.
func (s *Store) UpdateSector(ctx context.Context, u *schakel.User, code, label string, active bool) error {
	if err := requireRole(u, schakel.RoleBeheerder); err != nil {
		return err
	}
	label, err := cleanLabel("label", label)
	if err != nil {
		return err
	}
	return s.adminUpdate(ctx, u, "sector", code, `UPDATE sectors SET label = ?, active = ? WHERE code = ?`, label, b2i(active), code)
}

func (s *Store) adminUpdate(ctx context.Context, u *schakel.User, objType, id, stmt string, args ...any) error {
	defer s.forgetCatalog()
	return internal("update "+objType, s.db.inTx(ctx, func(tx querier) error {
		res, err := tx.exec(ctx, stmt, args...)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n != 1 {
			return notFound()
		}
		return audit(ctx, tx, s.now(), u, "change", objType, id)
	}))
}

func validCode(c string) bool {
	if c == "" || len(c) > 80 {
		return false
	}
	for _, r := range c {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '.' || r == '_') {
			return false
		}
	}
	return true
}

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
			rows, err := q.query(ctx, `SELECT id FROM cases WHERE signal_id = ? UNION ALL SELECT id FROM referrals WHERE signal_id = ?`, sid, sid)
			if err != nil {
				return "", nil, false, err
			}
			for rows.Next() {
				var id string
				if err := rows.Scan(&id); err != nil {
					rows.Close()
					return "", nil, false, err
				}
				objs = append(objs, id)
			}
			rows.Close()
		}
		where += ` AND a.object_id IN (` + paramList(len(objs)) + `)`
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

func paramList(n int) string { return strings.TrimSuffix(strings.Repeat("?, ", n), ", ") }

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
	rows, err := q.query(ctx, `SELECT a.id, a.at, a.user_id, COALESCE(u.name, ''), a.role, a.org, a.action, a.object_type, a.object_id, a.purpose
		FROM audit_log a LEFT JOIN users u ON u.id = a.user_id WHERE `+whereOrder, args...)
	if err != nil {
		return nil, nil, err
	}
	defer rows.Close()
	out := []AuditEntry{}
	var ids []string
	for rows.Next() {
		var e AuditEntry
		var id string
		if err := rows.Scan(&id, &e.At, &e.UserID, &e.UserName, &e.Role, &e.Org, &e.Action, &e.ObjectType, &e.ObjectID, &e.Purpose); err != nil {
			return nil, nil, err
		}
		out = append(out, e)
		ids = append(ids, id)
	}
	return out, ids, rows.Err()
}

// CountRows counts the rows of a table (for tests and operations).
func (db *DB) CountRows(ctx context.Context, table string) (int, error) {
	if !validCode(table) {
		return 0, schakel.Errorf(schakel.KindInvalid, "bad table name")
	}
	var n int
	err := db.reader().row(ctx, `SELECT COUNT(*) FROM `+table).Scan(&n)
	return n, err
}

// SignalSubjects returns what the policy needs of every signal (for tests
// that compare the list filter with the record check).
func (s *Store) SignalSubjects(ctx context.Context) (map[string]*schakel.Subject, error) {
	rows, err := s.db.reader().query(ctx, `SELECT id FROM signals`)
	if err != nil {
		return nil, err
	}
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return nil, err
		}
		ids = append(ids, id)
	}
	rows.Close()
	out := map[string]*schakel.Subject{}
	for _, id := range ids {
		sub, err := subject(ctx, s.db.reader(), id, "", s.now())
		if err != nil {
			return nil, err
		}
		out[id] = sub
	}
	return out, nil
}

// Gauges are the figures of the whole system for /metrics: no personal
// data, counts only.
type Gauges struct {
	OpenSignals      int
	OverdueSignals   int
	OverdueReferrals int
	OpenCases        int
	Jobs             map[string]int
}

// Gauges counts open and overdue work across the region.
func (s *Store) Gauges(ctx context.Context) (*Gauges, error) {
	q := s.db.reader()
	now := ts(s.now())
	var g Gauges
	err := q.row(ctx, `SELECT
		(SELECT COUNT(*) FROM signals WHERE status = 'new'),
		(SELECT COUNT(*) FROM signals WHERE status = 'new' AND triage_due < ?),
		(SELECT COUNT(*) FROM referrals WHERE status = 'sent' AND accept_due < ?),
		(SELECT COUNT(*) FROM cases WHERE status = 'open')`, now, now).Scan(&g.OpenSignals, &g.OverdueSignals, &g.OverdueReferrals, &g.OpenCases)
	if err != nil {
		return nil, internal("gauges", err)
	}
	if g.Jobs, err = s.JobStats(ctx); err != nil {
		return nil, internal("gauges", err)
	}
	return &g, nil
}
