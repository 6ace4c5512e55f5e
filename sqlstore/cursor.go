package sqlstore

import (
	"encoding/base64"
	"encoding/binary"
	"strings"

	"github.com/schakel-nl/schakel"
)

// A page cursor is the position of the next page, handed to the client
// and back. It is sealed (AEAD under the key-encryption keyset) and bound,
// as associated data, to the list, the user and the filter it was made
// for: it tells the client nothing, it cannot be forged, and it does not
// open for another list, user or filter. A cursor that does not open is
// bad input (422, field "cursor"); one whose rows have since gone gives
// an empty last page.

// pagePos is what a cursor holds: the rows to skip and, for lists that
// grow at the top while being read (the audit trail, which records every
// search of itself), the newest row of the first page, so that later
// pages do not shift.
type pagePos struct {
	Offset int
	Anchor string
}

// maxOffset bounds a cursor's offset far above any list (no overflow in
// offset + limit, a valid OFFSET on both engines).
const maxOffset = 1 << 30

const cursorVersion = 1

const errBadCursor = "Ongeldige cursor; gebruik de waarde 'next' van de vorige pagina, of begin zonder cursor."

func cursorAD(u *schakel.User, list string, filter []string) []byte {
	return []byte("page|" + list + "|" + u.ID + "|" + strings.Join(filter, "\x1f"))
}

// paging validates a list request's limit and opens its cursor.
func (s *Store) paging(u *schakel.User, list string, filter []string, p schakel.Paging) (int, pagePos, schakel.Problems) {
	limit, probs := p.PageLimit()
	var pos pagePos
	if p.Cursor == "" {
		return limit, pos, probs
	}
	bad := func() (int, pagePos, schakel.Problems) {
		probs.Add("cursor", errBadCursor)
		return limit, pagePos{}, probs
	}
	if len(p.Cursor) > 512 {
		return bad()
	}
	ct, err := base64.RawURLEncoding.DecodeString(p.Cursor)
	if err != nil {
		return bad()
	}
	plain, err := s.keys.OpenToken(ct, cursorAD(u, list, filter))
	if err != nil || len(plain) < 2 || plain[0] != cursorVersion {
		return bad()
	}
	off, n := binary.Uvarint(plain[1:])
	if n <= 0 || off > maxOffset {
		return bad()
	}
	pos.Offset = int(off)
	pos.Anchor = string(plain[1+n:])
	return limit, pos, probs
}

// nextCursor seals the position after a page, or is nil when the page was
// the last: more tells whether a row beyond it exists.
func (s *Store) nextCursor(u *schakel.User, list string, filter []string, pos pagePos, limit int, more bool) (*string, error) {
	if !more || pos.Offset+limit > maxOffset {
		return nil, nil
	}
	plain := binary.AppendUvarint([]byte{cursorVersion}, uint64(pos.Offset+limit))
	plain = append(plain, pos.Anchor...)
	ct, err := s.keys.SealToken(plain, cursorAD(u, list, filter))
	if err != nil {
		return nil, err
	}
	c := base64.RawURLEncoding.EncodeToString(ct)
	return &c, nil
}

// trimPage cuts the one row read beyond a page (to learn whether there is
// a next page) and reports whether there was one.
func trimPage[T any](items []T, limit int) ([]T, bool) {
	if len(items) > limit {
		return items[:limit], true
	}
	return items, false
}
