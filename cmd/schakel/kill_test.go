package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/schakel-nl/schakel"
	"github.com/schakel-nl/schakel/sqlstore"
	"github.com/schakel-nl/schakel/sqlstore/sqltest"
)

// buildBinary compiles the command once per test binary.
var buildBinary = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "schakel-bin-")
	if err != nil {
		return "", err
	}
	bin := filepath.Join(dir, "schakel")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("go build: %v\n%s", err, out)
	}
	return bin, nil
})

func freeAddr(t *testing.T) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

// startServer runs `schakel serve` as a real process and waits until it
// answers /readyz.
func startServer(t *testing.T, db, addr string) *exec.Cmd {
	t.Helper()
	bin, err := buildBinary()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "serve", "--addr", addr, "--db", db, "--metrics-addr", "")
	cmd.Stdout, cmd.Stderr = io.Discard, io.Discard
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if res, err := http.Get("http://" + addr + "/readyz"); err == nil {
			res.Body.Close()
			if res.StatusCode == 200 {
				return cmd
			}
		}
	}
	t.Fatal("server did not become ready")
	return nil
}

// serverWithReporter makes a fresh database with one reporter, starts a
// server process on it and returns the database, the reporter's API token,
// the address and the process.
func serverWithReporter(t *testing.T) (db, token, addr string, cmd *exec.Cmd) {
	t.Helper()
	db = sqltest.URL(t)
	out, _, err := runCLI(t, "", "user", "add", "--db", db, "--name", "Load", "--role", "melder", "--org", "essm", "--token")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	token = lines[len(lines)-1]
	addr = freeAddr(t)
	return db, token, addr, startServer(t, db, addr)
}

// TestNoLostWritesOnKill runs an intake load against a real server
// process, kills it with SIGKILL mid-load, restarts it, and checks that
// every signal that got a 201 is there, whole.
func TestNoLostWritesOnKill(t *testing.T) {
	db, token, addr, cmd := serverWithReporter(t)

	body, _ := json.Marshal(map[string]any{
		"municipality": "rotterdam", "observed_on": time.Now().In(schakel.Amsterdam).AddDate(0, 0, -1).Format("2006-01-02"),
		"forms": []string{"labour"}, "account": "Belastingtest van de intake.", "reporter": map[string]any{"name": "Load"},
		"persons": []any{map[string]any{"role": "victim", "name": "Test Persoon"}, map[string]any{"role": "suspect", "name": "Test Verdachte"}},
	})
	var mu sync.Mutex
	var acked []string
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	client := &http.Client{Timeout: 5 * time.Second}
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				req, _ := http.NewRequestWithContext(ctx, "POST", "http://"+addr+"/api/v1/signals", bytes.NewReader(body))
				req.Header.Set("Authorization", "Bearer "+token)
				req.Header.Set("Content-Type", "application/json")
				res, err := client.Do(req)
				if err != nil {
					return // the server is gone
				}
				var sg struct{ ID string }
				_ = json.NewDecoder(res.Body).Decode(&sg)
				res.Body.Close()
				if res.StatusCode == 201 {
					mu.Lock()
					acked = append(acked, sg.ID)
					mu.Unlock()
				}
			}
		}()
	}
	// Kill once the load is well under way.
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		mu.Lock()
		n := len(acked)
		mu.Unlock()
		if n >= 150 {
			break
		}
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	_ = cmd.Wait()
	cancel()
	wg.Wait()
	if len(acked) < 50 {
		t.Fatalf("only %d signals acknowledged before the kill", len(acked))
	}

	addr2 := freeAddr(t)
	startServer(t, db, addr2)
	for _, id := range acked {
		req, _ := http.NewRequest("GET", "http://"+addr2+"/api/v1/signals/"+id, nil)
		req.Header.Set("Authorization", "Bearer "+token)
		res, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		var sg struct {
			Account string
			Persons []any
		}
		_ = json.NewDecoder(res.Body).Decode(&sg)
		res.Body.Close()
		if res.StatusCode != 200 || sg.Account == "" || len(sg.Persons) != 2 {
			t.Fatalf("acknowledged signal %s after restart: %d, %d persons", id, res.StatusCode, len(sg.Persons))
		}
	}
	t.Logf("%d acknowledged signals all present after SIGKILL", len(acked))
}

