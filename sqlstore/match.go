package sqlstore

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/schakel-nl/schakel"
)

// Person matching with keyed blind indexes. Each person with a name and a
// birth month is indexed under truncated HMACs of normal forms of them
// (schakel.PersonIndexValues), one derived key per index, under the index
// keyset, which is apart from the encryption keys. The truncation makes
// every index value shared by a few people by coincidence, so the index
// alone singles out no one; a lookup's candidates are opened and compared
// exactly (schakel.SamePerson) before anything is said.

var indexBits = schakel.IndexBits(schakel.ExpectedPersons)

// maxCandidates bounds the records one lookup opens: about three share an
// index value by coincidence; a person known in dozens of signals is
// reported from the newest fifty, which is plenty to know whom to call.
const maxCandidates = 50

// indexPerson writes the index rows of one person under the primary
// index key.
func (s *Store) indexPerson(b *batch, signalID, personID string, p schakel.Person) error {
	values := schakel.PersonIndexValues(p)
	if name := schakel.NameKey(p.Name); name != "" {
		values = maps.Clone(values)
		if values == nil {
			values = map[string]string{}
		}
		values[schakel.IndexName] = name
	}
	for idx, v := range values {
		keyID, value, err := s.keys.BlindIndexPrimary(idx, []byte(v), indexBits)
		if err != nil {
			return err
		}
		if err := b.exec(`INSERT INTO person_index (person_id, signal_id, idx, key_id, value) VALUES (?, ?, ?, ?, ?)`,
			personID, signalID, idx, int64(keyID), value); err != nil {
			return err
		}
	}
	return nil
}

// reindexSignal replaces the blind-index rows of a signal's persons with
// rows under the primary index key.
func (s *Store) reindexSignal(ctx context.Context, tx querier, signalID string, persons []personRow) error {
	if _, err := tx.exec(ctx, `DELETE FROM person_index WHERE signal_id = ?`, signalID); err != nil {
		return err
	}
	b := tx.batch(ctx)
	for _, p := range persons {
		if err := s.indexPerson(b, signalID, p.id, p.p); err != nil {
			return err
		}
	}
	return b.flush()
}

// personRow is a stored person with its ids, opened.
type personRow struct {
	id, signalID string
	p            schakel.Person
}

// personsOf loads the persons of a signal, checks their bindings and
// opens their names and birth dates.
func personsOf(kr *keyring, signalID string) ([]personRow, error) {
	type stored struct {
		b           *row
		name, birth string
	}
	rows, err := collect(kr.ctx, kr.q, `SELECT p.id, `+bindPersons.columns("p")+`, p.name, p.birth_date FROM persons p WHERE p.signal_id = ? ORDER BY p.position`,
		[]any{signalID}, func(r *stored) []any {
			r.b = newRow(bindPersons)
			return append(r.b.dests([]any{&r.b.id}, 2), &r.name, &r.birth)
		})
	if err != nil {
		return nil, err
	}
	out := make([]personRow, 0, len(rows))
	for _, r := range rows {
		if err := kr.verify(r.b, signalID); err != nil {
			return nil, err
		}
		pr := personRow{id: r.b.id, signalID: signalID, p: personOf(r.b)}
		pr.p.Name, pr.p.BirthDate = r.name, r.birth
		if err := kr.open(signalID, sealed{"persons.name", pr.id, &pr.p.Name}, sealed{"persons.birth_date", pr.id, &pr.p.BirthDate}); err != nil {
			return nil, err
		}
		out = append(out, pr)
	}
	return out, nil
}

