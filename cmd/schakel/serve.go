package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/schakel-nl/schakel"
	"github.com/schakel-nl/schakel/sqlstore"
	"github.com/schakel-nl/schakel/web"
)

// settings are what serve and demo share; every one is a flag and an
// environment variable.
type settings struct {
	addr          string
	metricsAddr   string
	db            string
	triageDays    int
	acceptDays    int
	secureCookies bool
	idleTimeout   time.Duration
	jobsPoll      time.Duration
	reminderEvery time.Duration
	gcPercent     int
	dbPool        int
	maxInFlight   int
	// demoCode: schakel demo's current second-factor codes (web.Config.DemoCode).
	demoCode      func(userID string) string
	keys          string
	auditEvery    time.Duration
	checkpointTo  string
	checkpointGap time.Duration
	retention     string
	breakGlass    time.Duration
	enrolmentLife time.Duration
	loginAttempts int
	publicURL     string
	oidcFile      string
}

func envOr(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}

// envOrEmpty is envOr for a setting whose empty value means something:
// a variable that is set, even to "", wins.
func envOrEmpty(name, def string) string {
	if v, ok := os.LookupEnv(name); ok {
		return v
	}
	return def
}

// DefaultMetricsAddr is where /metrics listens unless told otherwise:
// loopback only, so that a scraper on the same host (or a tunnel) reads
// it and nobody else. 9464 rather than Prometheus's own 9090, which a
// Prometheus on the same host holds.
const DefaultMetricsAddr = "127.0.0.1:9464"

func envInt(name string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(name)); err == nil {
		return v
	}
	return def
}

func envBool(name string, def bool) bool {
	if v, err := strconv.ParseBool(os.Getenv(name)); err == nil {
		return v
	}
	return def
}

func envDuration(name string, def time.Duration) time.Duration {
	if v, err := time.ParseDuration(os.Getenv(name)); err == nil {
		return v
	}
	return def
}

