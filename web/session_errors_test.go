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

// TestSessionErrors: a session that cannot be saved (the storage is full,
// say) leaves the answer being written alone, instead of writing a
// second, generic one into it; one that cannot be loaded gets an answer
// that says why.
func TestSessionErrors(t *testing.T) {
	t.Parallel()
	full := &schakel.Error{Kind: schakel.KindStorageFull, Message: "vol", Err: errors.New("database or disk is full (13)")}
	tests := []struct {
		rule       string
		err        error
		wantStatus int // 0: nothing written
		wantText   string
	}{
		{"a session not saved on a full storage leaves the answer alone", sessionCommitError{full}, 0, ""},
		{"a session not saved for another reason leaves the answer alone", sessionCommitError{errors.New("disk I/O error")}, 0, ""},
		{"a session not loaded on a full storage says the storage is full", full, http.StatusServiceUnavailable, "De opslag van Schakel is vol"},
		{"a session not loaded for another reason is an error", errors.New("no such table: sessions"), http.StatusInternalServerError, "Er ging iets mis"},
	}
	var logs bytes.Buffer
	s, err := New(sqltest.Store(t), slog.New(slog.NewJSONHandler(&logs, nil)), DefaultConfig)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			rec := httptest.NewRecorder()
			s.sessions.ErrorFunc(rec, httptest.NewRequest("GET", "/signalen", nil), tt.err)
			written := 0
			if rec.Body.Len() > 0 || len(rec.Header()) > 0 {
				written = rec.Code
			}
			if written != tt.wantStatus || !strings.Contains(rec.Body.String(), tt.wantText) {
				t.Errorf("wrote %d %q, want %d with %q", written, rec.Body.String(), tt.wantStatus, tt.wantText)
			}
		})
	}
}