// candidates finds the persons of other signals whose lookup index equals
// p's under any index key (during a rotation both old and new count).
// limit bounds how many (newest first); 0 for all.
func (s *Store) candidates(ctx context.Context, q querier, signalID string, p schakel.Person, limit int) ([]personRow, error) {
	v, ok := schakel.PersonIndexValues(p)[schakel.IndexNameMonth]
	if !ok {
		return nil, nil
	}
	byKey, err := s.keys.BlindIndex(schakel.IndexNameMonth, []byte(v), indexBits)
	if err != nil {
		return nil, err
	}
	var or []string
	args := []any{schakel.IndexNameMonth, signalID}
	for id, value := range byKey {
		or = append(or, `(key_id = ? AND value = ?)`)
		args = append(args, int64(id), value)
	}
	return collect(ctx, q, `SELECT DISTINCT person_id, signal_id FROM person_index WHERE idx = ? AND signal_id <> ? AND (`+strings.Join(or, " OR ")+`)
		ORDER BY signal_id DESC LIMIT ?`, append(args, cmp.Or(limit, math.MaxInt32)),
		func(r *personRow) []any { return []any{&r.id, &r.signalID} })
}

// sameAs is a person of another signal that a lookup confirmed: the
// blind index named it a candidate and the exact comparison agreed.
type sameAs struct {
	signalID string
	pos      int // its position among that signal's persons
	p        schakel.Person
}

// confirmed finds the persons of signals other than signalID that are p:
// blind-index candidates (at most limit, newest first; 0 for all), opened
// and compared exactly. With skipDamaged a record elsewhere that fails its
// integrity check is passed over (the fault is logged and `schakel check`
// lists it) instead of failing the whole lookup.
func (s *Store) confirmed(kr *keyring, signalID string, p schakel.Person, limit int, skipDamaged bool) ([]sameAs, error) {
	cands, err := s.candidates(kr.ctx, kr.q, signalID, p, limit)
	if err != nil {
		return nil, err
	}
	var out []sameAs
	for _, c := range cands {
		others, err := personsOf(kr, c.signalID)
		if skipDamaged && isIntegrity(err) {
			continue
		}
		if err != nil {
			return nil, err
		}
		for pos, o := range others {
			if o.id == c.id && schakel.SamePerson(p, o.p) {
				out = append(out, sameAs{signalID: c.signalID, pos: pos, p: o.p})
			}
		}
	}
	return out, nil
}

// personMatches tells, for each person of sg, where else in the region the
// same person is known and whom to contact.
func (s *Store) personMatches(ctx context.Context, q querier, u *schakel.User, sg *schakel.Signal) ([]schakel.PersonMatch, error) {
	kr := s.keyring(ctx, q)
	cat, err := s.catalogOn(ctx, q)
	if err != nil {
		return nil, err
	}
	var out []schakel.PersonMatch
	for i, p := range sg.Persons {
		same, err := s.confirmed(kr, sg.ID, p, maxCandidates, true)
		if err != nil {
			return nil, err
		}
		for _, o := range same {
			// Shown only where the viewer may read that person anyway;
			// of any other record the viewer learns nothing, not even
			// that it exists: its holder is told instead (personHits).
			now := s.now()
			sub, err := subject(ctx, q, o.signalID, u.ID, now)
			if err != nil {
				return nil, err
			}
			if f, _ := schakel.Access(u, sub, now); !f.Has(personField(o.p.Role)) {
				continue
			}
			m, err := holder(ctx, q, cat, o.signalID)
			if err != nil {
				return nil, err
			}
			m.Person = i
			m.SignalID = o.signalID
			if !slices.Contains(out, m) {
				out = append(out, m)
			}
		}
	}
	return out, nil
}

// personField is the class of detail a person of role r belongs to: what
// a viewer must be given to read that person, and so to be shown a match
// on them.
func personField(r schakel.PersonRole) schakel.Fields {
	if r == schakel.PersonSuspect {
		return schakel.FieldSuspects
	}
	return schakel.FieldVictims
}

// holder is who holds a signal: the process lead of its case, or the
// municipality that received it; the officer is the AF who triaged it or
// else an AF of that municipality.
func holder(ctx context.Context, q querier, cat *schakel.Catalog, signalID string) (schakel.PersonMatch, error) {
	var muni, lead, triagedBy string
	err := q.row(ctx, `SELECT s.municipality, COALESCE(c.process_lead, ''), COALESCE(s.triaged_by, '')
		FROM signals s LEFT JOIN cases c ON c.signal_id = s.id WHERE s.id = ?`, signalID).Scan(&muni, &lead, &triagedBy)
	if err != nil {
		return schakel.PersonMatch{}, err
	}
	m := schakel.PersonMatch{Organisation: lead}
	if lead == "" {
		m.Organisation = "gemeente-" + muni
	}
	m.OrgName = cat.Organisations[m.Organisation].Name
	m.OrgContact = cat.Organisations[m.Organisation].Contact
	m.Contact, m.ContactEmail, err = afContact(ctx, q, muni, triagedBy)
	return m, err
}

