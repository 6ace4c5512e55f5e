package web

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// At most MaxInFlight requests work at once, and every waiting request is
// served. (The order among waiters is the channel's: blocked senders are
// woken first in, first out; a test of it would depend on scheduling.)
func TestFairQueue(t *testing.T) {
	s := &Server{cfg: Config{MaxInFlight: 2}}
	var running, peak atomic.Int32
	var mu sync.Mutex
	var order []int
	release := make(chan struct{})
	h := s.fairQueue(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := running.Add(1)
		for {
			p := peak.Load()
			if n <= p || peak.CompareAndSwap(p, n) {
				break
			}
		}
		mu.Lock()
		order = append(order, len(r.URL.Query().Get("i")))
		mu.Unlock()
		<-release
		running.Add(-1)
	}))
	var wg sync.WaitGroup
	for i := range 6 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			req := httptest.NewRequest("GET", "/x?i="+strings.Repeat("a", i), nil)
			req.Header.Set("Authorization", "Bearer sk_test")
			h.ServeHTTP(httptest.NewRecorder(), req)
		}()
		time.Sleep(5 * time.Millisecond)
	}
	for range 6 {
		release <- struct{}{}
	}
	wg.Wait()
	if peak.Load() != 2 {
		t.Fatalf("%d requests worked at once, want 2", peak.Load())
	}
	if len(order) != 6 {
		t.Fatalf("%d of 6 requests served", len(order))
	}
}

// TestFairQueueShares: requests of nobody in particular get at most a
// quarter of the places; however many of them wait, a request with a
// session or token still gets one of the others.
func TestFairQueueShares(t *testing.T) {
	s := &Server{cfg: Config{MaxInFlight: 8}}
	var anonymous, peak atomic.Int32
	release := make(chan struct{})
	h := s.fairQueue(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/anoniem" || strings.HasPrefix(r.URL.Path, "/inloggen") {
			n := anonymous.Add(1)
			for p := peak.Load(); n > p && !peak.CompareAndSwap(p, n); p = peak.Load() {
			}
			<-release
			anonymous.Add(-1)
		}
	}))
	// Anonymous: no cookie and no token, or any login step (a password
	// is hashed there), even with a session cookie.
	anonymousRequests := []func() *http.Request{
		func() *http.Request { return httptest.NewRequest("GET", "/anoniem", nil) },
		func() *http.Request {
			r := httptest.NewRequest("POST", "/inloggen", nil)
			r.AddCookie(&http.Cookie{Name: sessionCookie, Value: "x"})
			return r
		},
		func() *http.Request { return httptest.NewRequest("POST", "/inloggen/code", nil) },
	}
	var wg sync.WaitGroup
	for i := range 12 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			h.ServeHTTP(httptest.NewRecorder(), anonymousRequests[i%len(anonymousRequests)]())
		}()
	}
	time.Sleep(100 * time.Millisecond)
	if n := peak.Load(); n != 2 {
		t.Errorf("%d anonymous requests work at once, want 2 of 8 places", n)
	}
	for _, tt := range []struct {
		rule string
		req  *http.Request
	}{
		{"a session cookie", func() *http.Request {
			r := httptest.NewRequest("GET", "/signalen", nil)
			r.AddCookie(&http.Cookie{Name: sessionCookie, Value: "x"})
			return r
		}()},
		{"an API token", func() *http.Request {
			r := httptest.NewRequest("GET", "/api/v1/signals", nil)
			r.Header.Set("Authorization", "Bearer sk_x")
			return r
		}()},
	} {
		done := make(chan struct{})
		go func() { h.ServeHTTP(httptest.NewRecorder(), tt.req); close(done) }()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			t.Errorf("a request with %s waits behind anonymous ones", tt.rule)
		}
	}
	close(release)
	wg.Wait()
}
