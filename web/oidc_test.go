package web_test

import (
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/go-jose/go-jose/v4"
	"github.com/go-jose/go-jose/v4/jwt"

	"github.com/schakel-nl/schakel/web"
)

// testIdP is an OpenID Connect provider in the test process: discovery,
// keys, an authorisation endpoint that signs in whoever the test says, and
// a token endpoint that checks PKCE and issues an RS256 ID token.
type testIdP struct {
	t      *testing.T
	srv    *httptest.Server
	key    *rsa.PrivateKey
	signer jose.Signer
	mu     sync.Mutex
	codes  map[string]idpGrant
	// Who signs in next.
	Email, Subject string
	AMR            []string
}

type idpGrant struct {
	nonce, challenge, clientID, email, subject string
	amr                                        []string
}

func newTestIdP(t *testing.T) *testIdP {
	key, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	signer, err := jose.NewSigner(jose.SigningKey{Algorithm: jose.RS256, Key: jose.JSONWebKey{Key: key, KeyID: "k1"}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	p := &testIdP{t: t, key: key, signer: signer, codes: map[string]idpGrant{}}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /.well-known/openid-configuration", func(w http.ResponseWriter, r *http.Request) {
		json.NewEncoder(w).Encode(map[string]any{
			"issuer": p.srv.URL, "authorization_endpoint": p.srv.URL + "/auth", "token_endpoint": p.srv.URL + "/token",
			"jwks_uri": p.srv.URL + "/keys", "response_types_supported": []string{"code"}, "subject_types_supported": []string{"public"},
			"id_token_signing_alg_values_supported": []string{"RS256"}, "code_challenge_methods_supported": []string{"S256"},
		})
	})
	mux.HandleFunc("GET /keys", func(w http.ResponseWriter, r *http.Request) {
		json.NewEncoder(w).Encode(jose.JSONWebKeySet{Keys: []jose.JSONWebKey{{Key: &key.PublicKey, KeyID: "k1", Algorithm: "RS256", Use: "sig"}}})
	})
	mux.HandleFunc("GET /auth", func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		if q.Get("code_challenge_method") != "S256" || q.Get("code_challenge") == "" {
			http.Error(w, "PKCE required", 400)
			return
		}
		code := randomCode()
		p.mu.Lock()
		p.codes[code] = idpGrant{nonce: q.Get("nonce"), challenge: q.Get("code_challenge"), clientID: q.Get("client_id"), email: p.Email, subject: p.Subject, amr: p.AMR}
		p.mu.Unlock()
		back, _ := url.Parse(q.Get("redirect_uri"))
		bq := back.Query()
		bq.Set("code", code)
		bq.Set("state", q.Get("state"))
		back.RawQuery = bq.Encode()
		http.Redirect(w, r, back.String(), http.StatusFound)
	})
	mux.HandleFunc("POST /token", func(w http.ResponseWriter, r *http.Request) {
		r.ParseForm()
		p.mu.Lock()
		g, ok := p.codes[r.PostForm.Get("code")]
		delete(p.codes, r.PostForm.Get("code"))
		p.mu.Unlock()
		sum := sha256.Sum256([]byte(r.PostForm.Get("code_verifier")))
		if !ok || base64.RawURLEncoding.EncodeToString(sum[:]) != g.challenge {
			w.WriteHeader(400)
			json.NewEncoder(w).Encode(map[string]string{"error": "invalid_grant"})
			return
		}
		claims := map[string]any{"iss": p.srv.URL, "sub": g.subject, "aud": g.clientID, "exp": time.Now().Add(5 * time.Minute).Unix(),
			"iat": time.Now().Unix(), "nonce": g.nonce, "email": g.email, "email_verified": true}
		if g.amr != nil {
			claims["amr"] = g.amr
		}
		idt, err := jwt.Signed(p.signer).Claims(claims).Serialize()
		if err != nil {
			http.Error(w, err.Error(), 500)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(map[string]any{"access_token": "at", "token_type": "Bearer", "expires_in": 300, "id_token": idt})
	})
	p.srv = httptest.NewServer(mux)
	t.Cleanup(p.srv.Close)
	return p
}

func randomCode() string {
	b := make([]byte, 16)
	rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

// oidcLogin walks the redirects of a login through the provider and
// returns where Schakel sends the browser in the end.
func (b *browser) oidcLogin(provider string) page {
	t := b.e.t
	t.Helper()
	p := b.get("/inloggen/oidc/" + provider)
	if p.status != http.StatusSeeOther {
		t.Fatalf("start: %d %s", p.status, p.body)
	}
	res, err := b.c.Get(p.location) // the provider's authorisation endpoint
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusFound {
		t.Fatalf("provider: %d", res.StatusCode)
	}
	res, err = b.c.Get(res.Header.Get("Location")) // back to Schakel
	if err != nil {
		t.Fatal(err)
	}
	return readPage(t, res)
}

func TestOIDCLogin(t *testing.T) {
	t.Parallel()
	idp := newTestIdP(t)
	e := newEnvWith(t, func(c *web.Config) {
		c.OIDC = []web.OIDCProvider{{Name: "politie", Issuer: idp.srv.URL, ClientID: "schakel", ClientSecret: "geheim", Organisation: "politie-avim"}}
	}, 0)
	police := e.users["politie-avim"]
	tests := []struct {
		rule    string
		email   string
		subject string
		amr     []string
		wantTo  string // where the browser ends; "" for refused
	}{
		{"a user of the provider's organisation with the provider's second factor is logged in", police.Email, "sub-1", []string{"pwd", "mfa"}, "/"},
		{"without the provider's second factor, Schakel asks for its own", police.Email, "sub-1", []string{"pwd"}, "/inloggen/instellen"},
		{"an address unknown to Schakel is refused", "onbekend@politie.example", "sub-2", []string{"mfa"}, ""},
		{"a user of another organisation is refused", e.users["essm"].Email, "sub-3", []string{"mfa"}, ""},
		{"another subject for a bound address is refused", police.Email, "sub-other", []string{"mfa"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			idp.Email, idp.Subject, idp.AMR = tt.email, tt.subject, tt.amr
			b := e.browser()
			p := b.oidcLogin("politie")
			if tt.wantTo == "" {
				if p.status != http.StatusUnauthorized || !strings.Contains(p.body, "Inloggen via uw organisatie is niet gelukt") {
					t.Fatalf("refused login: %d %s", p.status, p.location)
				}
				if b.get("/").status != http.StatusSeeOther {
					t.Error("a refused login has a session")
				}
				return
			}
			if p.status != http.StatusSeeOther || p.location != tt.wantTo {
				t.Fatalf("ends at %d %s, want %s", p.status, p.location, tt.wantTo)
			}
			if tt.wantTo == "/" && !strings.Contains(b.get("/").body, police.Name) {
				t.Error("not logged in as the police user")
			}
		})
	}
	// A forged state is refused.
	b := e.browser()
	if p := b.get("/inloggen/oidc/politie/terug?code=x&state=forged"); p.status != http.StatusUnauthorized {
		t.Errorf("forged state: %d", p.status)
	}
	if p := b.get("/inloggen/oidc/onbekend"); p.status != http.StatusUnauthorized {
		t.Errorf("unknown provider: %d", p.status)
	}
	if !strings.Contains(b.get("/inloggen").body, "Inloggen via politie") {
		t.Error("the login page does not offer the provider")
	}
}
