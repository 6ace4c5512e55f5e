package web_test

import (
	"fmt"
	"net"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/schakel-nl/schakel/web"
)

// TestSlowLoginBodiesDoNotStallUsers runs the attack: dozens of clients
// without an account open a login POST and send its body a byte at a
// time, more of them than the server works on at once. A logged-in user
// (in the browser and through the API) is answered while they are all
// still sending.
func TestSlowLoginBodiesDoNotStallUsers(t *testing.T) {
	const maxInFlight, attackers = 8, 40
	const attack = 8 * time.Second // each attacker keeps sending this long
	e := newEnvWith(t, func(c *web.Config) { c.MaxInFlight = maxInFlight }, 0)
	b := e.browser()
	b.login("af@schakel.demo")
	token := e.token("af:rotterdam")

	stop := make(chan struct{})
	var finished atomic.Int32 // attackers whose whole body is sent
	var wg sync.WaitGroup
	attackEnd := time.Now().Add(attack)
	for range attackers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			conn, err := net.Dial("tcp", e.srv.Listener.Addr().String())
			if err != nil {
				t.Error(err)
				return
			}
			defer conn.Close()
			body := "email=x%40example.org&password=" + strings.Repeat("a", 30)
			fmt.Fprintf(conn, "POST /inloggen HTTP/1.1\r\nHost: schakel\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: %d\r\n\r\n", len(body))
			tick := time.NewTicker(attack / time.Duration(len(body)))
			defer tick.Stop()
			for i := 0; i < len(body); i++ {
				select {
				case <-stop:
					return
				case <-tick.C:
				}
				if _, err := conn.Write([]byte{body[i]}); err != nil {
					return
				}
			}
			finished.Add(1)
			<-stop
		}()
	}
	defer func() { close(stop); wg.Wait() }()
	time.Sleep(time.Second) // every attacker has sent its header and is sending its body

	type answer struct {
		what   string
		status int
		err    error
		at     time.Time
	}
	answers := make(chan answer, 2)
	go func() {
		res, err := b.c.Get(e.srv.URL + "/")
		a := answer{what: "start page", err: err, at: time.Now()}
		if err == nil {
			a.status = res.StatusCode
			res.Body.Close()
		}
		answers <- a
	}()
	go func() {
		req, _ := http.NewRequest("GET", e.srv.URL+"/api/v1/signals", nil)
		req.Header.Set("Authorization", "Bearer "+token)
		res, err := http.DefaultClient.Do(req)
		a := answer{what: "API list", err: err, at: time.Now()}
		if err == nil {
			a.status = res.StatusCode
			res.Body.Close()
		}
		answers <- a
	}()
	for range 2 {
		a := <-answers
		if a.err != nil || a.status != http.StatusOK {
			t.Errorf("%s: %d %v", a.what, a.status, a.err)
			continue
		}
		if n := finished.Load(); n > 0 || !a.at.Before(attackEnd) {
			t.Errorf("%s answered only after %d slow clients finished sending", a.what, n)
		}
	}
}
