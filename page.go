package schakel

import "strings"

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

// PageLimit validates the limit and returns it (0 asks for the default).
// The cursor is the store's to open: it is sealed there, bound to the
// list, the user and the filter it was made for.
func (p Paging) PageLimit() (int, Problems) {
	var probs Problems
	limit := p.Limit
	switch {
	case limit == 0:
		limit = DefaultLimit
	case limit < 0 || limit > MaxLimit:
		probs.Add("limit", "Kies een aantal tussen 1 en 500.")
	}
	return limit, probs
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
