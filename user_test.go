package schakel

import (
	"testing"
	"time"
)

func TestValidateNewUser(t *testing.T) {
	cat := &Catalog{
		Organisations:  map[string]Organisation{"gemeente-x": {Code: "gemeente-x", Municipality: "x"}},
		Municipalities: map[string]Municipality{"x": {Slug: "x"}},
	}
	in := UserInput{Name: "  Anna  ", Email: " Anna@Example.NL ", Role: RoleAF, Org: "gemeente-x"}
	var p Problems
	ValidateNewUser(&in, cat, &p)
	if len(p) != 0 || in.Name != "Anna" || in.Email != "anna@example.nl" || len(in.Municipalities) != 1 || in.Municipalities[0] != "x" {
		t.Fatalf("normalised %+v, problems %v", in, p)
	}
	twice := UserInput{Name: "Bo", Email: "bo@example.nl", Role: RoleAF, Org: "gemeente-x", Municipalities: []string{"x", "x"}}
	p = nil
	ValidateNewUser(&twice, cat, &p)
	if len(p) != 0 || len(twice.Municipalities) != 1 {
		t.Errorf("a municipality given twice: %v, problems %v", twice.Municipalities, p)
	}
	bad := UserInput{Email: "geen adres", Role: "nobody", Org: "elders", Municipalities: []string{"y"}}
	p = nil
	ValidateNewUser(&bad, cat, &p)
	fields := map[string]bool{}
	for _, e := range p {
		fields[e.Field] = true
	}
	for _, f := range []string{"name", "email", "role", "organisation", "municipalities[0]"} {
		if !fields[f] {
			t.Errorf("no problem with %s: %v", f, p)
		}
	}
}

func TestValidateToken(t *testing.T) {
	var p Problems
	if name := ValidateToken(" ci ", 30*24*time.Hour, &p); name != "ci" || len(p) != 0 {
		t.Errorf("valid token: %q %v", name, p)
	}
	for _, ttl := range []time.Duration{time.Hour, MaxTokenLifetime + time.Hour} {
		p = nil
		ValidateToken("ci", ttl, &p)
		if len(p) != 1 || p[0].Field != "expires_in_days" {
			t.Errorf("lifetime %v: %v", ttl, p)
		}
	}
	p = nil
	ValidateToken("  ", 30*24*time.Hour, &p)
	if len(p) != 1 || p[0].Field != "name" {
		t.Errorf("empty name: %v", p)
	}
}
