package web

import (
	"bytes"
	"errors"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/schakel-nl/schakel"
	"github.com/schakel-nl/schakel/sqlstore/sqltest"
)

// TestUIErrorsUseTheOneTable: an error a UI handler returns becomes the
// error page with the status the API's problems have for its kind
// (statusOf), a fault of the server is logged once, and a broken page is
// answered with the error page, not half a page.
func TestUIErrorsUseTheOneTable(t *testing.T) {
	t.Parallel()
	var logs bytes.Buffer
	s, err := New(sqltest.Store(t), slog.New(slog.NewJSONHandler(&logs, nil)), DefaultConfig)
	if err != nil {
		t.Fatal(err)
	}
	serve := func(h handler) *httptest.ResponseRecorder {
		logs.Reset()
		rec := httptest.NewRecorder()
		s.ui.serve(h).ServeHTTP(rec, httptest.NewRequest("GET", "/signalen", nil))
		return rec
	}
	for kind, status := range statusOf {
		var err error = schakel.Errorf(kind, "melding bij %s", kind)
		if kind == schakel.KindInternal {
			err = errors.New("no such table: signals")
		}
		rec := serve(func(http.ResponseWriter, *http.Request) error { return err })
		if kind == schakel.KindUnauthorized {
			if rec.Code != http.StatusSeeOther || rec.Header().Get("Location") != "/inloggen" {
				t.Errorf("%s: %d to %q, want the login page", kind, rec.Code, rec.Header().Get("Location"))
			}
			continue
		}
		if rec.Code != status || !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/html") || !strings.Contains(rec.Body.String(), "</html>") {
			t.Errorf("%s: %d %s, want the error page with %d", kind, rec.Code, rec.Header().Get("Content-Type"), status)
		}
		if kind == schakel.KindInternal {
			if n := strings.Count(logs.String(), `"level":"ERROR"`); n != 1 || strings.Contains(rec.Body.String(), "no such table") {
				t.Errorf("a fault: %d ERROR lines (want 1), shown: %v", n, strings.Contains(rec.Body.String(), "no such table"))
			}
		}
	}
	rec := serve(func(w http.ResponseWriter, r *http.Request) error {
		return s.ui.render(w, r, http.StatusOK, "no-such-page", &page{})
	})
	if rec.Code != http.StatusInternalServerError || !strings.Contains(rec.Body.String(), "</html>") {
		t.Errorf("a missing template: %d, want the error page with 500", rec.Code)
	}
	if n := strings.Count(logs.String(), `"level":"ERROR"`); n != 1 || !strings.Contains(logs.String(), "no-such-page") {
		t.Errorf("a missing template is logged %d times: %s", n, logs.String())
	}
	rec = serve(func(w http.ResponseWriter, r *http.Request) error {
		http.Redirect(w, r, "/", http.StatusSeeOther)
		return nil
	})
	if rec.Code != http.StatusSeeOther || logs.Len() != 0 {
		t.Errorf("an answer without error: %d, logged %s", rec.Code, logs.String())
	}
}
