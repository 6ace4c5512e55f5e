package sqlstore

import (
	"context"
	"database/sql"
	"fmt"
	"math/bits"
	"strings"
	"time"
)

// A list shows the rows that meet any of the caller's grants. Written as
// one OR, the planner must collect and sort every matching row; written as
// one branch per grant, each branch walks its own index in list order and
// stops at the page. The count adds the grants up by inclusion–exclusion,
// so that rows meeting two grants count once.

// listSQL is one list query: the rows of From that meet any of Grants and
// all of Where.
type listSQL struct {
	From       string // e.g. "signals s"
	Columns    string
	Grants     []pred
	Where      string // extra filters, "" for none
	WhereArgs  []any
	Keys       string // the key and order columns a branch selects
	Order      string // inner ORDER BY, on the table aliases
	OuterOrder string // the same order on the output column names
	Join       string // joins a page key to the table, e.g. "s.id = pg.id"
	PageOrder  string // the order once more, on the page's columns
}

const maxGrantsPerList = 4

func (l listSQL) where(preds []pred) (string, []any) {
	var parts []string
	var args []any
	for _, p := range preds {
		parts = append(parts, p.sql)
		args = append(args, p.args...)
	}
	if len(parts) == 0 {
		parts = append(parts, "1=0")
	}
	if l.Where != "" {
		parts = append(parts, "("+l.Where+")")
		args = append(args, l.WhereArgs...)
	}
	return strings.Join(parts, " AND "), args
}

// count counts the rows meeting any grant, and for each grant the rows
// that meet it and no other: a grant with none of its own adds nothing to
// the page, and page leaves its branch out.
func (l listSQL) count(ctx context.Context, q querier) (counts, error) {
	n := len(l.Grants)
	if n == 0 {
		return counts{}, nil
	}
	if n > maxGrantsPerList {
		return counts{}, fmt.Errorf("list: %d grants for one role; the count handles %d", n, maxGrantsPerList)
	}
	var cols []string
	var args []any
	for mask := 1; mask < 1<<n; mask++ {
		w, a := l.where(subset(l.Grants, mask))
		cols = append(cols, "(SELECT COUNT(*) FROM "+l.From+" WHERE "+w+")")
		args = append(args, a...)
	}
	query := "SELECT " + strings.Join(cols, ", ")
	key := fmt.Sprintf("%s %v", query, args)
	gen := q.db.writes.Load()
	if c, ok := q.db.counts.Load(key); ok {
		if c := c.(cachedCount); c.gen == gen && time.Since(c.at) < countTTL {
			return c.c, nil
		}
	}
	// When a total expires, the requests that find it expired together
	// share one count instead of each walking the index at once.
	shared := context.WithoutCancel(ctx) // one caller leaving does not fail the others
	v, err, _ := q.db.counting.Do(key, func() (any, error) {
		per := make([]int, len(cols)) // per[mask-1]: rows meeting every grant in mask
		dest := make([]any, len(per))
		for i := range per {
			dest[i] = &per[i]
		}
		if err := q.row(shared, query, args...).Scan(dest...); err != nil {
			return counts{}, err
		}
		c := counts{Own: make([]int, n)}
		for mask := 1; mask < 1<<n; mask++ {
			k := bits.OnesCount(uint(mask))
			sign := 1
			if k%2 == 0 {
				sign = -1
			}
			c.Total += sign * per[mask-1] // inclusion–exclusion
			for i := range n {
				if mask&(1<<i) != 0 {
					c.Own[i] += sign * per[mask-1]
				}
			}
		}
		q.db.counts.Store(key, cachedCount{c: c, gen: gen, at: time.Now()})
		return c, nil
	})
	if err != nil {
		return counts{}, err
	}
	return v.(counts), nil
}

func subset(grants []pred, mask int) []pred {
	var out []pred
	for i, g := range grants {
		if mask&(1<<i) != 0 {
			out = append(out, g)
		}
	}
	return out
}

// counts are a list's total and, per grant, the rows only that grant gives.
type counts struct {
	Total int
	Own   []int
}

// A list's counts are reused while no write has committed in this process
// and for at most countTTL, which bounds how late a write by another
// instance shows in a total (and, for a grant that had no rows of its own,
// in the page). Counting a municipality's queue walks thousands of index
// entries; the page itself walks fifty.
const countTTL = time.Second

type cachedCount struct {
	c   counts
	gen int64
	at  time.Time
}

// page returns the rows of one page; colArgs bind the ? parameters that
// Columns holds. The branches select only the key and the order columns,
// which the list index covers; the page's rows are then read by key.
func (l listSQL) page(ctx context.Context, q querier, c counts, colArgs []any, limit, offset int) (*sql.Rows, error) {
	var branches []string
	var args []any
	skip := -1
	if len(l.Grants) == 2 && len(c.Own) == 2 {
		// A grant with no rows of its own has all its rows in the other
		// grant, whose branch brings them. (With more grants, rows could
		// lie in the overlap of two others only; then no branch is left out.)
		switch {
		case c.Own[0] == 0:
			skip = 0
		case c.Own[1] == 0:
			skip = 1
		}
	}
	for i, g := range l.Grants {
		if i == skip {
			continue
		}
		w, a := l.where([]pred{g})
		branches = append(branches, fmt.Sprintf("SELECT * FROM (SELECT %s FROM %s WHERE %s ORDER BY %s LIMIT ?) AS b%d", l.Keys, l.From, w, l.Order, i))
		args = append(append(args, a...), limit+offset)
	}
	if len(branches) == 0 {
		branches = []string{fmt.Sprintf("SELECT %s FROM %s WHERE 1=0", l.Keys, l.From)}
	}
	query := "SELECT " + l.Columns + " FROM (" + strings.Join(branches, " UNION ") + " ORDER BY " + l.OuterOrder + " LIMIT ? OFFSET ?) AS pg JOIN " +
		l.From + " ON " + l.Join + " ORDER BY " + l.PageOrder
	return q.query(ctx, query, append(append(append([]any{}, colArgs...), args...), limit, offset)...)
}

// orderOn writes an ORDER BY list with each column under alias.
func orderOn(alias string, cols []string) string {
	out := make([]string, len(cols))
	for i, c := range cols {
		out[i] = alias + c
	}
	return strings.Join(out, ", ")
}
