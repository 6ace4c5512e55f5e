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
	cmd := exec.Command(bin, "serve", "--addr", addr, "--db", db)
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

// TestNoLostWritesOnKill runs an intake load against a real server
// process, kills it with SIGKILL mid-load, restarts it, and checks that
// every signal that got a 201 is there, whole.
func TestNoLostWritesOnKill(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and kills a server process")
	}
	db := sqltest.URL(t)
	out, _, err := runCLI(t, "", "user", "add", "--db", db, "--name", "Load", "--role", "melder", "--org", "essm", "--token")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	token := lines[len(lines)-1]
	addr := freeAddr(t)
	cmd := startServer(t, db, addr)

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
