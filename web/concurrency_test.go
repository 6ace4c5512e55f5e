package web_test

import (
	"sync"
	"testing"
)

// race runs n copies of call at once and counts the statuses.
func race(n int, call func(i int) resp) map[int]int {
	var wg sync.WaitGroup
	var mu sync.Mutex
	got := map[int]int{}
	start := make(chan struct{})
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			r := call(i)
			mu.Lock()
			got[r.status]++
			mu.Unlock()
		}()
	}
	close(start)
	wg.Wait()
	return got
}

// Two officers acting on the same signal at once cannot both win.
func TestConcurrentTriage(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.token("af:rotterdam")
	for round := range 3 {
		id := e.api("POST", "/api/v1/signals", "melder", validSignal()).str("id")
		routes := []string{"care", "undermining", "care_and_criminal", "care"}
		got := race(len(routes), func(i int) resp {
			return e.api("POST", "/api/v1/signals/"+id+"/triage", "af:rotterdam", map[string]any{"route": routes[i]})
		})
		if got[200] != 1 || got[409] != len(routes)-1 {
			t.Fatalf("round %d: statuses %v, want one 200 and the rest 409", round, got)
		}
	}
	if n := e.rows("cases"); n != 3 {
		t.Fatalf("%d cases for 3 signals", n)
	}
	// The loser is told what won.
	id := e.api("POST", "/api/v1/signals", "melder", validSignal()).str("id")
	e.api("POST", "/api/v1/signals/"+id+"/triage", "af:rotterdam", map[string]any{"route": "undermining"})
	r := e.api("POST", "/api/v1/signals/"+id+"/triage", "af:rotterdam", map[string]any{"route": "care"})
	cur, _ := r.body["current"].(map[string]any)
	if r.status != 409 || cur["route"] != "undermining" || cur["triaged_by"] != "Anna Aandacht" {
		t.Fatalf("409 with what changed: %s", r.raw)
	}
}

func TestConcurrentReferralAnswers(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.token("essm")
	for round := range 3 {
		id := e.api("POST", "/api/v1/signals", "melder", validSignal()).str("id")
		tr := e.api("POST", "/api/v1/signals/"+id+"/triage", "af:rotterdam", map[string]any{"route": "care"})
		ref := tr.list("referrals")[0].(map[string]any)["id"].(string)
		got := race(4, func(i int) resp {
			if i%2 == 0 {
				return e.api("POST", "/api/v1/referrals/"+ref+"/accept", "essm", nil)
			}
			return e.api("POST", "/api/v1/referrals/"+ref+"/decline", "essm", map[string]any{"reason": "vol"})
		})
		if got[200] != 1 || got[409] != 3 {
			t.Fatalf("round %d: statuses %v, want one 200 and three 409", round, got)
		}
	}
}
