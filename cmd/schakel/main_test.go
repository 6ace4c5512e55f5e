package main

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/schakel-nl/schakel"
	"github.com/schakel-nl/schakel/demo"
	"github.com/schakel-nl/schakel/internal/schakeltest"
	"github.com/schakel-nl/schakel/sqlstore"
	"github.com/schakel-nl/schakel/sqlstore/sqltest"
	"github.com/schakel-nl/schakel/vault"
)

func runCLI(t *testing.T, stdin string, args ...string) (string, string, error) {
	t.Helper()
	var out, errb bytes.Buffer
	err := run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), err
}

func TestUserAdd(t *testing.T) {
	t.Parallel()
	db := sqltest.URL(t)
	out, _, err := runCLI(t, "", "migrate", "--db", db)
	if err != nil || !strings.Contains(out, "schema up to date") {
		t.Fatalf("migrate: %v %s", err, out)
	}
	out, _, err = runCLI(t, "een-heel-lang-wachtwoord\n", "user", "add", "--db", db, "--name", "Anna", "--role", "aandachtsfunctionaris",
		"--org", "gemeente-rotterdam", "--municipality", "rotterdam", "--email", "anna@example.org", "--password-stdin", "--token")
	if err != nil {
		t.Fatalf("user add: %v", err)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if !regexp.MustCompile(`^sk_[a-z0-9]{52}$`).MatchString(lines[len(lines)-1]) {
		t.Fatalf("the last line is the token: %q", out)
	}
	bad := []struct {
		name string
		args []string
		want string
	}{
		{"unknown role", []string{"--name", "X", "--role", "boss", "--org", "essm"}, "--role"},
		{"no name", []string{"--role", "melder", "--org", "essm"}, "--name"},
		{"unknown organisation", []string{"--name", "X", "--role", "melder", "--org", "acme"}, "--org"},
		{"unknown municipality", []string{"--name", "X", "--role", "aandachtsfunctionaris", "--org", "gemeente-rotterdam", "--municipality", "paris"}, "--municipality"},
		{"duplicate e-mail", []string{"--name", "X", "--role", "melder", "--org", "essm", "--email", "anna@example.org"}, "e-mailadres"},
		{"bad e-mail", []string{"--name", "X", "--role", "melder", "--org", "essm", "--email", "anna"}, "--email"},
		{"unknown flag", []string{"--colour", "red"}, "colour"},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := runCLI(t, "", append([]string{"user", "add", "--db", db}, tt.args...)...)
			if err == nil || exitCode(err) != 2 || !strings.Contains(err.Error(), tt.want) || strings.Contains(err.Error(), "\n") {
				t.Fatalf("want a one-line usage error naming %q, got %v", tt.want, err)
			}
		})
	}
	if _, _, err := runCLI(t, "", "user", "add", "--db", db, "--name", "X", "--role", "melder", "--org", "essm", "--password-stdin"); err == nil {
		t.Error("--password-stdin with nothing on stdin must fail")
	}
	if _, _, err := runCLI(t, "kort\n", "user", "add", "--db", db, "--name", "X", "--role", "melder", "--org", "essm", "--password-stdin"); err == nil || !strings.Contains(err.Error(), "--password") {
		t.Errorf("short password: %v", err)
	}
}

func TestUnknownCommand(t *testing.T) {
	t.Parallel()
	if _, _, err := runCLI(t, "", "frobnicate"); err == nil || exitCode(err) != 2 {
		t.Fatalf("got %v", err)
	}
	if _, _, err := runCLI(t, ""); err == nil {
		t.Fatal("no command must fail")
	}
	if _, _, err := runCLI(t, "", "serve", "--triage-days", "0"); err == nil || !strings.Contains(err.Error(), "triage-days") {
		t.Fatalf("bad setting: %v", err)
	}
	for _, bad := range []string{"none=6", "none=6,care=60,care_and_criminal=60,undermining=x", "none=6,care=60,care_and_criminal=60,undermining=60,other=1"} {
		if _, _, err := runCLI(t, "", "serve", "--retention", bad); exitCode(err) != 2 || !strings.Contains(err.Error(), "--retention") {
			t.Errorf("--retention %s: %v", bad, err)
		}
	}
	r, err := parseRetention("none=3,care=24,care_and_criminal=0,undermining=120")
	if err != nil || r["none"] != 3 || r["care_and_criminal"] != 0 || r["undermining"] != 120 {
		t.Errorf("parseRetention: %v %v", r, err)
	}
	if _, _, err := runCLI(t, "", "serve", "--break-glass-duration", "48h"); exitCode(err) != 2 {
		t.Errorf("--break-glass-duration 48h: %v", err)
	}
	for _, bad := range []string{"30m", "1000h"} {
		if _, _, err := runCLI(t, "", "serve", "--enrolment-lifetime", bad); exitCode(err) != 2 || !strings.Contains(err.Error(), "--enrolment-lifetime") {
			t.Errorf("--enrolment-lifetime %s: %v", bad, err)
		}
	}
}

