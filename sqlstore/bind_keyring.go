package sqlstore

import (
	"database/sql"
	"encoding/base64"
	"sync"

	"github.com/schakel-nl/schakel/vault"
)

// binder returns the binder of record: nil when the record was erased.
func (kr *keyring) binder(record string) (*vault.Binder, error) {
	if b, ok := kr.binders[record]; ok {
		return b, nil
	}
	dk, err := kr.key(record)
	if err != nil || dk == nil {
		return nil, err
	}
	// The store's binder of the record (its keyed state set up once), or
	// this key's.
	if b := kr.s.binders.get(record); b != nil {
		return b, nil
	}
	b := dk.Binder()
	kr.s.binders.put(record, b)
	return b, nil
}

// verify checks a row's MAC under its record's key. The rows of an erased
// record have no key to check with and pass; a record that is not erased
// and has no key is itself a fault (see keyring.key).
func (kr *keyring) verify(r *row, record string) error {
	b, err := kr.binder(record)
	if err != nil || b == nil {
		return err
	}
	if r.mac == "" {
		return kr.s.integrityFault(r.t.name, r.id, "no binding")
	}
	if !b.Bound(r.msg(), r.mac) {
		return kr.s.integrityFault(r.t.name, r.id, "the row does not match its binding")
	}
	return nil
}

// bind computes a row's MAC under its record's key.
func (kr *keyring) bind(r *row, record string) (string, error) {
	b, err := kr.binder(record)
	if err != nil {
		return "", err
	}
	if b == nil {
		return "", errErased
	}
	return b.Bind(r.msg()), nil
}

// stored reads a row's bound values and record from the database.
func (kr *keyring) stored(t *boundTable, id string) (*row, string, error) {
	r := newRow(t)
	r.id = id
	var record string
	err := kr.q.row(kr.ctx, `SELECT `+t.columns("t")+`, `+t.record+` FROM `+t.name+` t WHERE t.id = ?`, id).Scan(append(r.dests(nil, 1), &record)...)
	if err != nil {
		return nil, "", err
	}
	return r, record, nil
}

// rebind stores the MAC of a row as it is now, after a write.
func (kr *keyring) rebind(t *boundTable, id string) error {
	r, record, err := kr.stored(t, id)
	if err != nil {
		return err
	}
	mac, err := kr.bind(r, record)
	if err != nil {
		return err
	}
	_, err = kr.q.exec(kr.ctx, `UPDATE `+t.name+` SET row_mac = ? WHERE id = ?`, mac, id)
	return err
}

// update runs an UPDATE of the one row id of t: the row must pass its
// binding first (a write never launders a changed value into a new
// binding), and is bound again after.
func (kr *keyring) update(t *boundTable, id, query string, args ...any) (sql.Result, error) {
	r, record, err := kr.stored(t, id)
	if err != nil {
		return nil, err
	}
	if err := kr.verify(r, record); err != nil {
		return nil, err
	}
	res, err := kr.q.exec(kr.ctx, query, args...)
	if err != nil {
		return nil, err
	}
	if n, _ := res.RowsAffected(); n > 0 {
		if err := kr.rebind(t, id); err != nil {
			return nil, err
		}
	}
	return res, nil
}

// preload puts a record's wrapped key, read with its row, in the keyring:
// a read that opens the record needs no second query for it.
func (kr *keyring) preload(record string, wrapped sql.NullString, erased bool) error {
	if _, ok := kr.keys[record]; ok {
		return nil
	}
	if !wrapped.Valid {
		if erased {
			kr.keys[record] = nil
			return nil
		}
		return kr.s.integrityFault("record_keys", record, "the record key is missing")
	}
	raw, err := base64.StdEncoding.DecodeString(wrapped.String)
	if err != nil {
		return kr.s.integrityFault("record_keys", record, "the record key is damaged")
	}
	dk, err := kr.s.keys.Unwrap(record, raw)
	if err != nil {
		return err
	}
	kr.keys[record] = dk
	return nil
}

// checkRows checks the bindings of rows of one record that a list or a
// view shows without opening the record: with the binder the store keeps
// for it, or else its key. An erased record (no key left) is a tombstone
// of codes, unbound; one marked erased that still has its key is checked
// (its binding covers the mark).
func (kr *keyring) checkRows(record string, erased bool, rows ...*row) error {
	_, known := kr.keys[record]
	if _, ok := kr.binders[record]; ok {
		known = true
	}
	if !known {
		if b := kr.s.binders.get(record); b != nil && !erased {
			if kr.binders == nil {
				kr.binders = map[string]*vault.Binder{}
			}
			kr.binders[record] = b
		} else if _, err := kr.key(record); err != nil {
			return err
		}
	}
	for _, r := range rows {
		if err := kr.verify(r, record); err != nil {
			return err
		}
	}
	return nil
}

// binderCache keeps the binders of records a process has read, so that a
// list checks the bindings of its rows without unwrapping each record's
// key. A binder's key is derived one way from the data key and opens
// nothing; an erased record's rows are unbound and never checked, so an
// entry outliving its record is harmless. Bounded: when full, a tenth of
// the entries go.
type binderCache struct {
	mu sync.Mutex
	m  map[string]*vault.Binder
}

const maxBinders = 100000

func (c *binderCache) get(record string) *vault.Binder {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.m[record]
}

func (c *binderCache) put(record string, b *vault.Binder) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil {
		c.m = map[string]*vault.Binder{}
	}
	if len(c.m) >= maxBinders {
		n := 0
		for k := range c.m {
			delete(c.m, k)
			if n++; n >= maxBinders/10 {
				break
			}
		}
	}
	c.m[record] = b
}
