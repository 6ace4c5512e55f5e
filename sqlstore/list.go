package sqlstore

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"github.com/schakel-nl/schakel"
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
	Grants     []schakel.Pred
	Where      string // extra filters, "" for none
	WhereArgs  []any
	Keys       string // the key and order columns a branch selects
	Order      string // inner ORDER BY, on the table aliases
	OuterOrder string // the same order on the output column names
	Join       string // joins a page key to the table, e.g. "s.id = pg.id"
	PageOrder  string // the order once more, on the page's columns
}

const maxGrantsPerList = 4

func (l listSQL) where(preds []schakel.Pred) (string, []any) {
	var parts []string
	var args []any
	for _, p := range preds {
		parts = append(parts, p.SQL)
		args = append(args, p.Args...)
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

// count counts the rows meeting any grant.
func (l listSQL) count(ctx context.Context, q querier) (int, error) {
	n := len(l.Grants)
	if n == 0 {
		return 0, nil
	}
	if n > maxGrantsPerList {
		return 0, fmt.Errorf("list: %d grants for one role; the count handles %d", n, maxGrantsPerList)
	}
	var terms []string
	var args []any
	for mask := 1; mask < 1<<n; mask++ {
		var subset []schakel.Pred
		for i := range n {
			if mask&(1<<i) != 0 {
				subset = append(subset, l.Grants[i])
			}
		}
		w, a := l.where(subset)
		sign := "+"
		if len(subset)%2 == 0 {
			sign = "-"
		}
		terms = append(terms, sign+" (SELECT COUNT(*) FROM "+l.From+" WHERE "+w+")")
		args = append(args, a...)
	}
	query := "SELECT 0 " + strings.Join(terms, " ")
	key := fmt.Sprintf("%s %v", query, args)
	gen := q.db.writes.Load()
	if c, ok := q.db.counts.Load(key); ok {
		if c := c.(cachedCount); c.gen == gen && time.Since(c.at) < countTTL {
			return c.n, nil
		}
	}
	// When a total expires, the requests that find it expired together
	// share one count instead of each walking the index at once.
	shared := context.WithoutCancel(ctx) // one caller leaving does not fail the others
	v, err, _ := q.db.counting.Do(key, func() (any, error) {
		var total int
		if err := q.row(shared, query, args...).Scan(&total); err != nil {
			return 0, err
		}
		q.db.counts.Store(key, cachedCount{n: total, gen: gen, at: time.Now()})
		return total, nil
	})
	if err != nil {
		return 0, err
	}
	return v.(int), nil
}

// A list total is reused while no write has committed in this process and
// for at most countTTL, which bounds how late a write by another instance
// shows in a total. Counting a municipality's queue walks thousands of
// index entries; the page itself walks fifty.
const countTTL = time.Second

type cachedCount struct {
	n   int
	gen int64
	at  time.Time
}

// page returns the rows of one page; colArgs bind the ? parameters that
// Columns holds. The branches select only the key and the order columns,
// which the list index covers; the page's rows are then read by key.
func (l listSQL) page(ctx context.Context, q querier, colArgs []any, limit, offset int) (*sql.Rows, error) {
	var branches []string
	var args []any
	for i, g := range l.Grants {
		w, a := l.where([]schakel.Pred{g})
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
