package sqlstore

import (
	"context"
	"fmt"
	"time"

	"github.com/schakel-nl/schakel"
)

// Hits: when a new signal names a person already known in a record its
// AF may not read, the AF is told nothing and the holder of that record
// is told instead: a hit notice on the holder's own record, saying which
// municipality's AF to contact. The notice names no one the holder
// cannot already read, and nothing of the new signal but its
// municipality.

// hitBatch bounds the signals one run matches.
const hitBatch = 200

// personHits matches a batch of signals not matched yet, and queues
// itself again while any remain.
func personHits(ctx context.Context, s *Store, tx querier, jobID string) error {
	type unmatched struct{ id, muni string }
	batch, err := collect(ctx, tx, `SELECT id, municipality FROM signals WHERE matched_at IS NULL ORDER BY id LIMIT ?`, []any{hitBatch},
		func(r *unmatched) []any { return []any{&r.id, &r.muni} })
	if err != nil {
		return err
	}
	cat, err := s.catalogOn(ctx, tx)
	if err != nil {
		return err
	}
	kr := s.keyring(ctx, tx)
	now := s.now()
	for _, sg := range batch {
		if err := s.hitsOf(ctx, tx, kr, cat, now, sg.id, sg.muni); err != nil {
			return fmt.Errorf("hits of %s: %w", sg.id, err)
		}
		if _, err := tx.exec(ctx, `UPDATE signals SET matched_at = ? WHERE id = ?`, ts(now), sg.id); err != nil {
			return err
		}
	}
	if len(batch) == hitBatch {
		return enqueue(ctx, tx, JobPersonHits)
	}
	return nil
}

// hitsOf writes a hit for every record that names a person of signal id
// and that the AF of its municipality may not read.
func (s *Store) hitsOf(ctx context.Context, tx querier, kr *keyring, cat *schakel.Catalog, now time.Time, id, muni string) error {
	persons, err := personsOf(kr, id)
	if err != nil {
		return err
	}
	// The AF who will triage the signal: whatever that AF may read, the
	// signal's page shows (personMatches); the rest is the holder's.
	af := &schakel.User{ID: "af", Role: schakel.RoleAF, Municipalities: []string{muni}, Active: true}
	for _, p := range persons {
		same, err := s.confirmed(kr, id, p.p, 0, true)
		if err != nil {
			return err
		}
		for _, o := range same {
			sub, err := subject(ctx, tx, o.signalID, "", now)
			if err != nil {
				return err
			}
			if f, _ := schakel.Access(af, sub, now); sub.Erased || f.Has(personField(o.p.Role)) {
				continue
			}
			org, err := hitHolder(ctx, tx, cat, o.signalID, sub, o.p.Role, now)
			if err != nil {
				return err
			}
			if _, err := tx.exec(ctx, `INSERT INTO person_hits (id, holder_signal_id, holder_person, person_role, holder_org, new_signal_id, municipality, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (holder_signal_id, holder_person, new_signal_id) DO NOTHING`,
				NewID(), o.signalID, o.pos, string(o.p.Role), org, id, muni, ts(now)); err != nil {
				return err
			}
		}
	}
	return nil
}

// hitHolder is the organisation told of a hit on a person of role r in
// the signal sub: the record's holder (the process lead of its case, or
// its municipality) when its users may read that person, else the
// municipality, whose AF reads the whole signal (a suspect in a care
// case, which the care coordinator does not see).
func hitHolder(ctx context.Context, q querier, cat *schakel.Catalog, signalID string, sub *schakel.Subject, r schakel.PersonRole, now time.Time) (string, error) {
	m, err := holder(ctx, q, cat, signalID)
	if err != nil {
		return "", err
	}
	municipal := "gemeente-" + sub.Municipality
	if m.Organisation == municipal {
		return municipal, nil
	}
	role, ok := schakel.ReceiverRole(cat.Organisations[m.Organisation].Kind)
	member := &schakel.User{ID: "holder", Role: role, Org: m.Organisation, Active: true, Municipalities: []string{sub.Municipality}}
	if f, _ := schakel.Access(member, sub, now); ok && f.Has(personField(r)) {
		return m.Organisation, nil
	}
	return municipal, nil
}

