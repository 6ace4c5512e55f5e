package sqlstore

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/schakel-nl/schakel"
)

// CreateSignal validates and stores a new signal from u, with its persons,
// its first timeline event and the audit line, in one transaction.
func (s *Store) CreateSignal(ctx context.Context, u *schakel.User, in schakel.SignalInput) (*schakel.Signal, error) {
	if !u.Role.MayReport() {
		return nil, forbidden("Uw rol kan geen signalen melden.")
	}
	cat, err := s.Catalog(ctx)
	if err != nil {
		return nil, err
	}
	now := s.now()
	if err := in.Validate(now, cat); err != nil {
		return nil, err
	}
	id := NewID()
	var created *schakel.Signal
	err = s.db.inTx(ctx, func(tx querier) error {
		dk, err := s.keyring(ctx, tx).create(id)
		if err != nil {
			return err
		}
		seal := func(column, row, v string) string { return dk.Seal(sealAD(column, row), v) }
		due := ts(schakel.AddWorkingDays(now, s.Deadlines.TriageDays))
		hasMinor := schakel.HasMinorVictim(in.Persons)
		// The binding of the row as it is inserted, from the values
		// themselves: no second read.
		bound := newRow(bindSignals)
		bound.id = id
		bound.set("municipality", in.Municipality).set("observed_on", in.ObservedOn).set("forms", joinCodes(in.Forms)).
			set("indicators", joinCodes(in.Indicators)).set("sector", in.Sector).set("acute", in.AcuteDanger).set("reported_by", u.ID).
			set("received_at", ts(now)).set("triage_due", due).set("status", string(schakel.SignalNew)).set("has_minor", hasMinor).
			set("route", "").set("notify", "").set("triaged_at", nil).set("triaged_by", nil).set("needs_decision", false).
			set("legal_hold", false).set("erased_at", nil).set("version", 1)
		_, err = tx.exec(ctx, `INSERT INTO signals (id, municipality, observed_on, forms, indicators, sector, acute, account,
			reporter_name, reporter_org, reporter_phone, reporter_email, reported_by, received_at, triage_due, status, has_minor, row_mac)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			id, in.Municipality, in.ObservedOn, joinCodes(in.Forms), joinCodes(in.Indicators), in.Sector, b2i(in.AcuteDanger), seal("signals.account", id, in.Account),
			seal("signals.reporter_name", id, in.Reporter.Name), seal("signals.reporter_org", id, in.Reporter.Organisation),
			seal("signals.reporter_phone", id, in.Reporter.Phone), seal("signals.reporter_email", id, in.Reporter.Email), u.ID, ts(now),
			due, string(schakel.SignalNew), b2i(hasMinor), dk.Bind(bound.msg()))
		if err != nil {
			return err
		}
		for i, p := range in.Persons {
			var age sql.NullInt64
			if p.EstimatedAge != nil {
				age = sql.NullInt64{Int64: int64(*p.EstimatedAge), Valid: true}
			}
			pid := NewID()
			pb := newRow(bindPersons)
			pb.id = pid
			pb.set("signal_id", id).set("position", i).set("role", string(p.Role)).set("estimated_age", age).set("gender", p.Gender).
				set("nationality", p.Nationality).set("residence_status", p.ResidenceStatus).set("minor", p.Minor)
			if _, err := tx.exec(ctx, `INSERT INTO persons (id, signal_id, position, role, name, birth_date, estimated_age, gender, nationality, residence_status, contact, minor, row_mac)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
				pid, id, i, string(p.Role), seal("persons.name", pid, p.Name), seal("persons.birth_date", pid, p.BirthDate), age,
				p.Gender, p.Nationality, p.ResidenceStatus, seal("persons.contact", pid, p.Contact), b2i(p.Minor), dk.Bind(pb.msg())); err != nil {
				return err
			}
			if err := s.indexPerson(ctx, tx, id, pid, p); err != nil {
				return err
			}
		}
		if err := event(ctx, tx, now, u, id, schakel.EventReceived, in.Municipality); err != nil {
			return err
		}
		if err := audit(ctx, tx, now, u, "create", "signal", id, "own_report"); err != nil {
			return err
		}
		// Answer with what the reporter may see of what was stored: the
		// validated input, as a read would give it back (no second read
		// and decryption of what was just written).
		created = storedSignal(id, u, in, now, s.Deadlines)
		f, _ := schakel.Access(u, &schakel.Subject{Municipality: in.Municipality, ReportedBy: u.ID})
		filterSignal(created, f)
		return nil
	})
	if err != nil {
		return nil, internal("create signal", err)
	}
	return created, nil
}