// TestDemoServes runs the demo command on a free port, logs in through the
// API-less login page and stops it again.
func TestDemoServes(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var out, errb schakeltest.Buffer
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"demo", "--addr", "127.0.0.1:0", "--metrics-addr", "127.0.0.1:0", "--signals", "12"}, strings.NewReader(""), &out, &errb)
	}()
	re := regexp.MustCompile(`open (http://[0-9.:]+)/`)
	var base string
	for deadline := time.Now().Add(60 * time.Second); time.Now().Before(deadline) && base == ""; time.Sleep(50 * time.Millisecond) {
		if m := re.FindStringSubmatch(out.String()); m != nil {
			base = m[1]
		}
	}
	if base == "" {
		t.Fatalf("demo did not print where to log in:\n%s\n%s", out.String(), errb.String())
	}
	for _, want := range []string{"af@schakel.demo", "melder@schakel.demo", "privacy@schakel.demo", "password for all"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("demo output lacks %q", want)
		}
	}
	res, err := http.Get(base + "/readyz")
	if err != nil || res.StatusCode != 200 {
		t.Fatalf("readyz: %v", err)
	}
	res.Body.Close()
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("demo ended with %v", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("demo did not stop")
	}
}

func TestBackupRestoreCommands(t *testing.T) {
	t.Parallel()
	src, dst := sqltest.URL(t), sqltest.URL(t)
	if _, _, err := runCLI(t, "", "user", "add", "--db", src, "--name", "Anna", "--role", "melder", "--org", "essm", "--email", "anna@example.org"); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "schakel.backup")
	out, _, err := runCLI(t, "", "backup", "--db", src, "--out", file)
	written := regexp.MustCompile(`backup written to .*: (\d+) tables, (\d+) rows`).FindStringSubmatch(out)
	if err != nil || written == nil {
		t.Fatalf("backup: %v %s", err, out)
	}
	if _, _, err := runCLI(t, "", "backup", "--db", src, "--out", file); err == nil || exitCode(err) != 2 {
		t.Errorf("backup over an existing file: %v", err)
	}
	if _, _, err := runCLI(t, "", "backup", "--db", src); err == nil || !strings.Contains(err.Error(), "--out") {
		t.Errorf("backup without --out: %v", err)
	}
	out, _, err = runCLI(t, "", "restore", "--db", dst, file)
	if err != nil || !strings.Contains(out, "restored "+written[1]+" tables, "+written[2]+" rows") {
		t.Fatalf("restore: %v %s", err, out)
	}
	if _, _, err := runCLI(t, "", "restore", "--db", dst, file); err == nil || !strings.Contains(err.Error(), "not empty") {
		t.Errorf("restore into a full database: %v", err)
	}
	if _, _, err := runCLI(t, "", "restore", "--db", dst, "/no/such/file"); err == nil || exitCode(err) != 2 {
		t.Errorf("restore of a missing file: %v", err)
	}
}

func TestKeysCommands(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	dir := t.TempDir()
	keysPath, db := filepath.Join(dir, "keys.json"), sqltest.URL(t)
	// user add on a fresh database makes the key file.
	out, errOut, err := runCLI(t, "", "user", "add", "--db", db, "--keys", keysPath, "--name", "Anna", "--role", "melder", "--org", "essm", "--email", "anna@example.org")
	if err != nil || !strings.Contains(errOut, "created new keys") {
		t.Fatalf("user add: %v %s %s", err, out, errOut)
	}
	if fi, err := os.Stat(keysPath); err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("key file: %v %v", fi, err)
	}
	out, _, err = runCLI(t, "", "keys", "verifier", "--keys", keysPath)
	if err != nil || !strings.HasPrefix(out, "schakel+") {
		t.Fatalf("keys verifier: %v %q", err, out)
	}
	// A database with sealed records refuses to start with new keys.
	sdb, err := sqlstore.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	keys, err := vault.Open(keysPath)
	if err != nil {
		t.Fatal(err)
	}
	st := sqlstore.New(sdb, schakel.DefaultDeadlines, keys)
	if _, err := demo.Populate(ctx, st, demo.Options{Signals: 3, Seed: 5}); err != nil {
		t.Fatal(err)
	}
	before := keys.EncryptionKeyID()
	out, _, err = runCLI(t, "", "keys", "rotate", "--keys", keysPath, "--db", db)
	if err != nil || !strings.Contains(out, "new primary encryption key") {
		t.Fatalf("keys rotate: %v %s", err, out)
	}
	after, err := vault.Open(keysPath)
	if err != nil || after.EncryptionKeyID() == before {
		t.Fatalf("the key file has no new primary key: %v", err)
	}
	jobs, _ := st.Jobs(ctx)
	if len(jobs) == 0 || jobs[len(jobs)-1].Kind != sqlstore.JobRewrapKeys {
		t.Errorf("no re-wrap job queued: %+v", jobs)
	}
	sdb.Close()
	_, _, err = runCLI(t, "", "serve", "--db", db, "--keys", filepath.Join(dir, "other.json"), "--addr", "127.0.0.1:0")
	if err == nil || !strings.Contains(err.Error(), "sealed records") {
		t.Errorf("serve without its key file: %v", err)
	}
	if _, _, err := runCLI(t, "", "keys", "rotate", "--keys", filepath.Join(dir, "none.json"), "--db", db); exitCode(err) != 2 {
		t.Errorf("rotate without a key file: %v", err)
	}
}