// PersonHit tells the holder of a record that a person in it was named
// in a new signal elsewhere in the region, and whom to contact there.
type PersonHit struct {
	ID       string    `json:"id"`
	SignalID string    `json:"signal_id"` // the holder's own record
	CaseID   string    `json:"case_id,omitempty"`
	At       time.Time `json:"at"`
	// Person is the position of the person in the holder's record, with
	// their role and name as the holder may read them.
	Person       int                `json:"person"`
	PersonRole   schakel.PersonRole `json:"person_role"`
	PersonName   string             `json:"person_name"`
	Municipality string             `json:"municipality"` // where the new signal was received
	Contact      string             `json:"contact"`      // the AF to contact there
	ContactEmail string             `json:"contact_email,omitempty"`
}

// PersonHits returns the hit notices on records of u's organisation that
// u may read the person of, newest first, and records each as read.
func (s *Store) PersonHits(ctx context.Context, u *schakel.User) ([]PersonHit, error) {
	var out []PersonHit
	err := s.db.inTx(ctx, func(tx querier) error {
		var err error
		out, err = s.personHitsFor(ctx, tx, u, true)
		return err
	})
	return out, internal("person hits", err)
}

// PersonHitCount counts the hits PersonHits would show u, reading no
// person.
func (s *Store) PersonHitCount(ctx context.Context, u *schakel.User) (int, error) {
	hits, err := s.personHitsFor(ctx, s.db.reader(), u, false)
	return len(hits), internal("person hits", err)
}

// personHitsFor applies the one access check to every hit of u's
// organisation: a hit shows only while u may read that person of the
// holder's record. With open, the person's name is opened and the read
// audited.
func (s *Store) personHitsFor(ctx context.Context, q querier, u *schakel.User, open bool) ([]PersonHit, error) {
	if u == nil || !u.Active {
		return nil, nil
	}
	type row struct {
		PersonHit
		at, role string
	}
	rows, err := collect(ctx, q, `SELECT h.id, h.holder_signal_id, COALESCE(c.id, ''), h.created_at, h.holder_person, h.person_role, h.municipality
		FROM person_hits h LEFT JOIN cases c ON c.signal_id = h.holder_signal_id WHERE h.holder_org = ? ORDER BY h.created_at DESC, h.id DESC LIMIT 200`,
		[]any{u.Org}, func(r *row) []any {
			return []any{&r.ID, &r.SignalID, &r.CaseID, &r.at, &r.Person, &r.role, &r.Municipality}
		})
	if err != nil {
		return nil, err
	}
	now := s.now()
	kr := s.keyring(ctx, q)
	var out []PersonHit
	for _, r := range rows {
		h := r.PersonHit
		h.At, h.PersonRole = parseTS(r.at), schakel.PersonRole(r.role)
		sub, err := subject(ctx, q, h.SignalID, u.ID, now)
		if isNotFound(err) {
			continue
		}
		if err != nil {
			return nil, err
		}
		// Those who work on the record (see its handling) and may read
		// that person; not its reporter.
		f, purposes := schakel.Access(u, sub, now)
		if sub.Erased || !f.Has(schakel.FieldHandling|personField(h.PersonRole)) {
			continue
		}
		if open {
			persons, err := personsOf(kr, h.SignalID)
			if err != nil {
				return nil, err
			}
			if h.Person < len(persons) {
				h.PersonName = persons[h.Person].p.Name
			}
			if h.Contact, h.ContactEmail, err = afContact(ctx, q, h.Municipality, ""); err != nil {
				return nil, err
			}
			if err := audit(ctx, q, now, u, "view", "hit", h.ID, purposes...); err != nil {
				return nil, err
			}
		}
		out = append(out, h)
	}
	return out, nil
}