// storedSignal is the signal CreateSignal stores from validated input, as
// loadSignal would read it back.
func storedSignal(id string, u *schakel.User, in schakel.SignalInput, now time.Time, d schakel.Deadlines) *schakel.Signal {
	received := parseTS(ts(now))
	due := parseTS(ts(schakel.AddWorkingDays(now, d.TriageDays)))
	acute := in.AcuteDanger
	rep := in.Reporter
	sg := &schakel.Signal{ID: id, Status: schakel.SignalNew, Municipality: in.Municipality, ObservedOn: in.ObservedOn,
		Forms: slices.Clone(in.Forms), ReceivedAt: received, Urgent: acute, AcuteDanger: &acute, HasMinor: schakel.HasMinorVictim(in.Persons),
		Indicators: slices.Clone(in.Indicators), Sector: in.Sector, Account: in.Account, Reporter: &rep, ReportedBy: u.ID,
		TriageDue: &due, Overdue: false, Notify: []schakel.Notify{}, Version: 1, Persons: slices.Clone(in.Persons)}
	if len(sg.Indicators) == 0 {
		sg.Indicators = nil
	}
	return sg
}

// signalColumns are a signal's id, its bound columns and binding
// (bindSignals), its sealed columns, its record's wrapped key (so that a
// list checks its rows' bindings without a query per row) and its case.
var signalColumns = `s.id, ` + bindSignals.columns("s") + `, s.account, s.reporter_name, s.reporter_org, s.reporter_phone, s.reporter_email, s.rationale, ` +
	recordKeyColumn("s.id") + `, COALESCE((SELECT c.id FROM cases c WHERE c.signal_id = s.id), '') AS case_id`

// signalListColumns are signalColumns without the free text, the reporter
// and the wrapped key: list rows never show or open them, and the page
// query need not carry them.
var signalListColumns = strings.NewReplacer("s.account, s.reporter_name, s.reporter_org, s.reporter_phone, s.reporter_email, s.rationale,",
	"'' AS account, '' AS reporter_name, '' AS reporter_org, '' AS reporter_phone, '' AS reporter_email, '' AS rationale,",
	recordKeyColumn("s.id"), "NULL").Replace(signalColumns)