func (s *settings) register(fs *flag.FlagSet, withDB bool) {
	fs.StringVar(&s.addr, "addr", envOr("SCHAKEL_ADDR", ":8080"), "listen address (SCHAKEL_ADDR)")
	fs.StringVar(&s.metricsAddr, "metrics-addr", envOrEmpty("SCHAKEL_METRICS_ADDR", DefaultMetricsAddr),
		"listen address of /metrics, apart from --addr; empty: no metrics (SCHAKEL_METRICS_ADDR)")
	if withDB {
		fs.IntVar(&s.dbPool, "db-pool", envInt("SCHAKEL_DB_POOL", 0), "connections to PostgreSQL per instance; 0: four per core (SCHAKEL_DB_POOL)")
		fs.StringVar(&s.db, "db", envOr("SCHAKEL_DB", "./data/schakel.db"), "database: a SQLite file path, sqlite:PATH or a postgres:// URL (SCHAKEL_DB)")
		registerKeys(fs, &s.keys)
	}
	fs.IntVar(&s.triageDays, "triage-days", envInt("SCHAKEL_TRIAGE_DAYS", schakel.DefaultDeadlines.TriageDays), "working days to triage a signal (SCHAKEL_TRIAGE_DAYS)")
	fs.IntVar(&s.acceptDays, "accept-days", envInt("SCHAKEL_ACCEPT_DAYS", schakel.DefaultDeadlines.AcceptDays), "working days to accept or decline a referral (SCHAKEL_ACCEPT_DAYS)")
	fs.BoolVar(&s.secureCookies, "secure-cookies", envBool("SCHAKEL_SECURE_COOKIES", false), "mark cookies Secure; set when served over TLS (SCHAKEL_SECURE_COOKIES)")
	fs.DurationVar(&s.idleTimeout, "idle-timeout", envDuration("SCHAKEL_IDLE_TIMEOUT", web.DefaultConfig.IdleTimeout), "end a session after this long idle (SCHAKEL_IDLE_TIMEOUT)")
	fs.DurationVar(&s.jobsPoll, "jobs-poll", envDuration("SCHAKEL_JOBS_POLL", 5*time.Second), "how often this instance looks for background work (SCHAKEL_JOBS_POLL)")
	fs.IntVar(&s.maxInFlight, "max-in-flight", envInt("SCHAKEL_MAX_IN_FLIGHT", web.DefaultConfig.MaxInFlight), "requests worked on at once; the others wait in arrival order (SCHAKEL_MAX_IN_FLIGHT)")
	fs.IntVar(&s.gcPercent, "gc-percent", envInt("SCHAKEL_GC_PERCENT", DefaultGCPercent), "Go garbage collector target; higher trades memory for less GC CPU (SCHAKEL_GC_PERCENT; GOGC wins when set)")
	fs.DurationVar(&s.auditEvery, "audit-interval", envDuration("SCHAKEL_AUDIT_INTERVAL", time.Second), "how often new audit entries are sequenced into the Merkle log (SCHAKEL_AUDIT_INTERVAL)")
	fs.DurationVar(&s.checkpointGap, "audit-checkpoint-every", envDuration("SCHAKEL_AUDIT_CHECKPOINT_EVERY", time.Minute), "how often a signed checkpoint of the audit log is written while it grows (SCHAKEL_AUDIT_CHECKPOINT_EVERY)")
	fs.StringVar(&s.checkpointTo, "audit-checkpoint-file", envOr("SCHAKEL_AUDIT_CHECKPOINT_FILE", ""), "append every new signed audit checkpoint to this file, kept apart from the database (SCHAKEL_AUDIT_CHECKPOINT_FILE)")
	fs.StringVar(&s.retention, "retention", envOr("SCHAKEL_RETENTION", "none=6,care=60,care_and_criminal=60,undermining=60"),
		"months to keep a signal per route, from triage (none) or case closure; 0 keeps forever; see docs/security.md (SCHAKEL_RETENTION)")
	fs.DurationVar(&s.breakGlass, "break-glass-duration", envDuration("SCHAKEL_BREAK_GLASS_DURATION", time.Hour), "how long emergency access to a case lasts (SCHAKEL_BREAK_GLASS_DURATION)")
	fs.DurationVar(&s.enrolmentLife, "enrolment-lifetime", envDuration("SCHAKEL_ENROLMENT_LIFETIME", sqlstore.DefaultEnrolmentLifetime), "how long an enrolment link for a new user or after a credentials reset works (SCHAKEL_ENROLMENT_LIFETIME)")
	fs.IntVar(&s.loginAttempts, "login-attempts", envInt("SCHAKEL_LOGIN_ATTEMPTS", web.DefaultConfig.LoginAttempts), "login attempts per client address per minute (SCHAKEL_LOGIN_ATTEMPTS)")
	fs.StringVar(&s.publicURL, "public-url", envOr("SCHAKEL_PUBLIC_URL", ""), "the URL users reach Schakel at, for OpenID Connect redirects, e.g. https://schakel.example.nl (SCHAKEL_PUBLIC_URL)")
	fs.StringVar(&s.oidcFile, "oidc", envOr("SCHAKEL_OIDC", ""), "JSON file listing organisations' OpenID Connect providers (SCHAKEL_OIDC; see README)")
	fs.DurationVar(&s.reminderEvery, "reminder-interval", envDuration("SCHAKEL_REMINDER_INTERVAL", 15*time.Minute), "how often overdue deadlines are marked (SCHAKEL_REMINDER_INTERVAL)")
}

// DefaultGCPercent: the server's live heap is small (tens of MB) and it
// allocates much per request (the SQLite driver copies every value), so
// collecting at 9× the live heap instead of 2× saves a third of the CPU
// per queue request and cuts its tail: at 1,000 queue requests a second,
// p99 went from 71 ms at 400 to 19–23 ms at 800 (docs/benchmarks.md), with
// the whole process at ~250 MB. The soft memory limit below keeps it
// bounded.
const DefaultGCPercent = 800

// applyGC sets the collector target unless GOGC is set, and a soft memory
// limit of 1 GiB unless GOMEMLIMIT is.
func (s *settings) applyGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(s.gcPercent)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(1 << 30)
	}
}