// afContact names the AF to contact about a signal of municipality muni:
// the one who triaged it (preferred), else an active AF there.
func afContact(ctx context.Context, q querier, muni, preferred string) (name, email string, err error) {
	err = q.row(ctx, `SELECT u.name, u.email FROM users u WHERE u.active = 1 AND (u.id = ? OR (u.role = ? AND EXISTS
		(SELECT 1 FROM user_municipalities um WHERE um.user_id = u.id AND um.municipality = ?)))
		ORDER BY CASE WHEN u.id = ? THEN 0 ELSE 1 END, u.name LIMIT 1`, preferred, string(schakel.RoleAF), muni, preferred).Scan(&name, &email)
	if isNoRows(err) {
		return "", "", nil
	}
	return name, email, err
}

// reindexPersons moves a batch of persons indexed under an old index key
// to the primary one, and queues itself again while any remain.
func reindexPersons(ctx context.Context, s *Store, tx querier, jobID string) error {
	if err := s.refreshKeysIn(ctx, tx); err != nil {
		return err
	}
	primary := int64(s.keys.IndexKeyID())
	signals, err := collect(ctx, tx, `SELECT DISTINCT signal_id FROM person_index WHERE key_id <> ? ORDER BY signal_id LIMIT ?`, []any{primary, rotationBatch}, one[string])
	if err != nil {
		return err
	}
	kr := s.keyring(ctx, tx)
	for _, sid := range signals {
		persons, err := personsOf(kr, sid)
		if err != nil {
			return fmt.Errorf("reindex %s: %w", sid, err)
		}
		if err := s.reindexSignal(ctx, tx, sid, persons); err != nil {
			return err
		}
	}
	if len(signals) == rotationBatch {
		return enqueue(ctx, tx, JobReindexPersons)
	}
	return nil
}

// DistinctVictims counts the victims the signals received in [from, to)
// name, counting one person named in several signals once: blind-index
// groups, confirmed by exact comparison. Victims without a name and birth
// date count each on their own. For the monitor; no user reads persons
// through it.
func (s *Store) DistinctVictims(ctx context.Context, from, to time.Time) (int, error) {
	q := s.db.reader()
	groups := map[string][]personRow{}
	n := 0
	err := eachRow(ctx, q, `SELECT p.id, p.signal_id, COALESCE(pi.value, '') FROM persons p JOIN signals s ON s.id = p.signal_id
		LEFT JOIN person_index pi ON pi.person_id = p.id AND pi.idx = ? AND pi.key_id = ?
		WHERE p.role = 'victim' AND s.received_at >= ? AND s.received_at < ? AND s.erased_at IS NULL`,
		[]any{schakel.IndexNameDate, int64(s.keys.IndexKeyID()), ts(from), ts(to)}, func(rows *sql.Rows) error {
			var r personRow
			var v string
			if err := rows.Scan(&r.id, &r.signalID, &v); err != nil {
				return err
			}
			if v == "" {
				n++
			} else {
				groups[v] = append(groups[v], r)
			}
			return nil
		})
	if err != nil {
		return 0, err
	}
	kr := s.keyring(ctx, q)
	for _, g := range groups {
		if len(g) == 1 {
			n++
			continue
		}
		seen := map[string]bool{}
		for _, r := range g {
			persons, err := personsOf(kr, r.signalID)
			if err != nil {
				return 0, err
			}
			for _, p := range persons {
				if p.id == r.id {
					seen[schakel.NameKey(p.p.Name)+"|"+p.p.BirthDate] = true
				}
			}
		}
		n += len(seen)
	}
	return n, nil
}