// scanSignal reads a row of signalColumns; the row and the wrapped key it
// returns are for checking the signal's binding.
func (s *Store) scanSignal(sc interface{ Scan(...any) error }) (*schakel.Signal, *row, sql.NullString, error) {
	var sg schakel.Signal
	var rep schakel.Reporter
	var wrapped sql.NullString
	b := newRow(bindSignals)
	dest := append(b.dests([]any{&sg.ID}, 10), &sg.Account, &rep.Name, &rep.Organisation, &rep.Phone, &rep.Email, &sg.Rationale, &wrapped, &sg.CaseID)
	if err := sc.Scan(dest...); err != nil {
		return nil, nil, wrapped, err
	}
	b.id = sg.ID
	sg.Status = schakel.SignalStatus(b.str("status"))
	sg.Municipality = b.str("municipality")
	sg.ObservedOn = b.str("observed_on")
	sg.Forms = splitCodes[schakel.Form](b.str("forms"))
	sg.ReceivedAt = parseTS(b.str("received_at"))
	sg.Urgent = b.flag("acute")
	sg.AcuteDanger = &sg.Urgent
	sg.HasMinor = b.flag("has_minor")
	sg.Indicators = schakel.SplitCodes(b.str("indicators"))
	sg.Sector = b.str("sector")
	sg.Reporter = &rep
	sg.ReportedBy = b.str("reported_by")
	d := parseTS(b.str("triage_due"))
	sg.TriageDue = &d
	sg.Overdue = sg.Status == schakel.SignalNew && s.now().After(d)
	sg.Route = schakel.Route(b.str("route"))
	sg.Notify = splitCodes[schakel.Notify](b.str("notify"))
	sg.TriagedAt = parseTSPtr(b.null("triaged_at"))
	sg.NeedsDecision = b.flag("needs_decision")
	sg.Version = b.int("version")
	sg.ErasedAt, sg.LegalHold = parseTSPtr(b.null("erased_at")), b.flag("legal_hold")
	return &sg, b, wrapped, nil
}

