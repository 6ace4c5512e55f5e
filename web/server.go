// Package web serves Schakel over HTTP: the JSON API of docs/api.md and the
// Dutch, server-rendered user interface. Both call the same store, so the
// access rules apply to them alike.
package web

import (
	"bytes"
	"context"
	"embed"
	"errors"
	"io"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"syscall"
	"time"

	"github.com/alexedwards/scs/v2"

	"github.com/schakel-nl/schakel"
	"github.com/schakel-nl/schakel/sqlstore"
)

//go:embed templates static
var assets embed.FS

// Config holds the HTTP settings.
type Config struct {
	// SecureCookies marks cookies Secure; on behind TLS, off for plain
	// loopback development.
	SecureCookies bool
	// IdleTimeout ends a session after this long without a request.
	IdleTimeout time.Duration
	// SessionLifetime ends a session after this long, however active.
	SessionLifetime time.Duration
	// MaxInFlight bounds the requests that work at once; the rest wait
	// in arrival order. 0: no bound. A request without a session or
	// token gets at most a quarter of them (see fairQueue).
	MaxInFlight int
	// DemoCode, set by schakel demo only, gives the current second-factor
	// code of a demo user, which the code page then shows, marked as the
	// demo's: every demo account logs in at once. Nil in production.
	DemoCode func(userID string) string
	// BodyTimeout is how long a client has to send a request's body,
	// which is read whole before the request takes a place in the queue.
	BodyTimeout time.Duration
	// LoginAttempts bounds the login attempts (password and code) per
	// client address per minute, on top of the lockout per account.
	LoginAttempts int
	// PublicURL is where users reach Schakel (for OpenID Connect redirect
	// URLs), e.g. https://schakel.example.nl.
	PublicURL string
	// OIDC lists the organisations' own identity providers.
	OIDC []OIDCProvider
}

// DefaultConfig is what serve starts with unless told otherwise.
var DefaultConfig = Config{IdleTimeout: 15 * time.Minute, SessionLifetime: 12 * time.Hour, MaxInFlight: 16 * runtime.NumCPU(),
	LoginAttempts: 20, BodyTimeout: 10 * time.Second}

// HTTPServer returns an http.Server for h with the timeouts serve uses: a
// client that sends its header slowly, or keeps a connection idle, does
// not hold it. A request's body has its own, shorter deadline
// (Config.BodyTimeout, see readBody); ReadTimeout is the backstop for
// header and body together.
func HTTPServer(h http.Handler) *http.Server {
	return &http.Server{Handler: h, ReadHeaderTimeout: 5 * time.Second, ReadTimeout: 20 * time.Second,
		WriteTimeout: 60 * time.Second, IdleTimeout: 60 * time.Second, MaxHeaderBytes: 64 << 10}
}

// Server is the HTTP side of Schakel.
type Server struct {
	store    *sqlstore.Store
	log      *slog.Logger
	sessions *scs.SessionManager
	ui       *ui
	cfg      Config
	metrics  *metrics
	throttle *throttle
	oidc     *oidcProviders
	static   staticFiles
}

