package sqlstore

import (
	"context"
	"strings"
	"time"
)

// The Go migrations. Each finds its work by what is not yet converted, so
// running it again finds nothing; each runs in the one transaction that
// also records it as applied.

// Migration 007. Before field encryption (schema 1–3) personal data was
// stored in the clear and there were no record keys; the code since reads
// a record without a key as erased, which showed every name, account and
// rationale as blank while the plaintext stayed in the file. This step
// gives each such signal its record key and seals every personal field of
// it and of its persons, case, referrals, feedback and emergency-access
// reasons in place, and adds its persons to the blind index; nothing is
// blanked.

const unsealedWhere = `s.erased_at IS NULL AND NOT EXISTS (SELECT 1 FROM record_keys k WHERE k.record_id = s.id)`

func unsealedRecords(ctx context.Context, q querier) (int, error) {
	var n int
	err := q.row(ctx, `SELECT COUNT(*) FROM signals s WHERE `+unsealedWhere).Scan(&n)
	return n, err
}

func sealPlaintext(ctx context.Context, st *Store, tx querier) error {
	ids, err := collect(ctx, tx, `SELECT s.id FROM signals s WHERE `+unsealedWhere+` ORDER BY s.id`, nil, one[string])
	if err != nil || len(ids) == 0 {
		return err
	}
	if st.keys == nil {
		return errNoKeys
	}
	for _, id := range ids {
		// The persons as stored in the clear, for the blind index.
		persons, err := collect(ctx, tx, `SELECT id, signal_id, role, name, birth_date FROM persons WHERE signal_id = ? ORDER BY position`, []any{id},
			func(x *personRow) []any { return []any{&x.id, &x.signalID, &x.p.Role, &x.p.Name, &x.p.BirthDate} })
		if err != nil {
			return err
		}
		dk, err := st.keyring(ctx, tx).create(id)
		if err != nil {
			return err
		}
		for _, sc := range sealedColumns {
			if sc.table == "users" || sc.since > 0 {
				continue // users: their own record; columns added later: sealed from the start
			}
			type stored struct {
				id   string
				vals []string
			}
			rows, err := collect(ctx, tx, `SELECT t.id, t.`+strings.Join(sc.cols, ", t.")+` FROM `+sc.table+` t WHERE `+sc.record+` = ?`, []any{id},
				func(r *stored) []any {
					r.vals = make([]string, len(sc.cols))
					d := []any{&r.id}
					for i := range r.vals {
						d = append(d, &r.vals[i])
					}
					return d
				})
			if err != nil {
				return err
			}
			for _, r := range rows {
				set := make([]string, len(sc.cols))
				args := make([]any, 0, len(sc.cols)+1)
				for i, c := range sc.cols {
					set[i] = c + " = ?"
					args = append(args, dk.Seal(sealAD(sc.table+"."+c, r.id), r.vals[i]))
				}
				if _, err := tx.exec(ctx, `UPDATE `+sc.table+` SET `+strings.Join(set, ", ")+` WHERE id = ?`, append(args, r.id)...); err != nil {
					return err
				}
			}
		}
		// The persons enter the blind index, as at intake.
		if err := st.reindexSignal(ctx, tx, id, persons); err != nil {
			return err
		}
	}
	return nil
}

// purgePlaintext rewrites the tables that held plaintext, so that the old
// values do not stay behind in free space: SQLite's VACUUM (with
// secure_delete on, freed pages are zeroed as well), PostgreSQL's VACUUM
// FULL (dead row versions go; what the engine's WAL and older backups hold
// is beyond it, see docs/operations.md).
func purgePlaintext(ctx context.Context, db *DB) error {
	stmt := `VACUUM`
	if db.Dialect == Postgres {
		stmt = `VACUUM FULL signals, persons, cases, referrals, feedback, break_glass`
	}
	_, err := db.write.ExecContext(ctx, stmt)
	return err
}

// Migration 008. API tokens issued before tokens had an id and an expiry
// (schema 1–3) were stored with the same hash, but the columns added for
// them were left empty, and an empty expiry is in the past: every such
// token answered 401. They are honoured: each gets an id (to be listed and
// revoked), a name, and the lifetime of a token made on the command line,
// counted from the upgrade.

// upgradedTokenLifetime is the life an old token gets at the upgrade.
const upgradedTokenLifetime = 90 * 24 * time.Hour

func tokenExpiry(ctx context.Context, st *Store, tx querier) error {
	hashes, err := collect(ctx, tx, `SELECT hash FROM api_tokens WHERE expires_at = '' OR id = '' ORDER BY hash`, nil, one[string])
	if err != nil {
		return err
	}
	now := st.now()
	for _, h := range hashes {
		id := NewID()
		if _, err := tx.exec(ctx, `UPDATE api_tokens SET id = CASE WHEN id = '' THEN ? ELSE id END, name = CASE WHEN name = '' THEN 'opdrachtregel' ELSE name END,
			expires_at = CASE WHEN expires_at = '' THEN ? ELSE expires_at END WHERE hash = ?`, id, ts(now.Add(upgradedTokenLifetime)), h); err != nil {
			return err
		}
		var tokenID string
		if err := tx.row(ctx, `SELECT id FROM api_tokens WHERE hash = ?`, h).Scan(&tokenID); err != nil {
			return err
		}
		if err := audit(ctx, tx, now, system, "token_upgraded", "token", tokenID); err != nil {
			return err
		}
	}
	return nil
}