// subject loads what the policy needs to know about a signal.
// viewerID names the user whose emergency access counts ("" for none).
func subject(ctx context.Context, q querier, signalID, viewerID string, now time.Time) (*schakel.Subject, error) {
	if !wellFormedID(signalID) {
		return nil, notFound()
	}
	var sub schakel.Subject
	var route string
	var esc int
	var erased, glass sql.NullString
	err := q.row(ctx, `SELECT s.municipality, s.route, s.reported_by,
		COALESCE((SELECT c.escalated FROM cases c WHERE c.signal_id = s.id), 0), s.erased_at,
		(SELECT MAX(b.expires_at) FROM break_glass b WHERE b.signal_id = s.id AND b.user_id = ? AND b.expires_at > ?)
		FROM signals s WHERE s.id = ?`, viewerID, ts(now), signalID).Scan(&sub.Municipality, &route, &sub.ReportedBy, &esc, &erased, &glass)
	absent := isNoRows(err)
	if err != nil && !absent {
		return nil, err
	}
	sub.Route = schakel.Route(route)
	sub.Escalated = esc == 1
	sub.Erased = erased.Valid
	sub.BreakGlass = parseTSPtr(glass)
	// Asked also for an absent signal: an absent record costs the same
	// queries as one that is there.
	rows, err := q.query(ctx, `SELECT DISTINCT to_org, status FROM referrals WHERE signal_id = ?`, signalID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var org, status string
		if err := rows.Scan(&org, &status); err != nil {
			return nil, err
		}
		switch schakel.ReferralStatus(status) {
		case schakel.ReferralSent, schakel.ReferralAccepted:
			sub.ReferredTo = append(sub.ReferredTo, org)
		default:
			sub.FormerlyReferredTo = append(sub.FormerlyReferredTo, org)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if absent {
		return nil, notFound()
	}
	return &sub, nil
}

// authorize is the one gate every read of a signal, its case or its
// referrals passes: it applies the policy, records a denial of an existing
// record and an attempt on an absent one in the audit trail alike, and
// answers not-found for both.
func (s *Store) authorize(ctx context.Context, tx querier, u *schakel.User, objType, objID, signalID string) (schakel.Fields, []string, *schakel.Subject, error) {
	sub, err := subject(ctx, tx, signalID, u.ID, s.now())
	if isNotFound(err) {
		return 0, nil, nil, s.absent(ctx, tx, u, objType, objID)
	}
	if err != nil {
		return 0, nil, nil, err
	}
	f, purposes := schakel.Access(u, sub)
	if f == 0 {
		return 0, nil, nil, s.deny(ctx, tx, u, objType, objID)
	}
	return f, purposes, sub, nil
}

// errDenied rolls back the caller's work but keeps the audit line of a
// denial or of an attempt on an absent record: callers commit on it and
// then answer not found.
var errDenied = &schakel.Error{Kind: schakel.KindNotFound, Message: schakel.ErrNotFound.Message}

// deny records a denied attempt on an existing record.
func (s *Store) deny(ctx context.Context, tx querier, u *schakel.User, objType, objID string) error {
	if err := audit(ctx, tx, s.now(), u, "denied", objType, objID); err != nil {
		return err
	}
	return errDenied
}

// absent records an attempt on a record that is not there exactly as a
// denial is recorded: one audit line of the same shape, committed the
// same way. Denied and absent then cost the same work and time, so how
// long the answer takes does not tell whether the record exists.
func (s *Store) absent(ctx context.Context, tx querier, u *schakel.User, objType, objID string) error {
	if err := audit(ctx, tx, s.now(), u, "not_found", objType, recordedID(objID)); err != nil {
		return err
	}
	return errDenied
}

func isNotFound(err error) bool { return err != nil && errors.Is(err, schakel.ErrNotFound) }

// wellFormedID reports whether id can be a record id (NewID's form, with
// room for other short codes): anything else is absent without a query.
func wellFormedID(id string) bool {
	if id == "" || len(id) > 64 {
		return false
	}
	for _, c := range id {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}

// recordedID is the object id an audit line keeps of an attempt: the id as
// asked when it can be one, else a mark (a path can carry anything).
func recordedID(id string) string {
	if wellFormedID(id) {
		return id
	}
	return "(invalid)"
}

// inTxAudited is inTx for calls that may be denied: on a denial the audit
// line is committed and the caller still gets not found.
func (s *Store) inTxAudited(ctx context.Context, fn func(tx querier) error) error {
	var denied bool
	err := s.db.inTx(ctx, func(tx querier) error {
		err := fn(tx)
		if err == errDenied {
			denied = true
			return nil
		}
		return err
	})
	if err == nil && denied {
		return notFound()
	}
	return internal("tx", err)
}

// Signal returns one signal with the fields u may see, and records the view.
func (s *Store) Signal(ctx context.Context, u *schakel.User, id string) (*schakel.Signal, error) {
	var sg *schakel.Signal
	err := s.inTxAudited(ctx, func(tx querier) error {
		f, purposes, sub, err := s.authorize(ctx, tx, u, "signal", id, id)
		if err != nil {
			return err
		}
		if !f.Has(schakel.FieldStatus) {
			// An organisation whose referral ended keeps its own work,
			// not the signal.
			return s.deny(ctx, tx, u, "signal", id)
		}
		sg, err = s.loadSignal(ctx, tx, id)
		if err != nil {
			return err
		}
		filterSignal(sg, f)
		if slices.Contains(purposes, schakel.PurposeBreakGlass) {
			sg.BreakGlassUntil = sub.BreakGlass
		}
		if schakel.MayTriage(u, sg.Municipality) && sg.Status == schakel.SignalNew {
			sg.Suggestions = schakel.SuggestNotifications(sg.Forms, sg.Persons, sg.Urgent)
		}
		if f&(schakel.FieldVictims|schakel.FieldSuspects|schakel.FieldReporter|schakel.FieldContent) != 0 {
			return audit(ctx, tx, s.now(), u, "view", "signal", id, purposes...)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	// Matching only reads: after the view is recorded, outside the write
	// transaction, so that it does not hold SQLite's one writer.
	if schakel.MayTriage(u, sg.Municipality) {
		if sg.Matches, err = s.personMatches(ctx, s.db.reader(), u, sg); err != nil {
			return nil, internal("person matches", err)
		}
	}
	return sg, nil
}

// loadSignal reads a signal and its persons, checks their bindings and
// opens their sealed fields.
func (s *Store) loadSignal(ctx context.Context, q querier, id string) (*schakel.Signal, error) {
	sg, b, wrapped, err := s.scanSignal(q.row(ctx, `SELECT `+signalColumns+` FROM signals s WHERE s.id = ?`, id))
	if isNoRows(err) {
		return nil, notFound()
	}
	if err != nil {
		return nil, err
	}
	kr := s.keyring(ctx, q)
	if err := kr.preload(id, wrapped, sg.ErasedAt != nil); err != nil {
		return nil, err
	}
	if err := kr.verify(b, id); err != nil {
		return nil, err
	}
	type personRow struct {
		b                    *row
		name, birth, contact string
	}
	prs, err := collect(ctx, q, `SELECT p.id, `+bindPersons.columns("p")+`, p.name, p.birth_date, p.contact FROM persons p WHERE p.signal_id = ? ORDER BY p.position`,
		[]any{id}, func(r *personRow) []any {
			r.b = newRow(bindPersons)
			return append(r.b.dests([]any{&r.b.id}, 3), &r.name, &r.birth, &r.contact)
		})
	if err != nil {
		return nil, err
	}
	for _, r := range prs {
		if err := kr.verify(r.b, id); err != nil {
			return nil, err
		}
		p := personOf(r.b)
		p.Name, p.BirthDate, p.Contact = r.name, r.birth, r.contact
		if err := kr.open(id, sealed{"persons.name", r.b.id, &p.Name}, sealed{"persons.birth_date", r.b.id, &p.BirthDate},
			sealed{"persons.contact", r.b.id, &p.Contact}); err != nil {
			return nil, err
		}
		sg.Persons = append(sg.Persons, p)
	}
	r := sg.Reporter
	if err := kr.open(id, sealed{"signals.account", id, &sg.Account}, sealed{"signals.rationale", id, &sg.Rationale},
		sealed{"signals.reporter_name", id, &r.Name}, sealed{"signals.reporter_org", id, &r.Organisation},
		sealed{"signals.reporter_phone", id, &r.Phone}, sealed{"signals.reporter_email", id, &r.Email}); err != nil {
		return nil, err
	}
	return sg, nil
}

// personOf is the unsealed part of a person, from its bound row.
func personOf(b *row) schakel.Person {
	p := schakel.Person{Role: schakel.PersonRole(b.str("role")), Gender: b.str("gender"), Nationality: b.str("nationality"),
		ResidenceStatus: b.str("residence_status"), Minor: b.flag("minor")}
	if age := b.null("estimated_age"); age.Valid {
		a := b.int("estimated_age")
		p.EstimatedAge = &a
	}
	return p
}

// filterSignal blanks whatever f does not allow.
func filterSignal(sg *schakel.Signal, f schakel.Fields) {
	sg.Visible = f
	if !f.Has(schakel.FieldContent) {
		sg.Indicators, sg.Sector, sg.AcuteDanger = nil, "", nil
	}
	if f.Has(schakel.FieldVictims) {
		// Say what free text exists but is held back from this role, so
		// that it knows to ask the AF.
		if !f.Has(schakel.FieldAccount) && sg.Account != "" {
			sg.Withheld = append(sg.Withheld, "account")
		}
		if !f.Has(schakel.FieldNotes) && f.Has(schakel.FieldHandling) {
			sg.Withheld = append(sg.Withheld, "notes")
		}
	}
	if !f.Has(schakel.FieldAccount) {
		sg.Account = ""
	}
	if !f.Has(schakel.FieldReporter) {
		sg.Reporter = nil
	}
	var persons []schakel.Person
	for _, p := range sg.Persons {
		if (p.Role == schakel.PersonVictim && f.Has(schakel.FieldVictims)) || (p.Role == schakel.PersonSuspect && f.Has(schakel.FieldSuspects)) {
			persons = append(persons, p)
		}
	}
	sg.Persons = persons
	if !f.Has(schakel.FieldVictims) {
		sg.HasMinor = false
	}
	if !f.Has(schakel.FieldHandling) {
		sg.TriageDue, sg.Overdue, sg.Route, sg.Notify, sg.TriagedAt, sg.CaseID, sg.NeedsDecision = nil, false, "", nil, nil, "", false
	}
	if !f.Has(schakel.FieldNotes) {
		sg.Rationale = ""
	}
}

// SignalFilter selects signals for a list.
type SignalFilter struct {
	schakel.Paging
	Status       string
	Municipality string
	Overdue      bool
	Sort         string // urgent (default), oldest, newest, municipality
}

// SignalSorts are the orders a signal list offers.
var SignalSorts = []string{schakel.SortUrgent, schakel.SortOldest, schakel.SortNewest, schakel.SortMunicipality}

// Signals lists the signals u may see, urgent first, then oldest. Rows
// carry no personal data, so a list is not a view of a person.
func (s *Store) Signals(ctx context.Context, u *schakel.User, f SignalFilter) (*schakel.Page[schakel.Signal], error) {
	filter := []string{f.Status, f.Municipality, strconv.FormatBool(f.Overdue), f.Sort}
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
	handling, hargs := schakel.AccessSQL(u, schakel.FieldHandling)
	victims, vargs := schakel.AccessSQL(u, schakel.FieldVictims)
	l := listSQL{
		From:      "signals s",
		Grants:    schakel.AccessSQLGrants(u, schakel.FieldStatus),
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
	for rows.Next() {
		var it listed
		if it.sg, it.b, _, err = s.scanSignal(scanTail{rows, []any{&it.h, &it.v}}); err != nil {
			rows.Close()
			return nil, internal("list signals", err)
		}
		items = append(items, it)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
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

// scanTail scans extra columns after those a scanner function knows.
type scanTail struct {
	rows  *sql.Rows
	extra []any
}

func (t scanTail) Scan(dest ...any) error { return t.rows.Scan(append(dest, t.extra...)...) }

// TriageResult is what a triage decision produced.
type TriageResult struct {
	Signal    *schakel.Signal    `json:"signal"`
	CaseID    *string            `json:"case_id"`
	Referrals []schakel.Referral `json:"referrals"`
}

// Triage records the AF's decision on a new signal, opens the case and
// sends the referrals the routing rules ask for, all in one transaction. A
// signal is triaged once: a second decision is a conflict.
func (s *Store) Triage(ctx context.Context, u *schakel.User, id string, d schakel.TriageDecision) (*TriageResult, error) {
	cat, err := s.Catalog(ctx)
	if err != nil {
		return nil, err
	}
	now := s.now()
	var caseID string
	err = s.inTxAudited(ctx, func(tx querier) error {
		_, _, sub, err := s.authorize(ctx, tx, u, "signal", id, id)
		if err != nil {
			return err
		}
		if !schakel.MayTriage(u, sub.Municipality) {
			return forbidden("Alleen de aandachtsfunctionaris van de gemeente beoordeelt dit signaal.")
		}
		if sub.Route != "" {
			return triagedConflict(ctx, tx, id)
		}
		if err := d.Validate(); err != nil {
			return err
		}
		kr := s.keyring(ctx, tx)
		rationale, err := kr.seal(id, "signals.rationale", id, d.Rationale)
		if err != nil {
			return err
		}
		status := schakel.SignalTriaged
		if d.Route == schakel.RouteNone {
			status = schakel.SignalClosed
		}
		res, err := kr.update(bindSignals, id, `UPDATE signals SET status = ?, route = ?, notify = ?, rationale = ?, triaged_at = ?, triaged_by = ?, version = version + 1
			WHERE id = ? AND route = ''`, string(status), string(d.Route), joinCodes(d.Notify), rationale, ts(now), u.ID, id)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n != 1 {
			return triagedConflict(ctx, tx, id)
		}
		if err := event(ctx, tx, now, u, id, schakel.EventTriaged, string(d.Route)); err != nil {
			return err
		}
		if err := audit(ctx, tx, now, u, "triage", "signal", id, "triage_and_case"); err != nil {
			return err
		}
		plan := schakel.PlanTriage(d, cat.Municipalities[sub.Municipality])
		if !plan.OpensCase {
			return nil
		}
		caseID = NewID()
		if _, err := tx.exec(ctx, `INSERT INTO cases (id, signal_id, municipality, route, process_lead, status, opened_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
			caseID, id, sub.Municipality, string(d.Route), plan.ProcessLead, string(schakel.CaseOpen), ts(now)); err != nil {
			return err
		}
		if err := kr.rebind(bindCases, caseID); err != nil {
			return err
		}
		if err := event(ctx, tx, now, u, id, schakel.EventCaseOpened, plan.ProcessLead); err != nil {
			return err
		}
		for _, r := range plan.Referrals {
			field := "notify"
			if r.To == plan.ProcessLead || r.Purpose == schakel.PurposeCare {
				field = "route"
			}
			if err := addressable(cat, field, r.To, d.Route, sub.Municipality); err != nil {
				return err
			}
			if err := s.sendReferral(ctx, tx, u, now, caseID, id, r.To, r.Purpose, ""); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	out := &TriageResult{Referrals: []schakel.Referral{}}
	if out.Signal, err = s.Signal(ctx, u, id); err != nil {
		return nil, err
	}
	if caseID != "" {
		out.CaseID = &caseID
		refs, err := s.referralsOf(ctx, s.db.reader(), id, schakel.FieldsAll, u.Org)
		if err != nil {
			return nil, internal("triage", err)
		}
		out.Referrals = refs
	}
	return out, nil
}

// triagedConflict says who triaged the signal first, and how.
func triagedConflict(ctx context.Context, tx querier, id string) error {
	var status, route, by string
	var at sql.NullString
	err := tx.row(ctx, `SELECT s.status, s.route, s.triaged_at, COALESCE(u.name, '') FROM signals s LEFT JOIN users u ON u.id = s.triaged_by WHERE s.id = ?`, id).
		Scan(&status, &route, &at, &by)
	if err != nil {
		return err
	}
	e := schakel.Errorf(schakel.KindConflict, "Dit signaal is al beoordeeld door %s.", by)
	e.Current = map[string]any{"status": status, "route": route, "triaged_at": parseTSPtr(at), "triaged_by": by}
	return e
}

// addressable refuses a referral its addressee could never see or answer
// (schakel.MayAddress): an organisation that receives none, serves
// another region, or whose role has no access to the route; the error
// names the organisation, in field.
func addressable(cat *schakel.Catalog, field, to string, r schakel.Route, municipality string) error {
	org, ok := cat.Organisations[to]
	if ok && schakel.MayAddress(org, r, cat.Municipalities[municipality]) {
		return nil
	}
	if !ok {
		return schakel.Invalid(schakel.FieldError{Field: field, Message: "Onbekende organisatie; kies een organisatie die doorverwijzingen ontvangt."})
	}
	return schakel.Invalid(schakel.FieldError{Field: field,
		Message: fmt.Sprintf("%s kan deze casus niet ontvangen: die organisatie kan een casus van deze route en gemeente niet inzien. Kies een andere organisatie.", org.Name)})
}

func (s *Store) sendReferral(ctx context.Context, tx querier, u *schakel.User, t time.Time, caseID, signalID, to, purpose, note string) error {
	id := NewID()
	kr := s.keyring(ctx, tx)
	note, err := kr.seal(signalID, "referrals.note", id, note)
	if err != nil {
		return err
	}
	_, err = tx.exec(ctx, `INSERT INTO referrals (id, case_id, signal_id, to_org, purpose, status, sent_at, accept_due, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		id, caseID, signalID, to, purpose, string(schakel.ReferralSent), ts(t), ts(schakel.AddWorkingDays(t, s.Deadlines.AcceptDays)), note)
	if err != nil {
		return err
	}
	if err := kr.rebind(bindReferrals, id); err != nil {
		return err
	}
	return event(ctx, tx, t, u, signalID, schakel.EventReferralSent, to)
}