// New builds a server on a store.
func New(store *sqlstore.Store, log *slog.Logger, cfg Config) (*Server, error) {
	if store.Log == nil {
		store.Log = log // integrity faults the store meets
	}
	sm := scs.New()
	sm.Store = sessionStore{store.Sessions()}
	sm.IdleTimeout = cfg.IdleTimeout
	sm.Lifetime = cfg.SessionLifetime
	sm.Cookie.Name = sessionCookie
	sm.Cookie.HttpOnly = true
	sm.Cookie.SameSite = http.SameSiteLaxMode
	sm.Cookie.Secure = cfg.SecureCookies
	sm.ErrorFunc = func(w http.ResponseWriter, r *http.Request, err error) {
		full := schakel.ErrorKind(err) == schakel.KindStorageFull
		if full {
			logStorageFull(log, r, err)
		} else {
			logFault(log, r, "session error", err)
		}
		var commit sessionCommitError
		if errors.As(err, &commit) {
			// Saving the session failed as its answer began: that answer
			// (an error page of its own, say) goes out as it is, and the
			// session keeps its state from before this request: a login
			// step not saved is to be taken again, nothing more.
			return
		}
		if full {
			w.Header().Set("Retry-After", retryAfter)
			http.Error(w, text("error.storage_full"), http.StatusServiceUnavailable)
			return
		}
		http.Error(w, text("error.internal"), http.StatusInternalServerError)
	}
	if cfg.LoginAttempts <= 0 {
		cfg.LoginAttempts = DefaultConfig.LoginAttempts
	}
	if cfg.BodyTimeout <= 0 {
		cfg.BodyTimeout = DefaultConfig.BodyTimeout
	}
	staticFS, err := fs.Sub(assets, "static")
	if err != nil {
		return nil, err
	}
	static, err := loadStatic(staticFS)
	if err != nil {
		return nil, err
	}
	s := &Server{store: store, log: log, sessions: sm, cfg: cfg, metrics: newMetrics(store), static: static,
		throttle: newThrottle(cfg.LoginAttempts, time.Minute), oidc: newOIDC(strings.TrimSuffix(cfg.PublicURL, "/"), cfg.OIDC)}
	u, err := newUI(s)
	if err != nil {
		return nil, err
	}
	s.ui = u
	return s, nil
}

// Handler returns the whole HTTP handler.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	})
	mux.HandleFunc("GET /readyz", s.readyz)
	s.apiRoutes(mux)
	mux.Handle("GET /static/", http.StripPrefix("/static/", s.static))
	mux.HandleFunc("GET /favicon.ico", s.static.favicon)
	s.ui.routes(mux)

	csrf := http.NewCrossOriginProtection()
	return s.recoverer(s.logRequests(securityHeaders(s.cfg.SecureCookies, csrf.Handler(s.readBody(s.fairQueue(mux))))))
}

// readyz tells a load balancer whether to send this instance traffic:
// only when a small durable write commits (sqlstore's DB.Ready, probed at
// most once a second). A full disk fails every write and, because reads
// are audited first, every read: then 503 with the reason.
func (s *Server) readyz(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
	defer cancel()
	err := s.store.DB().Ready(ctx)
	if err == nil {
		writeJSON(w, http.StatusOK, map[string]string{"status": "ready"})
		return
	}
	reason := "database unavailable"
	if schakel.ErrorKind(err) == schakel.KindStorageFull {
		reason = "storage full"
		logStorageFull(s.log, r, err)
	} else {
		logFault(s.log, r, "not ready: "+reason, err)
	}
	w.Header().Set("Retry-After", retryAfter)
	writeJSON(w, http.StatusServiceUnavailable, map[string]string{"status": "not ready", "reason": reason})
}

// MetricsHandler serves the Prometheus metrics. It is not part of
// Handler: the figures (request rates per route, open and overdue work)
// are for the monitoring network, so serve runs it on a listener of its
// own (--metrics-addr, loopback by default).
func (s *Server) MetricsHandler() http.Handler {
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", s.metrics.handler())
	return mux
}

// sessionStore marks a failure to save a session, so that ErrorFunc
// can tell it from a failure to load one.
type sessionStore struct{ scs.Store }

type sessionCommitError struct{ error }

func (e sessionCommitError) Unwrap() error { return e.error }

func (s sessionStore) Commit(token string, b []byte, expiry time.Time) error {
	if err := s.Store.Commit(token, b, expiry); err != nil {
		return sessionCommitError{err}
	}
	return nil
}

