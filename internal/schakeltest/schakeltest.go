// Package schakeltest gives a test a ready Schakel in one call: a fresh
// database on the engine of the run (sqlstore/sqltest: SQLite, or
// PostgreSQL when SCHAKEL_TEST_ENGINE=postgres) filled with the demo users
// and signals, a key file for the commands, and a real HTTP server on it.
// Everything it makes ends with the test.
package schakeltest

import (
	"bytes"
	"context"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sync"
	"testing"

	"github.com/schakel-nl/schakel"
	"github.com/schakel-nl/schakel/demo"
	"github.com/schakel-nl/schakel/sqlstore"
	"github.com/schakel-nl/schakel/sqlstore/sqltest"
	"github.com/schakel-nl/schakel/vault"
	"github.com/schakel-nl/schakel/web"
)

// Password is the demo users' password where a test logs in as them.
const Password = "demo-wachtwoord-2026"

// Options says what a Demo holds.
type Options struct {
	Signals  int    // how many demo signals
	Seed     uint64 // same seed, same data
	Password string // the demo users' password; "" for Password
	// URL is the database to fill; "" makes a fresh one on the run's
	// engine.
	URL string
}

// Demo is a database filled by demo.Populate, open in Store.
type Demo struct {
	URL   string // the database, for commands' --db
	Keys  *vault.Vault
	Store *sqlstore.Store
	Users map[string]*schakel.User // the demo users by key (demo.Result)

	t        testing.TB
	keysOnce sync.Once
	keysPath string
	closed   bool
}

// NewDemo makes a Demo under the test keys shared by the process
// (sqltest.Keys).
func NewDemo(t testing.TB, o Options) *Demo {
	t.Helper()
	url := o.URL
	if url == "" {
		url = sqltest.URL(t)
	}
	db, err := sqlstore.Open(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	d := &Demo{URL: url, Keys: sqltest.Keys(t), t: t}
	d.Store = sqlstore.New(db, schakel.DefaultDeadlines, d.Keys)
	t.Cleanup(d.Close)
	res, err := demo.Populate(context.Background(), d.Store, demo.Options{Signals: o.Signals, Seed: o.Seed, Password: o.Password})
	if err != nil {
		t.Fatal(err)
	}
	d.Users = res.Users
	return d
}

// KeyFile returns a key file with the Demo's keys, for commands' --keys,
// written on first use into the test's temporary directory.
func (d *Demo) KeyFile() string {
	d.keysOnce.Do(func() {
		d.keysPath = filepath.Join(d.t.TempDir(), "keys.json")
		if err := d.Keys.Save(d.keysPath); err != nil {
			d.t.Fatal(err)
		}
	})
	return d.keysPath
}

// Close closes the database before the test ends, for a test that needs
// the file to itself; the test's end closes it otherwise.
func (d *Demo) Close() {
	if !d.closed {
		d.closed = true
		d.Store.DB().Close()
	}
}

// Token returns a new API token of the demo user with key.
func (d *Demo) Token(key string) string {
	d.t.Helper()
	u := d.Users[key]
	if u == nil {
		d.t.Fatalf("no demo user %q", key)
	}
	tok, err := d.Store.CreateToken(context.Background(), u.ID)
	if err != nil {
		d.t.Fatal(err)
	}
	return tok
}

// Server is Schakel's HTTP handler served on a loopback port.
type Server struct {
	Web  *web.Server
	HTTP *httptest.Server
	URL  string  // http://127.0.0.1:port
	Logs *Buffer // the server's log, as JSON lines
}

// Serve serves st until the test ends, with web.DefaultConfig changed by
// configure (which may be nil); the configuration's PublicURL is already
// the server's own address when configure sees it.
func Serve(t testing.TB, st *sqlstore.Store, configure func(*web.Config)) *Server {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	cfg := web.DefaultConfig
	cfg.PublicURL = "http://" + ln.Addr().String()
	if configure != nil {
		configure(&cfg)
	}
	logs := &Buffer{}
	srv, err := web.New(st, slog.New(slog.NewJSONHandler(logs, nil)), cfg)
	if err != nil {
		ln.Close()
		t.Fatal(err)
	}
	hs := &httptest.Server{Listener: ln, Config: &http.Server{Handler: srv.Handler()}}
	hs.Start()
	t.Cleanup(hs.Close)
	return &Server{Web: srv, HTTP: hs, URL: hs.URL, Logs: logs}
}

// Buffer is a bytes.Buffer safe for a server's goroutines to write to
// while the test reads it.
type Buffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *Buffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

// String returns what was written so far.
func (b *Buffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}
