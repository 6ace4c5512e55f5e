// Command schakel-bench measures Schakel on this machine: it fills a fresh
// database with demo data, measures the engine's raw ceiling for a durable
// single-row insert, starts a real server on loopback and drives it with
// the vegeta load library: intake, the AF's queue and the case view. It
// prints the figures as Markdown for docs/benchmarks.md.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"strconv"
	"sync"
	"time"

	vegeta "github.com/tsenart/vegeta/v12/lib"

	"github.com/schakel-nl/schakel"
	"github.com/schakel-nl/schakel/demo"
	"github.com/schakel-nl/schakel/sqlstore"
	"github.com/schakel-nl/schakel/vault"
	"github.com/schakel-nl/schakel/web"
)

func main() {
	dbURL := flag.String("db", "", "database URL (default: a SQLite file in a temporary directory); must be empty")
	signals := flag.Int("signals", 30000, "demo signals to load before measuring")
	dur := flag.Duration("duration", 10*time.Second, "length of each measurement")
	intakeWorkers := flag.Int("intake-clients", 50, "concurrent clients for intake")
	readWorkers := flag.Int("read-clients", 50, "concurrent clients for the queue and case view")
	dbPool := flag.Int("db-pool", 0, "connections to PostgreSQL, as schakel serve --db-pool (0: four per core)")
	queueRate := flag.Int("queue-rate", 1000, "requests per second of the paced queue scenario (at most read-clients at once)")
	cpuprofile := flag.String("cpuprofile", "", "write CPU profiles of the queue scenario to this file and of intake to this file + .intake")
	maxInFlight := flag.Int("max-in-flight", web.DefaultConfig.MaxInFlight, "requests the server works on at once (0: no bound)")
	reuse := flag.Bool("reuse", false, "measure a database an earlier run loaded, without loading again")
	gcPercent := flag.Int("gc-percent", 800, "the Go GC target, as schakel serve sets it by default (GOGC wins when set)")
	keysPath := flag.String("keys", filepath.Join(os.TempDir(), "schakel-bench-keys.json"), "key file; made when missing, kept for --reuse")
	flag.Parse()
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(*gcPercent)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(1 << 30) // as schakel serve
	}
	inFlight = *maxInFlight
	pacedRate = *queueRate
	pgPool = *dbPool
	keyFile = *keysPath
	if err := run(*dbURL, *signals, *dur, *intakeWorkers, *readWorkers, *cpuprofile, *reuse); err != nil {
		fmt.Fprintln(os.Stderr, "schakel-bench:", err)
		os.Exit(1)
	}
}

// keyFile is where the bench keeps its keys.
var keyFile string