func (s *settings) validate() error {
	if s.triageDays < 1 || s.triageDays > 60 {
		return usageError{"--triage-days must be between 1 and 60"}
	}
	if s.acceptDays < 1 || s.acceptDays > 60 {
		return usageError{"--accept-days must be between 1 and 60"}
	}
	if s.idleTimeout < time.Minute {
		return usageError{"--idle-timeout must be at least 1m"}
	}
	if s.maxInFlight < 1 || s.maxInFlight > 10000 {
		return usageError{"--max-in-flight must be between 1 and 10000"}
	}
	if s.dbPool < 0 || s.dbPool > 500 {
		return usageError{"--db-pool must be between 0 and 500"}
	}
	if s.gcPercent < 50 || s.gcPercent > 2000 {
		return usageError{"--gc-percent must be between 50 and 2000"}
	}
	if s.auditEvery < 10*time.Millisecond || s.checkpointGap < time.Second {
		return usageError{"--audit-interval must be at least 10ms and --audit-checkpoint-every at least 1s"}
	}
	if _, err := parseRetention(s.retention); err != nil {
		return usageError{"--retention: " + err.Error()}
	}
	if s.breakGlass < time.Minute || s.breakGlass > 24*time.Hour {
		return usageError{"--break-glass-duration must be between 1m and 24h"}
	}
	if s.enrolmentLife < time.Hour || s.enrolmentLife > 30*24*time.Hour {
		return usageError{"--enrolment-lifetime must be between 1h and 720h"}
	}
	if s.loginAttempts < 1 {
		return usageError{"--login-attempts must be at least 1"}
	}
	if s.jobsPoll < 10*time.Millisecond || s.reminderEvery < time.Second {
		return usageError{"--jobs-poll must be at least 10ms and --reminder-interval at least 1s"}
	}
	return nil
}

func parseFlags(fs *flag.FlagSet, args []string) error {
	fs.SetOutput(io.Discard)
	if err := fs.Parse(args); err != nil {
		return usageError{err.Error()}
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Sprintf("unexpected argument %q", fs.Arg(0))}
	}
	return nil
}

func runServe(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var s settings
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	s.register(fs, true)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if err := s.validate(); err != nil {
		return err
	}
	log := slog.New(slog.NewJSONHandler(stderr, nil))
	db, keys, err := openDB(ctx, s.db, sqlstore.Options{PGPool: s.dbPool}, s.keys, keysCreate, stdout)
	if err != nil {
		return err
	}
	defer db.Close()
	store := sqlstore.New(db, schakel.Deadlines{TriageDays: s.triageDays, AcceptDays: s.acceptDays}, keys)
	return serve(ctx, &s, store, log, nil, func(addr, metricsAddr string) {
		fmt.Fprintf(stdout, "schakel serving on http://%s\n", addr)
		if metricsAddr != "" {
			fmt.Fprintf(stdout, "metrics on http://%s/metrics\n", metricsAddr)
		}
	})
}

// serve runs the HTTP server (and the metrics server, unless
// --metrics-addr is empty) until ctx ends, then lets in-flight requests
// finish. ready gets the addresses they listen on ("" for no metrics).
// listeners are the sockets serve answers on, opened before anything else
// is done, so that an address in use fails at once (and the demo does not
// first generate its data).
type listeners struct{ app, metrics net.Listener }

func listen(s *settings) (*listeners, error) {
	ln, err := net.Listen("tcp", s.addr)
	if err != nil {
		return nil, fmt.Errorf("listen %s: %w (is another program using it? choose another address with --addr)", s.addr, err)
	}
	l := &listeners{app: ln}
	if s.metricsAddr != "" {
		mln, err := net.Listen("tcp", s.metricsAddr)
		if err != nil {
			ln.Close()
			return nil, fmt.Errorf("listen --metrics-addr %s: %w (choose another address with --metrics-addr, or none with --metrics-addr=)", s.metricsAddr, err)
		}
		l.metrics = mln
	}
	return l, nil
}

func (l *listeners) close() {
	l.app.Close()
	if l.metrics != nil {
		l.metrics.Close()
	}
}

