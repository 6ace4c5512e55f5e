package web_test

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/schakel-nl/schakel/web"
)

// TestRequestBodyLimits: a body is read whole before its request works,
// within a size and a time limit.
func TestRequestBodyLimits(t *testing.T) {
	e := newEnvWith(t, func(c *web.Config) { c.BodyTimeout = 500 * time.Millisecond }, 0)
	send := func(path, contentType string, header string, chunks []string, pause time.Duration) (int, string) {
		conn, err := net.Dial("tcp", e.srv.Listener.Addr().String())
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		fmt.Fprintf(conn, "POST %s HTTP/1.1\r\nHost: schakel\r\nContent-Type: %s\r\n%s\r\n", path, contentType, header)
		for _, c := range chunks {
			if _, err := io.WriteString(conn, c); err != nil {
				break
			}
			time.Sleep(pause)
		}
		_ = conn.SetReadDeadline(time.Now().Add(10 * time.Second))
		res, err := http.ReadResponse(bufio.NewReader(conn), nil)
		if err != nil {
			t.Fatalf("no answer: %v", err)
		}
		defer res.Body.Close()
		raw, _ := io.ReadAll(res.Body)
		return res.StatusCode, string(raw)
	}
	big := strings.Repeat("a", 1<<20+1)
	tests := []struct {
		rule       string
		path, ct   string
		header     string
		chunks     []string
		pause      time.Duration
		wantStatus int
		wantText   string
	}{
		{"a body announced larger than 1 MiB is refused", "/inloggen", "application/x-www-form-urlencoded",
			fmt.Sprintf("Content-Length: %d\r\n", len(big)), nil, 0, http.StatusRequestEntityTooLarge, "te groot"},
		{"a chunked body larger than 1 MiB is refused", "/api/v1/signals", "application/json",
			"Transfer-Encoding: chunked\r\n", []string{fmt.Sprintf("%x\r\n%s\r\n0\r\n\r\n", len(big), big)}, 0, http.StatusRequestEntityTooLarge, "te groot"},
		{"a body slower than the body deadline is refused", "/inloggen", "application/x-www-form-urlencoded",
			"Content-Length: 40\r\n", []string{"email=", "a", "b", "c", "d"}, 200 * time.Millisecond, http.StatusRequestTimeout, "duurde te lang"},
		{"a body in time is read", "/inloggen", "application/x-www-form-urlencoded",
			"Content-Length: 42\r\n", []string{"email=x%40example.org&", "password=abcdefghijk"}, 100 * time.Millisecond, http.StatusUnauthorized, "Onbekende combinatie"},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			status, body := send(tt.path, tt.ct, tt.header, tt.chunks, tt.pause)
			if status != tt.wantStatus || !strings.Contains(body, tt.wantText) {
				t.Errorf("%d %.200s, want %d with %q", status, body, tt.wantStatus, tt.wantText)
			}
		})
	}
}
