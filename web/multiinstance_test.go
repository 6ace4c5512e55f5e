package web_test

import (
	"context"
	"fmt"
	"log/slog"
	"net/http/httptest"
	"net/url"
	"sync"
	"testing"
	"time"

	"github.com/schakel-nl/schakel"
	"github.com/schakel-nl/schakel/demo"
	"github.com/schakel-nl/schakel/internal/schakeltest"
	"github.com/schakel-nl/schakel/sqlstore"
	"github.com/schakel-nl/schakel/sqlstore/sqltest"
)

// Three instances on one database act as one system: what is written
// through one is handled through another and seen through the third;
// sessions and scheduled work live in the database, and each scheduled job
// runs exactly once.
func TestThreeInstancesAsOne(t *testing.T) {
	ctx := context.Background()
	dbURL := sqltest.URL(t)
	type instance struct {
		st  *sqlstore.Store
		srv *httptest.Server
	}
	var inst []instance
	for i := range 3 {
		db, err := sqlstore.Open(ctx, dbURL)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		st := sqlstore.New(db, schakel.DefaultDeadlines, sqltest.Keys(t))
		inst = append(inst, instance{st, schakeltest.Serve(t, st, nil).HTTP})
		_ = i
	}
	res, err := demo.Populate(ctx, inst[0].st, demo.Options{Seed: 5, Password: demoPassword})
	if err != nil {
		t.Fatal(err)
	}
	tokens := map[string]string{}
	for _, k := range []string{"melder", "af:rotterdam", "essm"} {
		tokens[k], _ = inst[0].st.CreateToken(ctx, res.Users[k].ID)
	}
	call := func(i int, method, path, key string, body any) resp {
		e := &env{t: t, srv: inst[i].srv, tokens: tokens}
		return e.api(method, path, key, body)
	}

	id := call(0, "POST", "/api/v1/signals", "melder", validSignal()).str("id")
	if tr := call(1, "POST", "/api/v1/signals/"+id+"/triage", "af:rotterdam", map[string]any{"route": "care"}); tr.status != 200 {
		t.Fatalf("triage through instance 2: %d %s", tr.status, tr.raw)
	}
	if r := call(2, "GET", "/api/v1/signals/"+id, "essm", nil); r.status != 200 || r.str("status") != "triaged" {
		t.Fatalf("seen through instance 3: %d %s", r.status, r.raw)
	}

	// A session made on one instance is valid on the others.
	// (Logged in with password and second factor through instance 1.)
	e0 := &env{t: t, st: inst[0].st, srv: inst[0].srv, users: res.Users, factors: map[string]*factor{}}
	b := e0.browser()
	b.login("af@schakel.demo")
	c, jar := b.c, b.c.Jar
	u0, _ := url.Parse(inst[0].srv.URL)
	for i := 1; i < 3; i++ {
		u, _ := url.Parse(inst[i].srv.URL)
		jar.SetCookies(u, jar.Cookies(u0))
		r, err := c.Get(inst[i].srv.URL + "/")
		if err != nil {
			t.Fatal(err)
		}
		r.Body.Close()
		if r.StatusCode != 200 {
			t.Fatalf("session from instance 1 on instance %d: %d", i+1, r.StatusCode)
		}
	}

	// An overdue signal; three job runners compete for two seconds.
	past := func() time.Time { return time.Now().AddDate(0, 0, -14) }
	inst[0].st.Now = past
	in := validSignal()
	in["observed_on"] = time.Now().AddDate(0, 0, -20).Format("2006-01-02")
	overdue := call(0, "POST", "/api/v1/signals", "melder", in).str("id")
	inst[0].st.Now = time.Now
	if overdue == "" {
		t.Fatal("no overdue signal")
	}
	rctx, cancel := context.WithTimeout(ctx, 2500*time.Millisecond)
	defer cancel()
	var wg sync.WaitGroup
	for i, in := range inst {
		wg.Add(1)
		go func() {
			defer wg.Done()
			jr := &sqlstore.JobRunner{Store: in.st, Instance: fmt.Sprintf("instance-%d", i+1), Poll: 20 * time.Millisecond,
				Lease: time.Minute, Periodic: []sqlstore.Periodic{{Kind: sqlstore.JobDeadlineReminders, Interval: 500 * time.Millisecond}},
				Log: slog.New(slog.DiscardHandler)}
			jr.Run(rctx)
		}()
	}
	wg.Wait()
	// A job enqueued in the last instant may not have been claimed yet.
	drain := &sqlstore.JobRunner{Store: inst[0].st, Instance: "drain", Poll: time.Second, Lease: time.Minute, Log: slog.New(slog.DiscardHandler)}
	if err := drain.Tick(ctx); err != nil {
		t.Fatal(err)
	}
	jobs, err := inst[0].st.Jobs(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(jobs) < 4 || len(jobs) > 7 {
		t.Fatalf("%d jobs in 2.5 s at one per 500 ms", len(jobs))
	}
	for _, j := range jobs {
		if j.State != "done" || j.Attempts != 1 || j.LockedBy == "" {
			t.Errorf("job %s: state %s, attempts %d, by %q: each runs once", j.UniqueKey, j.State, j.Attempts, j.LockedBy)
		}
	}
	n, err := inst[0].st.DB().CountRows(ctx, "reminders")
	if err != nil || n != 1 {
		t.Fatalf("reminders %d (%v), want 1: the overdue signal is marked once", n, err)
	}
	events, err := inst[1].st.EventsOf(ctx, overdue)
	if err != nil {
		t.Fatal(err)
	}
	count := 0
	for _, e := range events {
		if e.Kind == schakel.EventDeadlinePassed {
			count++
		}
	}
	if count != 1 {
		t.Fatalf("%d deadline events, want exactly 1", count)
	}
}