func TestAuditCommands(t *testing.T) {
	t.Parallel()
	d := schakeltest.NewDemo(t, schakeltest.Options{Signals: 4, Seed: 9})
	db, keys := d.URL, d.KeyFile()
	cpFile := filepath.Join(t.TempDir(), "checkpoints")
	out, _, err := runCLI(t, "", "audit", "checkpoint", "--db", db, "--keys", keys)
	if err != nil || !strings.Contains(out, "/audit\n") {
		t.Fatalf("audit checkpoint: %v %q", err, out)
	}
	if err := os.WriteFile(cpFile, []byte(out+"\n"+out), 0o600); err != nil {
		t.Fatal(err)
	}
	out, _, err = runCLI(t, "", "audit", "verify", "--db", db, "--keys", keys, "--checkpoint", cpFile)
	if err != nil || !strings.Contains(out, "the audit log is whole") || !strings.Contains(out, "checkpoints checked") {
		t.Fatalf("audit verify: %v %s", err, out)
	}
	sqltest.Exec(t, db, `UPDATE audit_log SET action = 'nothing' WHERE seq = 1`)
	out, _, err = runCLI(t, "", "audit", "verify", "--db", db, "--keys", keys, "--checkpoint", cpFile)
	if err == nil || !strings.Contains(out, "PROBLEM:") {
		t.Fatalf("a changed entry passed audit verify: %v %s", err, out)
	}
	if _, _, err := runCLI(t, "", "audit", "verify", "--db", db, "--keys", keys, "--checkpoint", "/no/such/file"); exitCode(err) != 2 {
		t.Errorf("missing checkpoint file: %v", err)
	}
}

// TestAuditSequencerExports: serve's sequencer places new entries and
// appends each new signed checkpoint to the export file, once.
func TestAuditSequencerExports(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	d := schakeltest.NewDemo(t, schakeltest.Options{Signals: 2, Seed: 4})
	st := d.Store
	file := filepath.Join(t.TempDir(), "checkpoints")
	done := make(chan struct{})
	go func() { sequenceAudit(ctx, st, slog.New(slog.DiscardHandler), 10*time.Millisecond, file); close(done) }()
	var notes [][]byte
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		data, _ := os.ReadFile(file)
		if notes = sqlstore.SplitCheckpoints(data); len(notes) > 0 {
			break
		}
	}
	time.Sleep(100 * time.Millisecond) // more passes, nothing new to export
	cancel()
	<-done
	data, _ := os.ReadFile(file)
	if notes = sqlstore.SplitCheckpoints(data); len(notes) != 1 {
		t.Fatalf("%d checkpoints exported, want 1", len(notes))
	}
	rep, err := st.VerifyAudit(context.Background(), d.Keys.VerifierKey(), notes...)
	if err != nil || !rep.OK() || rep.Entries == 0 {
		t.Fatalf("verify against the exported checkpoint: %+v %v", rep, err)
	}
}

// TestOpenAPICommand: schakel openapi prints the served document, which a
// client can read without a server.
func TestOpenAPICommand(t *testing.T) {
	out, _, err := runCLI(t, "", "openapi")
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		OpenAPI string                    `json:"openapi"`
		Paths   map[string]map[string]any `json:"paths"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil || doc.OpenAPI != "3.1.0" || doc.Paths["/api/v1/signals/{id}/triage"]["post"] == nil {
		t.Fatalf("not the document: %v %.200s", err, out)
	}
	if _, _, err := runCLI(t, "", "openapi", "extra"); exitCode(err) != 2 {
		t.Errorf("openapi extra: %v", err)
	}
}

// TestDemoPortInUse: a taken port fails at once, before the demo makes its
// data, and says what to do.
func TestDemoPortInUse(t *testing.T) {
	t.Parallel()
	taken, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer taken.Close()
	out, _, err := runCLI(t, "", "demo", "--addr", taken.Addr().String(), "--metrics-addr=", "--signals", "5")
	if err == nil || !strings.Contains(err.Error(), "--addr") || strings.Contains(out, "Generating") {
		t.Fatalf("got %v, printed %q", err, out)
	}
}
