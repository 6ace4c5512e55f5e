package sqlstore

import (
	"context"
	"regexp"
	"strconv"
	"strings"

	"github.com/schakel-nl/schakel"
)

// The search box: a signal or case number finds its record; a person's
// full name finds the records whose persons bear that name and that the
// searcher may read those persons of (victims or suspects), never others.
// The name is looked up in its own blind index (schakel.IndexName), whose
// candidates are opened and compared exactly: an index value is shared by
// design, so the index alone would also find other names.

// numberQuery is a signal or case number as a searcher types it.
var numberQuery = regexp.MustCompile(`(?i)^\s*([SC])-(\d{4})-(\d{1,9})\s*$`)

// maxNameCandidates bounds the persons one name search opens.
const maxNameCandidates = 1000

// searchPred is the condition over a signal (aliased s) that query puts
// on a list for u: its number or its case's, or one of its persons
// readable by u bearing the name.
func (s *Store) searchPred(ctx context.Context, q querier, u *schakel.User, query string) (pred, error) {
	if m := numberQuery.FindStringSubmatch(query); m != nil {
		// The pattern admits only digits: these parse.
		year, _ := strconv.Atoi(m[2])
		serial, _ := strconv.ParseInt(m[3], 10, 64)
		n := formatNumber(strings.ToUpper(m[1]), year, serial)
		return pred{`(s.number = ? OR EXISTS (SELECT 1 FROM cases cn WHERE cn.signal_id = s.id AND cn.number = ?))`, []any{n, n}}, nil
	}
	name := schakel.NameKey(query)
	if name == "" || len(strings.Fields(name)) < 2 {
		var p schakel.Problems
		p.Add("q", "Zoek op een nummer (zoals S-2026-000123) of op een volledige naam: voornaam en achternaam.")
		return pred{}, p.Err()
	}
	byKey, err := s.keys.BlindIndex(schakel.IndexName, []byte(name), indexBits)
	if err != nil {
		return pred{}, err
	}
	var or []string
	args := []any{schakel.IndexName}
	for id, value := range byKey {
		or = append(or, `(pi.key_id = ? AND pi.value = ?)`)
		args = append(args, int64(id), value)
	}
	victims, vargs := accessSQL(u, schakel.FieldVictims)
	suspects, sargs := accessSQL(u, schakel.FieldSuspects)
	args = append(append(append(args, string(schakel.PersonSuspect)), vargs...), string(schakel.PersonSuspect))
	args = append(append(args, sargs...), maxNameCandidates)
	type cand struct{ personID, signalID string }
	cands, err := collect(ctx, q, `SELECT DISTINCT pi.person_id, pi.signal_id FROM person_index pi
		JOIN persons p ON p.id = pi.person_id JOIN signals s ON s.id = pi.signal_id
		WHERE pi.idx = ? AND (`+strings.Join(or, " OR ")+`) AND s.erased_at IS NULL
		AND ((p.role <> ? AND `+victims+`) OR (p.role = ? AND `+suspects+`))
		ORDER BY pi.signal_id LIMIT ?`, args, func(c *cand) []any { return []any{&c.personID, &c.signalID} })
	if err != nil {
		return pred{}, err
	}
	// Opened and compared exactly; a record that fails its integrity
	// check is passed over (schakel check lists it).
	kr := s.keyring(ctx, q)
	var ids []any
	seen := map[string]bool{}
	for _, c := range cands {
		if seen[c.signalID] {
			continue
		}
		persons, err := personsOf(kr, c.signalID)
		if err != nil {
			if isIntegrity(err) {
				continue
			}
			return pred{}, err
		}
		for _, p := range persons {
			if p.id == c.personID && schakel.NameKey(p.p.Name) == name {
				seen[c.signalID] = true
				ids = append(ids, c.signalID)
				break
			}
		}
	}
	if len(ids) == 0 {
		return pred{"1=0", nil}, nil
	}
	return pred{`s.id IN (` + marks(len(ids)) + `)`, ids}, nil
}

// indexNames is the job that gives the persons stored before the name
// index (migration 25) their entry in it, a batch of signals at a time,
// and queues itself again while any remain.
func indexNames(ctx context.Context, s *Store, tx querier, jobID string) error {
	signals, err := collect(ctx, tx, `SELECT DISTINCT p.signal_id FROM persons p JOIN signals s ON s.id = p.signal_id
		WHERE p.name <> '' AND s.erased_at IS NULL
		AND NOT EXISTS (SELECT 1 FROM person_index pi WHERE pi.person_id = p.id AND pi.idx = ?)
		ORDER BY p.signal_id LIMIT ?`, []any{schakel.IndexName, rotationBatch}, one[string])
	if err != nil {
		return err
	}
	kr := s.keyring(ctx, tx)
	for _, sid := range signals {
		persons, err := personsOf(kr, sid)
		if isIntegrity(err) {
			continue // schakel check lists it
		}
		if err != nil {
			return err
		}
		if err := s.reindexSignal(ctx, tx, sid, persons); err != nil {
			return err
		}
	}
	if len(signals) == rotationBatch {
		return enqueue(ctx, tx, JobIndexNames)
	}
	return nil
}

// queueIndexNames is migration 25: it queues indexNames when persons were
// stored before it (a new database has none, and no job waiting).
func queueIndexNames(ctx context.Context, st *Store, tx querier) error {
	var n int
	if err := tx.row(ctx, `SELECT COUNT(*) FROM (SELECT 1 FROM persons WHERE name <> '' LIMIT 1) x`).Scan(&n); err != nil || n == 0 {
		return err
	}
	return enqueue(ctx, tx, JobIndexNames)
}
