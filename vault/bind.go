package vault

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"hash"
	"strings"
	"sync"
)

// A record's unsealed columns (dates, codes, states) are bound to it by a
// MAC: HMAC-SHA256 under a key derived from the record's data key, over
// the row's identity and values, kept beside the row and checked on every
// read. A changed date or municipality no longer passes as data. The
// binding key is derived one way from the data key, so it opens nothing
// (a process may keep binding keys to check lists quickly without keeping
// data keys); erasing the record (destroying its data key) leaves its rows
// unbound.

const bindPrefix = "b1:"

// bindingKey derives the MAC key of a record from its (uniformly random)
// data key: SHA-256 of a label and the key, one way.
func bindingKey(raw []byte) []byte {
	k := sha256.Sum256(append([]byte("schakel/row-binding/v1\x00"), raw...))
	return k[:]
}

// Binder computes and checks the bindings of one record's rows. It is safe
// for concurrent use.
type Binder struct {
	key []byte
	mu  sync.Mutex
	h   hash.Hash // keyed, reused
	sum []byte
}

// Binder returns the record's binder.
func (k *DataKey) Binder() *Binder { return &k.binding }

// Bind returns the MAC of msg, the canonical form of one row (its table,
// id and bound values): 128 bits, in text.
func (b *Binder) Bind(msg []byte) string {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.h == nil {
		b.h = hmac.New(sha256.New, b.key)
	}
	b.h.Reset()
	b.h.Write(msg)
	b.sum = b.h.Sum(b.sum[:0])
	return bindPrefix + base64.RawStdEncoding.EncodeToString(b.sum[:16])
}

// Bound reports whether mac is the MAC of msg under this record's key.
func (b *Binder) Bound(msg []byte, mac string) bool {
	if !strings.HasPrefix(mac, bindPrefix) {
		return false
	}
	return hmac.Equal([]byte(b.Bind(msg)), []byte(mac))
}

// Bind is the record's Binder().Bind.
func (k *DataKey) Bind(msg []byte) string { return k.binding.Bind(msg) }
