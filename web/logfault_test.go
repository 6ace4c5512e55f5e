package web

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http/httptest"
	"strings"
	"syscall"
	"testing"
)

// TestLogFault: what the server did wrong is an ERROR; what follows from
// a client hanging up is logged at debug level.
func TestLogFault(t *testing.T) {
	t.Parallel()
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	tests := []struct {
		rule      string
		ctx       context.Context
		err       error
		wantLevel string
	}{
		{"a fault of the server is an error", context.Background(), errors.New("no such table: signals"), "ERROR"},
		{"a deadline of the server's own is an error", context.Background(), context.DeadlineExceeded, "ERROR"},
		{"anything after the client hung up is not", cancelled, errors.New("interrupted (9)"), "DEBUG"},
		{"a broken pipe while writing the answer is not", context.Background(), fmt.Errorf("write tcp: %w", syscall.EPIPE), "DEBUG"},
		{"a reset connection while writing the answer is not", context.Background(), fmt.Errorf("write tcp: %w", syscall.ECONNRESET), "DEBUG"},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			var buf bytes.Buffer
			log := slog.New(slog.NewJSONHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug}))
			r := httptest.NewRequest("GET", "/x", nil).WithContext(tt.ctx)
			logFault(log, r, "internal error", tt.err)
			if !strings.Contains(buf.String(), `"level":"`+tt.wantLevel+`"`) {
				t.Errorf("logged %s, want level %s", buf.String(), tt.wantLevel)
			}
		})
	}
}
