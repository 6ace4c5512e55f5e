package sqlstore_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/schakel-nl/schakel"
	"github.com/schakel-nl/schakel/demo"
	"github.com/schakel-nl/schakel/sqlstore"
)

// TestListSorts: every order a list offers gives its rows in that order,
// and an unknown order is refused naming the field.
func TestListSorts(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st := newStore(t)
	res, err := demo.Populate(ctx, st, demo.Options{Signals: 200, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	zvh := res.Users["zvh-rotterdam-rijnmond"]
	af := res.Users["af:rotterdam"]
	sorted := func(keys []string, desc bool) bool {
		c := slices.Clone(keys)
		if desc {
			slices.Sort(c)
			slices.Reverse(c)
			return slices.Equal(c, keys)
		}
		return slices.IsSorted(keys)
	}
	for _, tt := range []struct {
		sort string
		key  func(schakel.Signal) string
		desc bool
	}{
		{schakel.SortOldest, func(s schakel.Signal) string { return s.ReceivedAt.Format("2006-01-02T15:04:05.000000") }, false},
		{schakel.SortNewest, func(s schakel.Signal) string { return s.ReceivedAt.Format("2006-01-02T15:04:05.000000") }, true},
		{schakel.SortMunicipality, func(s schakel.Signal) string { return s.Municipality }, false},
	} {
		t.Run("signals by "+tt.sort, func(t *testing.T) {
			p, err := st.Signals(ctx, zvh, sqlstore.SignalFilter{Sort: tt.sort, Paging: schakel.Paging{Limit: 500}})
			if err != nil {
				t.Fatal(err)
			}
			var keys []string
			munis := map[string]bool{}
			for _, s := range p.Items {
				keys = append(keys, tt.key(s))
				munis[s.Municipality] = true
			}
			if len(keys) < 10 || !sorted(keys, tt.desc) {
				t.Errorf("%d rows not in %s order: %v", len(keys), tt.sort, keys)
			}
			if tt.sort == schakel.SortMunicipality && len(munis) < 2 {
				t.Errorf("only %d municipalities: the order is not tested", len(munis))
			}
		})
	}
	cases, err := st.Cases(ctx, af, sqlstore.CaseFilter{Sort: schakel.SortOldest, Paging: schakel.Paging{Limit: 500}})
	if err != nil {
		t.Fatal(err)
	}
	var opened []string
	for _, c := range cases.Items {
		opened = append(opened, c.OpenedAt.Format("2006-01-02T15:04:05.000000"))
	}
	if len(opened) < 5 || !slices.IsSorted(opened) {
		t.Errorf("cases oldest first: %v", opened)
	}
	refs, err := st.Referrals(ctx, res.Users["essm"], sqlstore.ReferralFilter{Sort: schakel.SortNewest, Paging: schakel.Paging{Limit: 500}})
	if err != nil {
		t.Fatal(err)
	}
	var sent []string
	for _, r := range refs.Items {
		sent = append(sent, r.SentAt.Format("2006-01-02T15:04:05.000000"))
	}
	if len(sent) < 5 || !sorted(sent, true) {
		t.Errorf("referrals newest first: %v", sent)
	}
	for name, err := range map[string]error{
		"signals":   func() error { _, err := st.Signals(ctx, af, sqlstore.SignalFilter{Sort: "random"}); return err }(),
		"cases":     func() error { _, err := st.Cases(ctx, af, sqlstore.CaseFilter{Sort: "municipality"}); return err }(),
		"referrals": func() error { _, err := st.Referrals(ctx, af, sqlstore.ReferralFilter{Sort: "x"}); return err }(),
	} {
		if e, ok := err.(*schakel.Error); !ok || len(e.Fields) != 1 || e.Fields[0].Field != "sort" || !strings.Contains(e.Fields[0].Message, "volgorde") {
			t.Errorf("%s with an unknown order: %v", name, err)
		}
	}
}
