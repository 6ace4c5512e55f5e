package sqlstore

import (
	"context"
	"database/sql"
	"encoding/base64"
	"errors"
	"strings"

	"github.com/schakel-nl/schakel/vault"
)

// Every personal detail (names, birth dates, contact details, free-text
// accounts, reasons, notes and feedback) is stored sealed with the data key
// of the signal it belongs to: a signal and everything that grew from it
// (persons, case, referrals, feedback) is one record with one key. The key
// is stored wrapped by the key-encryption keyset, which never enters the
// database. Destroying the wrapped key erases the record (crypto-shredding).

// sealAD binds a sealed value to its table, column and row.
func sealAD(column, rowID string) string { return column + "|" + rowID }

// keyring opens and seals the fields of the records one operation touches,
// unwrapping each record's key once.
type keyring struct {
	s    *Store
	ctx  context.Context
	q    querier
	keys map[string]*vault.DataKey // nil value: the record was erased
	// binders of records whose data key was not needed (see preload).
	binders map[string]*vault.Binder
	// w, when set, takes the rows create writes (see batch).
	w *batch
}

func (s *Store) keyring(ctx context.Context, q querier) *keyring {
	return &keyring{s: s, ctx: ctx, q: q, keys: map[string]*vault.DataKey{}}
}

// errErased is returned when writing to a record whose key was destroyed.
var errErased = errors.New("record erased")

// create makes and stores the data key of a new record, wrapped under a
// key the database has a canary for. The first record key under a new
// primary key (a fresh database, a rotation) writes its canary, after
// checking that these keys are the database's; keys that are not (a key
// file changed under this process, or one that was never the database's)
// are read again from the file once, and refused when still not.
func (k *keyring) create(record string) (*vault.DataKey, error) {
	for attempt := 0; ; attempt++ {
		dk, wrapped, err := k.s.keys.NewDataKey(record)
		if err != nil {
			return nil, err
		}
		id := vault.KeyIDOf(wrapped)
		insert := `INSERT INTO record_keys (record_id, wrapped, key_id, created_at) VALUES (?, ?, ?, ?)`
		args := []any{record, base64.StdEncoding.EncodeToString(wrapped), int64(id), ts(k.s.now())}
		if k.w != nil && k.w.alone {
			// Checked when the batch runs (see batch.keys).
			k.w.keys = append(k.w.keys, id)
			if k.s.db.Dialect == Postgres {
				insert = `INSERT INTO record_keys (record_id, wrapped, key_id, created_at) VALUES (?, ?, schakel_may_wrap_under(?, ?, ?), ?)`
				args = []any{args[0], args[1], int64(lockKeyUse), canaryEncryption, args[2], args[3]}
			}
		} else {
			known, err := mayWrapUnder(k.ctx, k.q, id)
			if err != nil {
				return nil, err
			}
			if !known {
				err := ensureKeys(k.ctx, k.q, k.s.keys, k.s.now())
				if err != nil && attempt == 0 && k.s.refreshKeysIn(k.ctx, k.q) == nil {
					continue
				}
				if err != nil {
					return nil, err
				}
			}
		}
		if k.w != nil {
			err = k.w.exec(insert, args...)
		} else {
			_, err = k.q.exec(k.ctx, insert, args...)
		}
		if err != nil {
			return nil, err
		}
		k.keys[record] = dk
		return dk, nil
	}
}

// key returns the data key of record; nil when it was erased. A signal
// that was not erased and has no key is an integrity fault: its data would
// otherwise be served blank, as if erased.
func (k *keyring) key(record string) (*vault.DataKey, error) {
	if dk, ok := k.keys[record]; ok {
		return dk, nil
	}
	var w string
	err := k.q.row(k.ctx, `SELECT wrapped FROM record_keys WHERE record_id = ?`, record).Scan(&w)
	if isNoRows(err) {
		if !strings.HasPrefix(record, "user:") {
			var erased sql.NullString
			err := k.q.row(k.ctx, `SELECT erased_at FROM signals WHERE id = ?`, record).Scan(&erased)
			if err != nil && !isNoRows(err) {
				return nil, err
			}
			if err == nil && !erased.Valid {
				return nil, k.s.integrityFault("record_keys", record, "the record key is missing")
			}
		}
		k.keys[record] = nil
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	wrapped, err := base64.StdEncoding.DecodeString(w)
	if err != nil {
		return nil, err
	}
	dk, err := k.s.keys.Unwrap(record, wrapped)
	if err != nil {
		return nil, err
	}
	k.keys[record] = dk
	return dk, nil
}

// sealed is one field to open: its column, its row and where its value is.
type sealed struct {
	column, row string
	v           *string
}

// open decrypts fields of record in place. The fields of an erased record
// come out empty.
func (k *keyring) open(record string, fields ...sealed) error {
	need := false
	for _, f := range fields {
		need = need || *f.v != ""
	}
	if !need {
		return nil
	}
	dk, err := k.key(record)
	if err != nil {
		return err
	}
	for _, f := range fields {
		if dk == nil {
			*f.v = ""
			continue
		}
		if *f.v, err = dk.Open(sealAD(f.column, f.row), *f.v); err != nil {
			return err
		}
	}
	return nil
}

// seal encrypts a value for column and row of record.
func (k *keyring) seal(record, column, row, plain string) (string, error) {
	if plain == "" {
		return "", nil
	}
	dk, err := k.key(record)
	if err != nil {
		return "", err
	}
	if dk == nil {
		return "", errErased
	}
	return dk.Seal(sealAD(column, row), plain), nil
}
