package sqlstore

import (
	"context"
	"database/sql"
	"slices"
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
	year := numberYear(now)
	if err := s.db.ensureNumbers(ctx, kindSignal, year); err != nil {
		return nil, internal("create signal", err)
	}
	var created *schakel.Signal
	var number string
	// The rows of the signal go out as one statement: one round trip on
	// PostgreSQL.
	err = s.db.inStatement(ctx, func(tx querier, b *batch) error {
		kr := s.keyring(ctx, tx)
		kr.w = b
		dk, err := kr.create(id)
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
		pre, preArgs, numberExpr, numberArgs := s.db.numberSQL(kindSignal, year)
		if pre != "" {
			if err := b.exec(pre, preArgs...); err != nil {
				return err
			}
		}
		err = b.returning(&number, `INSERT INTO signals (id, municipality, observed_on, forms, indicators, sector, acute, account,
			reporter_name, reporter_org, reporter_phone, reporter_email, reported_by, received_at, triage_due, status, has_minor, row_mac, number)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, `+numberExpr+`) RETURNING number`,
			append([]any{id, in.Municipality, in.ObservedOn, joinCodes(in.Forms), joinCodes(in.Indicators), in.Sector, b2i(in.AcuteDanger), seal("signals.account", id, in.Account),
				seal("signals.reporter_name", id, in.Reporter.Name), seal("signals.reporter_org", id, in.Reporter.Organisation),
				seal("signals.reporter_phone", id, in.Reporter.Phone), seal("signals.reporter_email", id, in.Reporter.Email), u.ID, ts(now),
				due, string(schakel.SignalNew), b2i(hasMinor), dk.Bind(bound.msg())}, numberArgs...)...)
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
			if err := b.exec(`INSERT INTO persons (id, signal_id, position, role, name, birth_date, estimated_age, gender, nationality, residence_status, contact, minor, row_mac)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
				pid, id, i, string(p.Role), seal("persons.name", pid, p.Name), seal("persons.birth_date", pid, p.BirthDate), age,
				p.Gender, p.Nationality, p.ResidenceStatus, seal("persons.contact", pid, p.Contact), b2i(p.Minor), dk.Bind(pb.msg())); err != nil {
				return err
			}
			if err := s.indexPerson(b, id, pid, p); err != nil {
				return err
			}
		}
		if err := b.exec(eventInsert, eventArgs(now, u, id, schakel.EventReceived, in.Municipality)...); err != nil {
			return err
		}
		if err := b.exec(auditInsert, auditArgs(now, u, "create", "signal", id, "own_report")...); err != nil {
			return err
		}
		// Answer with what the reporter may see of what was stored: the
		// validated input, as a read would give it back (no second read
		// and decryption of what was just written).
		created = storedSignal(id, u, in, now, s.Deadlines)
		f, _ := schakel.Access(u, &schakel.Subject{Municipality: in.Municipality, ReportedBy: u.ID}, now)
		filterSignal(created, f)
		return nil
	})
	if err != nil {
		return nil, internal("create signal", err)
	}
	created.Number = number
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

// The sealed columns of a signal, and the blanks a list row has in their
// place: list rows never show the free text or the reporter.
const (
	signalSealed = `s.account, s.reporter_name, s.reporter_org, s.reporter_phone,
		s.reporter_email, s.rationale`
	signalSealedBlank = `'' AS account, '' AS reporter_name, '' AS reporter_org, '' AS reporter_phone,
		'' AS reporter_email, '' AS rationale`
	signalCase = `COALESCE((SELECT c.id FROM cases c WHERE c.signal_id = s.id), '') AS case_id`
)

// signalColumns are a signal's id, its bound columns and binding
// (bindSignals), its sealed columns, its record's wrapped key (so that a
// list checks its rows' bindings without a query per row) and its case.
var signalColumns = signalRow(signalSealed, recordKeyColumn("s.id"))

// signalListColumns are signalColumns without the free text, the reporter
// and the wrapped key: list rows never show or open them, and the page
// query need not carry them.
var signalListColumns = signalRow(signalSealedBlank, "NULL")

func signalRow(sealed, wrappedKey string) string {
	return `s.id, ` + bindSignals.columns("s") + `, ` + sealed + `, ` + wrappedKey + `, ` + signalCase + `, COALESCE(s.number, '')`
}

// scanSignal reads a row of signalColumns; the row and the wrapped key it
// returns are for checking the signal's binding.
func (s *Store) scanSignal(sc interface{ Scan(...any) error }) (*schakel.Signal, *row, sql.NullString, error) {
	var sg schakel.Signal
	var rep schakel.Reporter
	var wrapped sql.NullString
	b := newRow(bindSignals)
	dest := append(b.dests([]any{&sg.ID}, 10), &sg.Account, &rep.Name, &rep.Organisation, &rep.Phone, &rep.Email, &sg.Rationale, &wrapped, &sg.CaseID, &sg.Number)
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