// TestGracefulShutdown sends SIGTERM while a request is in flight: the
// server is reading its body. The request is still answered 201 and
// stored, and the process exits 0.
func TestGracefulShutdown(t *testing.T) {
	db, token, addr, cmd := serverWithReporter(t)
	body, _ := json.Marshal(map[string]any{
		"municipality": "rotterdam", "observed_on": time.Now().In(schakel.Amsterdam).AddDate(0, 0, -1).Format("2006-01-02"),
		"forms": []string{"sexual"}, "account": "Afsluittest.", "reporter": map[string]any{"name": "Load"},
	})
	pr, pw := io.Pipe()
	req, _ := http.NewRequest("POST", "http://"+addr+"/api/v1/signals", pr)
	req.ContentLength = int64(len(body))
	req.Header.Set("Authorization", "Bearer "+token)
	req.Header.Set("Content-Type", "application/json")
	type result struct {
		status int
		id     string
		err    error
	}
	done := make(chan result, 1)
	go func() {
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			done <- result{err: err}
			return
		}
		defer res.Body.Close()
		var sg struct{ ID string }
		_ = json.NewDecoder(res.Body).Decode(&sg)
		done <- result{status: res.StatusCode, id: sg.ID}
	}()
	half := len(body) / 2
	if _, err := pw.Write(body[:half]); err != nil {
		t.Fatal(err)
	}
	time.Sleep(300 * time.Millisecond) // the handler is now reading the body
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	time.Sleep(300 * time.Millisecond)
	if _, err := pw.Write(body[half:]); err != nil {
		t.Fatal(err)
	}
	pw.Close()
	r := <-done
	if r.err != nil || r.status != 201 {
		t.Fatalf("in-flight request during shutdown: %d %v", r.status, r.err)
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("exit after SIGTERM: %v", err)
	}
	if _, err := http.Get("http://" + addr + "/healthz"); err == nil {
		t.Fatal("still serving after shutdown")
	}
	addr2 := freeAddr(t)
	startServer(t, db, addr2)
	get, _ := http.NewRequest("GET", "http://"+addr2+"/api/v1/signals/"+r.id, nil)
	get.Header.Set("Authorization", "Bearer "+token)
	res, err := http.DefaultClient.Do(get)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != 200 {
		t.Fatalf("the signal answered during shutdown is not stored: %d", res.StatusCode)
	}
}

// TestJobResumedAfterKill: a server is killed with SIGKILL while it holds
// the lease of a job (here the re-wrap of a key rotation, its lease with
// minutes to run). The restarted server takes the job over within
// seconds: the lease's holder, a process of this host, is gone.
func TestJobResumedAfterKill(t *testing.T) {
	db, _, _, cmd := serverWithReporter(t)
	pid := cmd.Process.Pid
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	_ = cmd.Wait()
	host, _ := os.Hostname()
	lease := time.Now().Add(5 * time.Minute).UTC().Format("2006-01-02T15:04:05.000000Z")
	sqltest.Exec(t, db, fmt.Sprintf(`INSERT INTO jobs (id, kind, unique_key, run_at, state, attempts, locked_by, locked_until, created_at)
		VALUES ('killed-job', 'rewrap_keys', 'rewrap_keys@killed-job', '2000-01-01T00:00:00.000000Z', 'running', 1, '%s/%d/0000000000', '%s', '2000-01-01T00:00:00.000000Z')`,
		host, pid, lease))
	start := time.Now()
	startServer(t, db, freeAddr(t))
	sdb, err := sqlstore.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer sdb.Close()
	st := sqlstore.New(sdb, schakel.DefaultDeadlines, nil)
	for {
		jobs, err := st.Jobs(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		state := ""
		for _, j := range jobs {
			if j.ID == "killed-job" {
				state = j.State
			}
		}
		if state == "done" {
			t.Logf("the killed server's job was done %v after the restart began", time.Since(start).Round(time.Millisecond))
			return
		}
		if time.Since(start) > 20*time.Second {
			t.Fatalf("the killed server's job is still %q %v after the restart (its lease runs five minutes)", state, time.Since(start))
		}
		time.Sleep(100 * time.Millisecond)
	}
}
