package sqlstore

import (
	"context"
	"strings"

	"github.com/schakel-nl/schakel"
)

// Notes on a case. A note is free text that may name people, so it is
// read only by a role whose grant on the case includes notes
// (schakel.FieldNotes), and of those only by the writer's organisation,
// unless the writer shared it with every participant. Writing one asks
// the same grant. Each note is sealed with the record's key: erasing the
// record erases its notes.

// AddNote adds a note by u to a case.
func (s *Store) AddNote(ctx context.Context, u *schakel.User, caseID string, in schakel.NoteInput) (*schakel.Note, error) {
	var n *schakel.Note
	err := s.inTxAudited(ctx, func(tx querier) error {
		f, _, _, err := s.authorizeCase(ctx, tx, u, caseID)
		if err != nil {
			return err
		}
		if !f.Has(schakel.FieldNotes) {
			return forbidden("Uw rol schrijft geen notities bij deze casus.")
		}
		if err := checkText("text", in.Text, "Schrijf de notitie."); err != nil {
			return err
		}
		signalID, err := caseSignal(ctx, tx, caseID)
		if err != nil {
			return err
		}
		now, id, text := s.now(), NewID(), strings.TrimSpace(in.Text)
		sealedText, err := s.keyring(ctx, tx).seal(signalID, "case_notes.text", id, text)
		if err != nil {
			return err
		}
		if _, err := tx.exec(ctx, `INSERT INTO case_notes (id, case_id, signal_id, org, user_id, shared, text, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
			id, caseID, signalID, u.Org, u.ID, b2i(in.Shared), sealedText, ts(now)); err != nil {
			return err
		}
		n = &schakel.Note{ID: id, Author: u.Name, Org: u.Org, Shared: in.Shared, Text: text, CreatedAt: parseTS(ts(now))}
		return audit(ctx, tx, now, u, "note", "case", caseID)
	})
	if err != nil {
		return nil, internal("add note", err)
	}
	return n, nil
}

// Notes are the notes of a case u may read, oldest first; reading them is
// recorded.
func (s *Store) Notes(ctx context.Context, u *schakel.User, caseID string) ([]schakel.Note, error) {
	var out []schakel.Note
	err := s.inTxAudited(ctx, func(tx querier) error {
		f, purposes, _, err := s.authorizeCase(ctx, tx, u, caseID)
		if err != nil {
			return err
		}
		if !f.Has(schakel.FieldNotes) {
			return s.deny(ctx, tx, u, "notes", caseID)
		}
		type row struct {
			n        schakel.Note
			signalID string
			shared   int
			at       string
		}
		rows, err := collect(ctx, tx, `SELECT n.id, n.signal_id, COALESCE(w.name, ''), n.org, n.shared, n.text, n.created_at
			FROM case_notes n LEFT JOIN users w ON w.id = n.user_id
			WHERE n.case_id = ? AND (n.org = ? OR n.shared = 1) ORDER BY n.created_at, n.id`, []any{caseID, u.Org},
			func(r *row) []any {
				return []any{&r.n.ID, &r.signalID, &r.n.Author, &r.n.Org, &r.shared, &r.n.Text, &r.at}
			})
		if err != nil {
			return err
		}
		kr := s.keyring(ctx, tx)
		out = make([]schakel.Note, 0, len(rows))
		for _, r := range rows {
			n := r.n
			n.Shared, n.CreatedAt = r.shared == 1, parseTS(r.at)
			if err := kr.open(r.signalID, sealed{"case_notes.text", n.ID, &n.Text}); err != nil {
				return err
			}
			out = append(out, n)
		}
		return audit(ctx, tx, s.now(), u, "view", "notes", caseID, purposes...)
	})
	if err != nil {
		return nil, internal("notes", err)
	}
	return out, nil
}
