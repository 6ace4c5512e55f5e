package schakel

import (
	"encoding/base64"
	"strconv"
	"strings"
)

// Paging is the limit and cursor of a list request.
type Paging struct {
	Limit  int    `json:"limit,omitempty"`
	Cursor string `json:"cursor,omitempty"`
}

// Default and largest page sizes of the API contract.
const (
	DefaultLimit = 50
	MaxLimit     = 500
)

// Offset validates the paging and returns the limit and row offset.
func (p Paging) Offset() (limit, offset int, err error) {
	var probs Problems
	limit = p.Limit
	switch {
	case limit == 0:
		limit = DefaultLimit
	case limit < 0 || limit > MaxLimit:
		probs.Add("limit", "Kies een aantal tussen 1 en 500.")
	}
	if p.Cursor != "" {
		b, err := base64.RawURLEncoding.DecodeString(p.Cursor)
		n, err2 := strconv.Atoi(string(b))
		if err != nil || err2 != nil || n < 0 {
			probs.Add("cursor", "Ongeldige cursor; gebruik de waarde 'next' van de vorige pagina.")
		}
		offset = n
	}
	return limit, offset, probs.Err()
}

// NextCursor returns the cursor after a page, or nil at the end.
func NextCursor(offset, limit, total int) *string {
	if offset+limit >= total {
		return nil
	}
	c := base64.RawURLEncoding.EncodeToString([]byte(strconv.Itoa(offset + limit)))
	return &c
}

// List orders a person can choose. Urgent is every list's default: what
// waits on a decision and what is acute first, then the oldest.
const (
	SortUrgent       = "urgent"
	SortOldest       = "oldest"
	SortNewest       = "newest"
	SortMunicipality = "municipality"
)

// ValidSort checks a chosen order against the orders a list offers; ""
// is the default.
func ValidSort(sort string, offered ...string) error {
	if sort == "" {
		return nil
	}
	for _, o := range offered {
		if sort == o {
			return nil
		}
	}
	return Invalid(FieldError{Field: "sort", Message: "Onbekende volgorde; kies " + strings.Join(offered, ", ") + "."})
}
