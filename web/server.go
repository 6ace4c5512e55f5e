// Package web serves Schakel over HTTP: the JSON API of docs/api.md and the
// Dutch, server-rendered user interface. Both call the same store, so the
// access rules apply to them alike.
package web

import (
	"context"
	"embed"
	"io/fs"
	"log/slog"
	"net/http"
	"runtime"
	"runtime/debug"
	"strings"
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
	// in arrival order. 0: no bound.
	MaxInFlight int
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
var DefaultConfig = Config{IdleTimeout: 15 * time.Minute, SessionLifetime: 12 * time.Hour, MaxInFlight: 16 * runtime.NumCPU(), LoginAttempts: 20}

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
}

// New builds a server on a store.
func New(store *sqlstore.Store, log *slog.Logger, cfg Config) (*Server, error) {
	if store.Log == nil {
		store.Log = log // integrity faults the store meets
	}
	sm := scs.New()
	sm.Store = store.Sessions()
	sm.IdleTimeout = cfg.IdleTimeout
	sm.Lifetime = cfg.SessionLifetime
	sm.Cookie.Name = "schakel_session"
	sm.Cookie.HttpOnly = true
	sm.Cookie.SameSite = http.SameSiteLaxMode
	sm.Cookie.Secure = cfg.SecureCookies
	sm.ErrorFunc = func(w http.ResponseWriter, r *http.Request, err error) {
		log.Error("session error", "err", err.Error())
		http.Error(w, "Er ging iets mis. Probeer het later opnieuw.", http.StatusInternalServerError)
	}
	if cfg.LoginAttempts <= 0 {
		cfg.LoginAttempts = DefaultConfig.LoginAttempts
	}
	s := &Server{store: store, log: log, sessions: sm, cfg: cfg, metrics: newMetrics(store),
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
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
		defer cancel()
		if err := s.store.DB().Ping(ctx); err != nil {
			writeJSON(w, http.StatusServiceUnavailable, map[string]string{"status": "database unreachable"})
			return
		}
		writeJSON(w, http.StatusOK, map[string]string{"status": "ready"})
	})
	mux.Handle("GET /metrics", s.metrics.handler())
	s.apiRoutes(mux)
	static, _ := fs.Sub(assets, "static")
	mux.Handle("GET /static/", http.StripPrefix("/static/", cacheForever(http.FileServerFS(static))))
	s.ui.routes(mux)

	csrf := http.NewCrossOriginProtection()
	return s.recoverer(s.logRequests(securityHeaders(s.cfg.SecureCookies, csrf.Handler(s.fairQueue(mux)))))
}

// cacheForever serves assets whose URLs carry their checksum.
func cacheForever(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("v") != "" {
			w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
		}
		h.ServeHTTP(w, r)
	})
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
		if !strings.HasPrefix(r.URL.Path, "/static/") {
			hd.Set("Cache-Control", "no-store")
		}
		h.ServeHTTP(w, r)
	})
}

type statusWriter struct {
	http.ResponseWriter
	status int
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
	return w.ResponseWriter.Write(b)
}

func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// logRequests logs the route pattern, never the path or query: ids are not
// personal data, but nothing in a URL needs to reach the logs either.
func (s *Server) logRequests(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		h.ServeHTTP(sw, r)
		if strings.HasPrefix(r.URL.Path, "/static/") {
			return
		}
		d := time.Since(start)
		s.metrics.observe(r.Pattern, r.Method, sw.status, d)
		s.log.Info("request", "method", r.Method, "route", r.Pattern, "status", sw.status, "ms", d.Milliseconds())
	})
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

// fairQueue lets at most MaxInFlight requests work at once (16 per core:
// fewer starved SQLite's group commit and read pool in the benchmark) and
// the others wait in arrival order. database/sql hands a freed connection to a
// random waiter, so under load some requests waited many turns: the
// PostgreSQL queue's p99 was three times its median. A channel wakes its
// waiters first come, first served.
func (s *Server) fairQueue(h http.Handler) http.Handler {
	if s.cfg.MaxInFlight <= 0 {
		return h
	}
	slots := make(chan struct{}, s.cfg.MaxInFlight)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/healthz" || r.URL.Path == "/metrics" || strings.HasPrefix(r.URL.Path, "/static/") {
			h.ServeHTTP(w, r)
			return
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

type ctxKey int

const userKey ctxKey = 1

func withUser(ctx context.Context, u *schakel.User) context.Context {
	return context.WithValue(ctx, userKey, u)
}

func userFrom(ctx context.Context) *schakel.User {
	u, _ := ctx.Value(userKey).(*schakel.User)
	return u
}
