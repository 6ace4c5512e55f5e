package main

import (
	"context"
	"flag"
	"io"
	"net"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/schakel-nl/schakel/internal/schakeltest"
	"github.com/schakel-nl/schakel/sqlstore/sqltest"
)

// startServe runs `schakel serve` in this process with args until the test
// ends and returns what it printed once it is listening.
func startServe(t *testing.T, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var out, errb schakeltest.Buffer
	done := make(chan error, 1)
	db := sqltest.URL(t)
	go func() {
		done <- run(ctx, append([]string{"serve", "--db", db, "--addr", "127.0.0.1:0"}, args...), strings.NewReader(""), &out, &errb)
	}()
	for deadline := time.Now().Add(60 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if strings.Contains(out.String(), "schakel serving on") {
			t.Cleanup(func() {
				cancel()
				select {
				case err := <-done:
					if err != nil {
						t.Errorf("serve ended with %v", err)
					}
				case <-time.After(30 * time.Second):
					t.Error("serve did not stop")
				}
			})
			return out.String()
		}
		select {
		case err := <-done:
			cancel()
			t.Fatalf("serve ended: %v\n%s", err, errb.String())
		default:
		}
	}
	cancel()
	t.Fatalf("serve did not start:\n%s", errb.String())
	return ""
}

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	res, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res.StatusCode, string(b)
}

var (
	servingRe = regexp.MustCompile(`schakel serving on (http://[0-9.:]+)`)
	metricsRe = regexp.MustCompile(`metrics on (http://[0-9.:]+)/metrics`)
)

// TestMetricsListener: /metrics answers on its own listener only, never
// on the main port; an empty address turns it off; the default is
// loopback.
func TestMetricsListener(t *testing.T) {
	tests := []struct {
		rule        string
		args        []string
		env         string // SCHAKEL_METRICS_ADDR; "-" for unset
		wantMetrics bool
	}{
		{"--metrics-addr serves metrics apart from the main port", []string{"--metrics-addr", "127.0.0.1:0"}, "-", true},
		{"SCHAKEL_METRICS_ADDR does the same", nil, "127.0.0.1:0", true},
		{"an empty --metrics-addr turns metrics off", []string{"--metrics-addr", ""}, "-", false},
		{"an empty SCHAKEL_METRICS_ADDR turns metrics off", nil, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			if tt.env != "-" {
				t.Setenv("SCHAKEL_METRICS_ADDR", tt.env)
			}
			out := startServe(t, tt.args...)
			base := servingRe.FindStringSubmatch(out)[1]
			if status, _ := get(t, base+"/metrics"); status != http.StatusNotFound {
				t.Errorf("the main port answers /metrics with %d, want 404", status)
			}
			if status, _ := get(t, base+"/healthz"); status != http.StatusOK {
				t.Errorf("the main port does not serve: %d", status)
			}
			m := metricsRe.FindStringSubmatch(out)
			if (m != nil) != tt.wantMetrics {
				t.Fatalf("metrics listener: %v, want %v\n%s", m != nil, tt.wantMetrics, out)
			}
			if m == nil {
				return
			}
			status, body := get(t, m[1]+"/metrics")
			if status != http.StatusOK || !strings.Contains(body, `schakel_http_requests_total{method="GET",route="GET /healthz",status="200"} 1`) {
				t.Errorf("metrics listener: %d\n%.500s", status, body)
			}
		})
	}
	t.Run("the default listens on loopback only", func(t *testing.T) {
		var s settings
		fs := flag.NewFlagSet("serve", flag.ContinueOnError)
		s.register(fs, true)
		host, _, err := net.SplitHostPort(fs.Lookup("metrics-addr").DefValue)
		if ip := net.ParseIP(host); err != nil || ip == nil || !ip.IsLoopback() {
			t.Errorf("default --metrics-addr %q is not a loopback address", fs.Lookup("metrics-addr").DefValue)
		}
	})
}
