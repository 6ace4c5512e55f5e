package main

import (
	"bytes"
	"context"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// lockedBuffer is a buffer the demo writes to while the test reads it.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// TestDemoAccountsLogInAtOnce: an account of the demo that needs a second
// factor logs in right after the demo starts, with the code the code page
// shows (issue 12: nine of ten demo accounts asked for an authenticator
// app first).
func TestDemoAccountsLogInAtOnce(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithCancel(context.Background())
	var out, errs lockedBuffer
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"demo", "--addr", "127.0.0.1:0", "--metrics-addr=", "--signals", "3"}, strings.NewReader(""), &out, &errs)
	}()
	defer func() {
		cancel()
		<-done
	}()
	addr := regexp.MustCompile(`open (http://127\.0\.0\.1:\d+)/`)
	var base string
	for deadline := time.Now().Add(60 * time.Second); base == ""; time.Sleep(50 * time.Millisecond) {
		if m := addr.FindStringSubmatch(out.String()); m != nil {
			base = m[1]
		} else if time.Now().After(deadline) {
			t.Fatalf("the demo did not start: %s %s", out.String(), errs.String())
		}
	}
	jar, _ := cookiejar.New(nil)
	c := &http.Client{Jar: jar}
	res, err := c.PostForm(base+"/inloggen", url.Values{"email": {"af@schakel.demo"}, "password": {"demo-wachtwoord-2026"}})
	if err != nil {
		t.Fatal(err)
	}
	body := readAll(t, res)
	m := regexp.MustCompile(`de code is nu (\d{6})`).FindStringSubmatch(body)
	if res.Request.URL.Path != "/inloggen/code" || m == nil {
		t.Fatalf("after the password: %s, no code shown", res.Request.URL.Path)
	}
	res, err = c.PostForm(base+"/inloggen/code", url.Values{"code": {m[1]}})
	if err != nil {
		t.Fatal(err)
	}
	body = readAll(t, res)
	if res.Request.URL.Path != "/" || !strings.Contains(body, "Anna Aandacht") {
		t.Fatalf("with the code shown: at %s", res.Request.URL.Path)
	}
}

func readAll(t *testing.T, res *http.Response) string {
	t.Helper()
	defer res.Body.Close()
	var b bytes.Buffer
	if _, err := b.ReadFrom(res.Body); err != nil {
		t.Fatal(err)
	}
	return b.String()
}
