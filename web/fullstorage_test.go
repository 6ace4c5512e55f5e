package web_test

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/schakel-nl/schakel/sqlstore/sqltest"
)

// fillStorage makes the database's storage full, the way a full disk
// does, until the returned function frees it again: on SQLite the file
// may not grow any more (PRAGMA max_page_count), so every write that
// needs a new page fails with SQLITE_FULL; on PostgreSQL every insert into
// the audit trail and every readiness heartbeat fails with SQLSTATE 53100
// (disk_full), raised by a trigger as PostgreSQL raises it when it cannot
// extend a file.
func fillStorage(t *testing.T, e *env) (free func()) {
	t.Helper()
	ctx := context.Background()
	if !sqltest.Postgres() {
		if err := e.st.DB().SimulateFullStorage(ctx, true); err != nil {
			t.Fatal(err)
		}
		return func() {
			if err := e.st.DB().SimulateFullStorage(ctx, false); err != nil {
				t.Fatal(err)
			}
		}
	}
	url := e.st.DB().URL
	for _, stmt := range []string{
		`CREATE FUNCTION disk_full() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
			RAISE EXCEPTION 'could not extend file: No space left on device' USING ERRCODE = 'disk_full'; END $$`,
		`CREATE TRIGGER audit_disk_full BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION disk_full()`,
		`CREATE TRIGGER heartbeat_disk_full BEFORE INSERT OR UPDATE ON heartbeats FOR EACH ROW EXECUTE FUNCTION disk_full()`,
	} {
		sqltest.Exec(t, url, stmt)
	}
	return func() {
		sqltest.Exec(t, url, `DROP TRIGGER audit_disk_full ON audit_log`)
		sqltest.Exec(t, url, `DROP TRIGGER heartbeat_disk_full ON heartbeats`)
	}
}

// TestFullStorage: when the storage is full, nothing is stored and reads
// (which record their audit line first) are refused, and everyone is
// told so: readiness says not ready with the reason, the API answers a
// 503 problem naming it, the UI a Dutch page that says nothing was saved.
// Once space is free again, the instance is ready again.
func TestFullStorage(t *testing.T) {
	e := newEnv(t)
	id := e.api("POST", "/api/v1/signals", "melder", validSignal()).str("id")
	b := e.browser()
	b.login("af@schakel.demo")
	e.token("af:rotterdam") // made while there is room
	if r := e.api("GET", "/readyz", "", nil); r.status != http.StatusOK {
		t.Fatalf("readyz before: %d %s", r.status, r.raw)
	}
	free := fillStorage(t, e)

	// Reads go on while the last free pages last; then the next audit
	// line does not fit.
	var r resp
	reads := 0
	for ; reads < 2000; reads++ {
		if r = e.api("GET", "/api/v1/signals/"+id, "af:rotterdam", nil); r.status != http.StatusOK {
			break
		}
	}
	t.Logf("storage full after %d reads", reads)
	if r.status == http.StatusOK {
		t.Fatal("reads never met the full storage")
	}
	if r.status != http.StatusServiceUnavailable || r.header.Get("Content-Type") != "application/problem+json" ||
		r.str("type") != "urn:schakel:problem:storage-full" || r.str("title") != "Storage full" || !strings.Contains(r.str("detail"), "opslag is vol") {
		t.Errorf("API read on a full disk: %d %s", r.status, r.raw)
	}
	if strings.Contains(r.raw, "Zuzana") {
		t.Error("the refused read shows personal data")
	}
	signals := e.rows("signals")
	if r := e.api("POST", "/api/v1/signals", "melder", validSignal()); r.status != http.StatusServiceUnavailable || r.str("title") != "Storage full" {
		t.Errorf("API write on a full disk: %d %s", r.status, r.raw)
	}
	if n := e.rows("signals"); n != signals {
		t.Errorf("a refused write stored %d signals", n-signals)
	}
	p := b.get("/signalen/" + id)
	if p.status != http.StatusServiceUnavailable || !strings.Contains(p.body, "De opslag is vol") ||
		!strings.Contains(p.body, "niet opgeslagen") || !strings.Contains(p.body, "beheerder") || strings.Contains(p.body, "Er ging iets mis") {
		t.Errorf("UI read on a full disk: %d %s", p.status, p.body)
	}
	if r := e.api("GET", "/readyz", "", nil); r.status != http.StatusServiceUnavailable || r.str("status") != "not ready" || r.str("reason") != "storage full" {
		t.Errorf("readyz on a full disk: %d %s", r.status, r.raw)
	}
	if n := strings.Count(e.logs.String(), `"level":"ERROR"`); n > 1 {
		t.Errorf("a full disk logs %d ERROR lines; one says it", n)
	}

	free()
	deadline := time.Now().Add(15 * time.Second)
	for r = e.api("GET", "/readyz", "", nil); r.status != http.StatusOK && time.Now().Before(deadline); r = e.api("GET", "/readyz", "", nil) {
		time.Sleep(200 * time.Millisecond)
	}
	if r.status != http.StatusOK {
		t.Fatalf("readyz after space was freed: %d %s", r.status, r.raw)
	}
	if r := e.api("GET", "/api/v1/signals/"+id, "af:rotterdam", nil); r.status != http.StatusOK {
		t.Errorf("read after space was freed: %d", r.status)
	}
}