// securityHeaders sets the headers of OWASP's secure headers project on
// every answer; HSTS when served over TLS (directly, or behind a proxy that
// terminates it, which tls says).
func securityHeaders(tls bool, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		if tls || r.TLS != nil {
			hd.Set("Strict-Transport-Security", "max-age=63072000; includeSubDomains")
		}
		hd.Set("Cross-Origin-Opener-Policy", "same-origin")
		hd.Set("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'")
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("Referrer-Policy", "no-referrer")
		hd.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()")
		hd.Set("X-Frame-Options", "DENY")
		if !isStatic(r.URL.Path) {
			hd.Set("Cache-Control", "no-store")
		}
		h.ServeHTTP(w, r)
	})
}

type statusWriter struct {
	http.ResponseWriter
	status int
	err    error // the first failed write
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(b)
	if err != nil && w.err == nil {
		w.err = err
	}
	return n, err
}

func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// logRequests logs the route pattern, never the path or query: ids are not
// personal data, but nothing in a URL needs to reach the logs either. A
// request whose client hung up before its answer was written is counted
// (schakel_http_client_gone_total) and marked in its line.
func (s *Server) logRequests(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		h.ServeHTTP(sw, r)
		if isStatic(r.URL.Path) {
			return
		}
		d := time.Since(start)
		s.metrics.observe(r.Pattern, r.Method, sw.status, d)
		if clientGone(r, sw.err) {
			s.metrics.gone(r.Pattern)
			s.log.Info("request", "method", r.Method, "route", r.Pattern, "status", sw.status, "ms", d.Milliseconds(), "client_gone", true)
			return
		}
		s.log.Info("request", "method", r.Method, "route", r.Pattern, "status", sw.status, "ms", d.Milliseconds())
	})
}

// clientGone reports whether a request ended because its client hung up:
// its context was cancelled (net/http does that when the connection
// closes), or writing the answer failed on a closed or reset connection.
// Whatever failed after that is a consequence, not a fault of the server:
// it is logged at debug level, not as an error.
func clientGone(r *http.Request, err error) bool {
	if errors.Is(r.Context().Err(), context.Canceled) {
		return true
	}
	return err != nil && (errors.Is(err, context.Canceled) || errors.Is(err, syscall.EPIPE) ||
		errors.Is(err, syscall.ECONNRESET) || errors.Is(err, net.ErrClosed))
}

// logFault logs an error met while answering r: at error level when it is
// a fault of the server, at debug level when the client hung up.
func logFault(log *slog.Logger, r *http.Request, msg string, err error) {
	if clientGone(r, err) {
		log.Debug(msg+" (client gone)", "method", r.Method, "route", r.Pattern, "err", err.Error())
		return
	}
	log.Error(msg, "method", r.Method, "route", r.Pattern, "err", err.Error())
}

func (s *Server) recoverer(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.log.Error("panic", "route", r.Pattern, "stack", string(debug.Stack()))
				http.Error(w, "Er ging iets mis. Probeer het later opnieuw.", http.StatusInternalServerError)
			}
		}()
		h.ServeHTTP(w, r)
	})
}

// readBody reads a request's body whole, at most maxBody bytes within
// BodyTimeout, before the request goes on to the queue. A client that
// sends its body slowly thus holds only its own connection, never one of
// the places in which requests work: a few dozen such login POSTs used to
// take every place for as long as they kept sending.
func (s *Server) readBody(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Body == nil || r.Body == http.NoBody || r.ContentLength == 0 {
			h.ServeHTTP(w, r)
			return
		}
		if r.ContentLength > maxBody {
			s.bodyRefused(w, r, http.StatusRequestEntityTooLarge, "error.body_too_large")
			return
		}
		rc := http.NewResponseController(w)
		_ = rc.SetReadDeadline(time.Now().Add(s.cfg.BodyTimeout)) // unsupported only in tests' recorders
		size := r.ContentLength
		if size < 0 {
			size = 512
		}
		buf := bytes.NewBuffer(make([]byte, 0, size))
		_, err := buf.ReadFrom(http.MaxBytesReader(w, r.Body, maxBody))
		// The body is in; what remains of the request may take its time
		// (the connection's read deadline only guards its closing now).
		_ = rc.SetReadDeadline(time.Time{})
		var tooLarge *http.MaxBytesError
		switch {
		case errors.As(err, &tooLarge):
			s.bodyRefused(w, r, http.StatusRequestEntityTooLarge, "error.body_too_large")
			return
		case errors.Is(err, os.ErrDeadlineExceeded):
			s.bodyRefused(w, r, http.StatusRequestTimeout, "error.body_timeout")
			return
		case err != nil:
			// The client hung up or sent a malformed body: nobody is left
			// to answer.
			w.Header().Set("Connection", "close")
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		r.Body.Close()
		r.Body = io.NopCloser(buf)
		r.ContentLength = int64(buf.Len())
		h.ServeHTTP(w, r)
	})
}

