package sqlstore

import (
	"crypto/rand"
	"database/sql"
	"encoding/base32"
	"encoding/binary"
	"strings"
	"sync/atomic"
	"time"

	"github.com/schakel-nl/schakel"
)

var lastMicro atomic.Int64

// NewID returns a 26-character, time-ordered, random id (base32hex keeps
// the byte order in the text order). Within one process
// ids are strictly increasing, so rows written in one transaction keep the
// order they were written in.
func NewID() string {
	var b [16]byte
	now := time.Now().UnixMicro()
	for {
		last := lastMicro.Load()
		if now <= last {
			now = last + 1
		}
		if lastMicro.CompareAndSwap(last, now) {
			break
		}
	}
	binary.BigEndian.PutUint64(b[:8], uint64(now))
	if _, err := rand.Read(b[8:]); err != nil {
		panic(err)
	}
	return strings.ToLower(base32.HexEncoding.WithPadding(base32.NoPadding).EncodeToString(b[:]))
}

// Time is stored as fixed-width UTC text so that it sorts and compares the
// same on both engines.
const timeLayout = "2006-01-02T15:04:05.000000Z"

func ts(t time.Time) string { return t.UTC().Format(timeLayout) }

func parseTS(s string) time.Time {
	t, err := time.Parse(timeLayout, s)
	if err != nil {
		return time.Time{}
	}
	return t
}

func parseTSPtr(s sql.NullString) *time.Time {
	if !s.Valid || s.String == "" {
		return nil
	}
	t := parseTS(s.String)
	return &t
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func joinCodes[T ~string](xs []T) string {
	ss := make([]string, len(xs))
	for i, x := range xs {
		ss[i] = string(x)
	}
	return strings.Join(ss, ",")
}

func splitCodes[T ~string](s string) []T {
	var out []T
	for _, x := range schakel.SplitCodes(s) {
		out = append(out, T(x))
	}
	return out
}