func run(dbURL string, signals int, dur time.Duration, intakeWorkers, readWorkers int, cpuprofile string, reuse bool) error {
	ctx := context.Background()
	if dbURL == "" {
		dir, err := os.MkdirTemp("", "schakel-bench-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		dbURL = filepath.Join(dir, "bench.db")
	}
	// Load the demo data without waiting for the disk, then measure with
	// the real durability settings.
	keys, err := vault.Open(keyFile)
	if errors.Is(err, vault.ErrNoKeys) || (err == nil && !reuse) {
		if keys, err = vault.Generate("schakel-bench"); err == nil {
			err = keys.Save(keyFile)
		}
	}
	if err != nil {
		return err
	}
	start := time.Now()
	users := map[string]string{}
	if !reuse {
		bulk, err := sqlstore.OpenBulk(ctx, dbURL)
		if err != nil {
			return err
		}
		_, err = demo.Populate(ctx, sqlstore.New(bulk, schakel.DefaultDeadlines, keys), demo.Options{Signals: signals, Seed: 42})
		bulk.Close()
		if err != nil {
			return err
		}
	}
	loaded := time.Since(start)

	db, err := sqlstore.OpenWith(ctx, dbURL, sqlstore.Options{PGPool: pgPool})
	if err != nil {
		return err
	}
	defer db.Close()
	store := sqlstore.New(db, schakel.DefaultDeadlines, keys)

	cfg := web.DefaultConfig
	cfg.MaxInFlight = inFlight
	srv, err := web.New(store, slog.New(slog.DiscardHandler), cfg)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	hs := &http.Server{Handler: srv.Handler()}
	go hs.Serve(ln)
	defer hs.Close()
	// The audit sequencer runs as in schakel serve: every second it places
	// the new audit entries in the Merkle log. What loading wrote is placed
	// first, as a server that had been running would have done.
	seqStart := time.Now()
	if _, err := store.SequenceAudit(ctx, true); err != nil {
		return err
	}
	if err := db.Maintain(ctx); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "audit entries of the load sequenced, statistics and dead rows seen to, in %s\n", time.Since(seqStart).Round(time.Second))
	seqCtx, stopSeq := context.WithCancel(ctx)
	defer stopSeq()
	go store.RunAuditSequencer(seqCtx, time.Second, func(err error) {
		if err != nil {
			fmt.Fprintln(os.Stderr, "audit sequencer:", err)
		}
	})
	base := "http://" + ln.Addr().String()

	token := func(email string) string {
		u, err := store.Authenticate(ctx, email, "demo-wachtwoord-2026")
		if err != nil {
			panic(err)
		}
		users[email] = u.ID
		t, err := store.CreateToken(ctx, u.ID)
		if err != nil {
			panic(err)
		}
		return t
	}
	melder, af := token("melder@schakel.demo"), token("af@schakel.demo")
	auth := func(tok string) http.Header {
		return http.Header{"Authorization": {"Bearer " + tok}, "Content-Type": {"application/json"}}
	}
	observed := time.Now().In(schakel.Amsterdam).AddDate(0, 0, -1).Format("2006-01-02")
	var total int
	if err := getJSON(base+"/api/v1/signals?limit=1", af, &struct{ Total *int }{&total}); err != nil {
		return err
	}
	var stopProfile func()
	if cpuprofile != "" {
		f, err := os.Create(cpuprofile)
		if err != nil {
			return err
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		stopProfile = func() { pprof.StopCPUProfile(); f.Close() }
	}
	queueTarget := vegeta.NewStaticTargeter(vegeta.Target{Method: "GET", URL: base + "/api/v1/signals?limit=50", Header: auth(af)})
	queue := attack("queue", queueTarget, readWorkers, 0, dur)
	// The queue as its users meet it: requests arriving at a steady rate,
	// answered by at most readWorkers clients at once.
	paced := attack("queue-paced", queueTarget, readWorkers, pacedRate, dur)
	if stopProfile != nil {
		stopProfile()
	}

	var cases struct{ Items []struct{ ID string } }
	if err := getJSON(base+"/api/v1/cases?limit=500", af, &cases); err != nil {
		return err
	}
	var targets []vegeta.Target
	for _, c := range cases.Items {
		targets = append(targets, vegeta.Target{Method: "GET", URL: base + "/api/v1/cases/" + c.ID, Header: auth(af)})
	}
	caseView := attack("case", vegeta.NewStaticTargeter(targets...), readWorkers, 0, dur)

	// The raw ceiling runs after the read scenarios, so that its rows do
	// not change what they read.
	ceiling, err := db.RawInsertCeiling(ctx, dur, "rotterdam", users["melder@schakel.demo"])
	if err != nil {
		return err
	}
	bare, err := db.BareCeiling(ctx, dur)
	if err != nil {
		return err
	}
	if cpuprofile != "" {
		f, err := os.Create(cpuprofile + ".intake")
		if err != nil {
			return err
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer func() { pprof.StopCPUProfile(); f.Close() }()
	}
	intake := attack("intake", signalTargeter(base+"/api/v1/signals", auth(melder), observed), intakeWorkers, 0, dur)

	engine, _ := sqlstore.ParseURL(dbURL)
	fmt.Printf("## %s, %s, %d CPUs, %s\n\n", engine, time.Now().Format("2006-01-02 15:04"), runtime.NumCPU(), runtime.Version())
	fmt.Printf("Loaded %d demo signals in %s; the AF of Rotterdam sees %d of them. The queue and case view run first, on these; intake runs last.\n\n", signals, loaded.Round(time.Second), total)
	fmt.Println("| scenario | clients | requests | success | throughput (req/s) | p50 (ms) | p99 (ms) |")
	fmt.Println("|---|---|---|---|---|---|---|")
	for _, m := range []struct {
		name    string
		clients string
		m       *vegeta.Metrics
	}{
		{"intake POST /api/v1/signals", strconv.Itoa(intakeWorkers), intake},
		{"AF queue GET /api/v1/signals?limit=50", strconv.Itoa(readWorkers), queue},
		{fmt.Sprintf("AF queue, paced at %d/s", pacedRate), fmt.Sprintf("≤ %d", readWorkers), paced},
		{"case view GET /api/v1/cases/{id}", strconv.Itoa(readWorkers), caseView},
	} {
		fmt.Printf("| %s | %s | %d | %.1f%% | %.0f | %.1f | %.1f |\n", m.name, m.clients, m.m.Requests, m.m.Success*100, m.m.Throughput,
			ms(m.m.Latencies.P50), ms(m.m.Latencies.P99))
	}
	fmt.Printf("\nBare ceiling (a loop of durable transactions on one connection, each inserting one small row into a table without indexes): %.0f tx/s. Intake of full signals, each with other persons, reaches %.0f%% of it.\n",
		bare, 100*intake.Throughput/bare)
	fmt.Printf("\nSignal-row ceiling (the same loop, inserting one row into signals with all its indexes, as earlier runs compared against): %.0f tx/s; intake reaches %.0f%% of it.\n",
		ceiling, 100*intake.Throughput/ceiling)
	return nil
}

var inFlight, pacedRate, pgPool int

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// attack drives one scenario with at most workers clients: at the highest
// rate they reach (rate 0), or at rate requests per second.
func attack(name string, tr vegeta.Targeter, workers, rate int, dur time.Duration) *vegeta.Metrics {
	a := vegeta.NewAttacker(vegeta.Workers(uint64(workers)), vegeta.MaxWorkers(uint64(workers)), vegeta.KeepAlive(true),
		vegeta.Connections(workers), vegeta.Timeout(30*time.Second))
	var m vegeta.Metrics
	for r := range a.Attack(tr, vegeta.Rate{Freq: rate, Per: time.Second}, dur, name) {
		m.Add(r)
	}
	m.Close()
	if len(m.Errors) > 0 {
		fmt.Fprintf(os.Stderr, "%s: errors %v\n", name, m.Errors)
	}
	return &m
}

// signalTargeter makes every request a full signal as the API contract
// shows it — a victim with birth date, gender, nationality and residence
// status, a suspect, a reporter with phone and e-mail — naming other
// persons each time, so that sealing and blind indexes cost what they cost
// in use.
func signalTargeter(url string, h http.Header, observed string) vegeta.Targeter {
	var mu sync.Mutex
	rng := rand.New(rand.NewPCG(42, 2026))
	first := []string{"Anna", "Piotr", "Maria", "Ion", "Fatima", "Jan", "Olena", "Tomasz", "Sara", "Mihai", "Elif", "Daan"}
	last := []string{"Nowak", "Popescu", "de Vries", "Kowalski", "Yilmaz", "Jansen", "Shevchenko", "Bakker", "Ionescu", "Visser"}
	genders := []string{"female", "male", "x"}
	status := []string{"lawful", "temporary", "none"}
	nat := []string{"PL", "RO", "BG", "UA", "NL", "NG", "VN", "TR"}
	return func(t *vegeta.Target) error {
		mu.Lock()
		n := rng.Uint64()
		pick := func(xs []string) string { return xs[rng.IntN(len(xs))] }
		victim := fmt.Sprintf("%s %s %d", pick(first), pick(last), n%100000)
		suspect := fmt.Sprintf("%s %s %d", pick(first), pick(last), (n/100000)%100000)
		birth := fmt.Sprintf("%d-%02d-%02d", 1960+rng.IntN(45), 1+rng.IntN(12), 1+rng.IntN(28))
		g, st, na := pick(genders), pick(status), pick(nat)
		mu.Unlock()
		body, err := json.Marshal(map[string]any{
			"municipality": "rotterdam", "observed_on": observed,
			"forms": []string{"labour"}, "indicators": []string{"labour.debt_bondage"}, "sector": "construction", "acute_danger": false,
			"account":  "Belastingtest: werknemers slapen met twaalf in één woning en leveren hun paspoort in bij de uitzender.",
			"reporter": map[string]any{"name": "Load Test", "organisation": "Wijkteam", "phone": "010-1234567", "email": "wijkteam@example.nl"},
			"persons": []any{
				map[string]any{"role": "victim", "name": victim, "birth_date": birth, "gender": g, "nationality": na, "residence_status": st},
				map[string]any{"role": "suspect", "name": suspect},
			},
		})
		if err != nil {
			return err
		}
		t.Method, t.URL, t.Body, t.Header = "POST", url, body, h
		return nil
	}
}

func getJSON(url, token string, v any) error {
	req, _ := http.NewRequest("GET", url, nil)
	req.Header.Set("Authorization", "Bearer "+token)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	if res.StatusCode != 200 {
		return fmt.Errorf("%s: %d %s", url, res.StatusCode, bytes.TrimSpace(b))
	}
	return json.Unmarshal(b, v)
}