// bodyRefused answers a request whose body was too large or too slow, and
// closes the connection: what is left of the body is not read.
func (s *Server) bodyRefused(w http.ResponseWriter, r *http.Request, status int, key string) {
	w.Header().Set("Connection", "close")
	if strings.HasPrefix(r.URL.Path, "/api/") {
		writeProblem(w, Problem{Type: "about:blank", Title: http.StatusText(status), Status: status, Detail: text(key), Instance: r.URL.Path})
		return
	}
	http.Error(w, text(key), status)
}

// fairQueue lets at most MaxInFlight requests work at once (16 per core:
// fewer starved SQLite's group commit and read pool in the benchmark) and
// the others wait in arrival order. database/sql hands a freed connection to a
// random waiter, so under load some requests waited many turns: the
// PostgreSQL queue's p99 was three times its median. A channel wakes its
// waiters first come, first served.
//
// A request of nobody in particular (no session cookie, no token; and
// every login step, which hashes a password) first takes one of a quarter
// of the places set apart for such requests, then a place in the common
// queue: however many arrive, at least three quarters of the places stay
// for logged-in users. A forged cookie buys no more than an answer that
// it is not valid, which costs one read.
func (s *Server) fairQueue(h http.Handler) http.Handler {
	if s.cfg.MaxInFlight <= 0 {
		return h
	}
	slots := make(chan struct{}, s.cfg.MaxInFlight)
	anonymous := make(chan struct{}, max(1, s.cfg.MaxInFlight/4))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// Health and readiness answer at once (readiness from a probe
		// made at most once a second): a load balancer must not take
		// waiting in the queue for being down.
		if r.URL.Path == "/healthz" || r.URL.Path == "/readyz" || isStatic(r.URL.Path) {
			h.ServeHTTP(w, r)
			return
		}
		if !presentsLogin(r) {
			select {
			case anonymous <- struct{}{}:
			case <-r.Context().Done():
				return
			}
			defer func() { <-anonymous }()
		}
		select {
		case slots <- struct{}{}:
		case <-r.Context().Done():
			return
		}
		defer func() { <-slots }()
		h.ServeHTTP(w, r)
	})
}

// presentsLogin reports whether r comes with a session cookie or an API
// token, outside the login pages.
func presentsLogin(r *http.Request) bool {
	if r.URL.Path == "/inloggen" || strings.HasPrefix(r.URL.Path, "/inloggen/") {
		return false
	}
	if strings.HasPrefix(r.Header.Get("Authorization"), "Bearer ") {
		return true
	}
	_, err := r.Cookie(sessionCookie)
	return err == nil
}

const sessionCookie = "schakel_session"

// isStatic reports whether path names a static file, which is served
// from memory without a session: outside the queue, unlogged, cached.
func isStatic(path string) bool {
	return strings.HasPrefix(path, "/static/") || path == "/favicon.ico"
}

type ctxKey int

const userKey ctxKey = 1

func withUser(ctx context.Context, u *schakel.User) context.Context {
	return context.WithValue(ctx, userKey, u)
}

func userFrom(ctx context.Context) *schakel.User {
	u, _ := ctx.Value(userKey).(*schakel.User)
	return u
}
