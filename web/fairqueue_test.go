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
