package web_test

import (
	"context"
	"database/sql"
	"fmt"
	"net"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/schakel-nl/schakel/sqlstore/sqltest"
)

// holdWrites takes the database's write lock from outside the server, as
// a long transaction of another instance would, until release is called:
// on SQLite the one writer's lock, on PostgreSQL the audit trail's (every
// read of a record writes its audit line there first).
func holdWrites(t *testing.T, e *env) (release func()) {
	t.Helper()
	ctx := context.Background()
	driver, dsn, stmts := "sqlite", "file:"+e.st.DB().URL, []string{"BEGIN IMMEDIATE"}
	if sqltest.Postgres() {
		driver, dsn, stmts = "pgx", e.st.DB().URL, []string{"BEGIN", "LOCK TABLE audit_log IN EXCLUSIVE MODE"}
	}
	db, err := sql.Open(driver, dsn)
	if err != nil {
		t.Fatal(err)
	}
	conn, err := db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range stmts {
		if _, err := conn.ExecContext(ctx, s); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
	return func() {
		_, _ = conn.ExecContext(ctx, "ROLLBACK")
		conn.Close()
		db.Close()
	}
}

// TestClientGoneIsNotAnError: a client that hangs up before its answer is
// written is no fault of the server. Its request logs no ERROR line and
// counts in schakel_http_client_gone_total.
func TestClientGoneIsNotAnError(t *testing.T) {
	e := newEnv(t)
	id := e.api("POST", "/api/v1/signals", "melder", validSignal()).str("id")
	if r := e.api("GET", "/api/v1/signals/"+id, "af:rotterdam", nil); r.status != 200 {
		t.Fatalf("read before: %d", r.status)
	}
	b := e.browser()
	b.login("af@schakel.demo")
	base, _ := url.Parse(e.srv.URL)
	var cookies []string
	for _, c := range b.c.Jar.Cookies(base) {
		cookies = append(cookies, c.Name+"="+c.Value)
	}
	tests := []struct {
		rule, route, request string
	}{
		{"an API client hangs up", "GET /api/v1/signals/{id}",
			"GET /api/v1/signals/" + id + " HTTP/1.1\r\nHost: schakel\r\nAuthorization: Bearer " + e.token("af:rotterdam") + "\r\n\r\n"},
		{"a browser hangs up", "GET /signalen/{id}",
			"GET /signalen/" + id + " HTTP/1.1\r\nHost: schakel\r\nCookie: " + strings.Join(cookies, "; ") + "\r\n\r\n"},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			logStart := len(e.logs.String())
			before := strings.Count(e.logs.String(), `"route":"`+tt.route+`"`)
			release := holdWrites(t, e)
			conn, err := net.Dial("tcp", e.srv.Listener.Addr().String())
			if err != nil {
				t.Fatal(err)
			}
			if _, err := conn.Write([]byte(tt.request)); err != nil {
				t.Fatal(err)
			}
			// The server now waits for the database to record the read;
			// the client gives up and hangs up.
			time.Sleep(300 * time.Millisecond)
			conn.Close()
			time.Sleep(300 * time.Millisecond)
			release()
			for deadline := time.Now().Add(20 * time.Second); strings.Count(e.logs.String(), `"route":"`+tt.route+`"`) == before; time.Sleep(20 * time.Millisecond) {
				if time.Now().After(deadline) {
					t.Fatal("the request was not answered")
				}
			}
			for _, l := range strings.Split(e.logs.String()[logStart:], "\n") {
				if strings.Contains(l, `"level":"ERROR"`) {
					t.Errorf("a client hanging up is logged as an error: %s", l)
				}
			}
			rec := httptest.NewRecorder()
			e.web.MetricsHandler().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
			want := fmt.Sprintf(`schakel_http_client_gone_total{route=%q} 1`, tt.route)
			if !strings.Contains(rec.Body.String(), want) {
				t.Errorf("metrics lack %s", want)
			}
		})
	}
}