func serve(ctx context.Context, s *settings, store *sqlstore.Store, log *slog.Logger, lns *listeners, ready func(addr, metricsAddr string)) (err error) {
	if lns == nil {
		if lns, err = listen(s); err != nil {
			return err
		}
	}
	defer func() {
		if err != nil {
			lns.close()
		}
	}()
	s.applyGC()
	cfg := web.DefaultConfig
	cfg.SecureCookies = s.secureCookies
	cfg.IdleTimeout = s.idleTimeout
	cfg.MaxInFlight = s.maxInFlight
	cfg.DemoCode = s.demoCode
	cfg.LoginAttempts = s.loginAttempts
	cfg.PublicURL = s.publicURL
	if s.oidcFile != "" {
		data, err := os.ReadFile(s.oidcFile)
		if err != nil {
			return fmt.Errorf("--oidc: %w", err)
		}
		if err := json.Unmarshal(data, &cfg.OIDC); err != nil {
			return fmt.Errorf("--oidc %s: %w", s.oidcFile, err)
		}
		if s.publicURL == "" && len(cfg.OIDC) > 0 {
			return usageError{"--oidc needs --public-url for the redirect address"}
		}
	}
	retention, _ := parseRetention(s.retention)
	store.SetRetention(retention)
	sqlstore.BreakGlassDuration = s.breakGlass
	store.EnrolmentLifetime = s.enrolmentLife
	srv, err := web.New(store, log, cfg)
	if err != nil {
		return err
	}
	ln := lns.app
	hs := web.HTTPServer(srv.Handler())
	errc := make(chan error, 2)
	servers := []*http.Server{hs}
	metricsAddr := ""
	if mln := lns.metrics; mln != nil {
		ms := &http.Server{Handler: srv.MetricsHandler(), ReadHeaderTimeout: 5 * time.Second, ReadTimeout: 10 * time.Second,
			WriteTimeout: 30 * time.Second, IdleTimeout: 60 * time.Second}
		servers = append(servers, ms)
		metricsAddr = mln.Addr().String()
		go func() { errc <- ms.Serve(mln) }()
	}
	go func() { errc <- hs.Serve(ln) }()
	log.Info("serving", "addr", ln.Addr().String(), "metrics_addr", metricsAddr, "engine", string(store.DB().Dialect))
	if ready != nil {
		ready(ln.Addr().String(), metricsAddr)
	}
	bg, stopBG := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Add(3)
	go func() { defer wg.Done(); sweepSessions(bg, store, log) }()
	sqlstore.CheckpointEvery = s.checkpointGap
	go func() { defer wg.Done(); sequenceAudit(bg, store, log, s.auditEvery, s.checkpointTo) }()
	jr := &sqlstore.JobRunner{Store: store, Instance: sqlstore.NewInstanceID(),
		Poll: s.jobsPoll, Lease: sqlstore.DefaultLease, Log: log,
		Periodic: []sqlstore.Periodic{{Kind: sqlstore.JobDeadlineReminders, Interval: s.reminderEvery}, {Kind: sqlstore.JobRetention, Interval: 24 * time.Hour}}}
	go func() { defer wg.Done(); jr.Run(bg) }()
	defer func() { stopBG(); wg.Wait() }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	// Finish the requests in flight, then stop the background work.
	shutdown, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	for _, srv := range servers {
		if err := srv.Shutdown(shutdown); err != nil && !errors.Is(err, http.ErrServerClosed) {
			return err
		}
	}
	log.Info("stopped")
	return nil
}

// sweepSessions removes expired sessions hourly until ctx ends.
func sweepSessions(ctx context.Context, store *sqlstore.Store, log *slog.Logger) {
	t := time.NewTicker(time.Hour)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if err := store.Sessions().DeleteExpired(ctx); err != nil && ctx.Err() == nil {
				log.Error("sweep sessions", "err", err.Error())
			}
		}
	}
}

func runMigrate(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("migrate", flag.ContinueOnError)
	dbURL := fs.String("db", envOr("SCHAKEL_DB", "./data/schakel.db"), "database URL (SCHAKEL_DB)")
	var keysPath string
	registerKeys(fs, &keysPath)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	db, keys, err := openDB(ctx, *dbURL, sqlstore.Options{}, keysPath, keysToConvert, stdout)
	if err != nil {
		return err
	}
	defer db.Close()
	v, err := db.SchemaVersion(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "schema up to date (version %d)\n", v)
	if keys != nil {
		fmt.Fprintln(stdout, keysBelong(keysPath, false))
	}
	return nil
}

func splitHostPort(addr string) (string, string, error) { return net.SplitHostPort(addr) }

// parseRetention reads "route=months,..." for every route.
func parseRetention(v string) (sqlstore.Retention, error) {
	r := sqlstore.Retention{}
	for _, part := range strings.Split(v, ",") {
		k, m, ok := strings.Cut(strings.TrimSpace(part), "=")
		n, err := strconv.Atoi(m)
		if !ok || err != nil || n < 0 || n > 1200 {
			return nil, fmt.Errorf("%q is not route=months (0 to 1200)", part)
		}
		if !slices.Contains(schakel.Routes, schakel.Route(k)) {
			return nil, fmt.Errorf("unknown route %q", k)
		}
		r[schakel.Route(k)] = n
	}
	for _, route := range schakel.Routes {
		if _, ok := r[route]; !ok {
			return nil, fmt.Errorf("no period for route %s", route)
		}
	}
	return r, nil
}
