package web

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"net/http"
	"slices"
	"sync"

	"github.com/coreos/go-oidc/v3/oidc"
	"golang.org/x/oauth2"

	"github.com/schakel-nl/schakel"
)

// OIDCProvider is an organisation's own identity provider. Its users log
// in there; Schakel maps the claim (the e-mail address by default) to a
// known, active user of that organisation, and binds the provider's
// subject to the user at the first login so that a reassigned address
// cannot take over the account. When the provider says it used a second
// factor (the amr claim), Schakel asks for none of its own.
type OIDCProvider struct {
	Name         string   `json:"name"`          // shown on the login page; in the URL
	Issuer       string   `json:"issuer"`        // its discovery URL without /.well-known/openid-configuration
	ClientID     string   `json:"client_id"`     // Schakel's registration there
	ClientSecret string   `json:"client_secret"` //
	Organisation string   `json:"organisation"`  // the organisation code its users must have
	Claim        string   `json:"claim"`         // the claim that names the user; default "email"
	MFAMethods   []string `json:"mfa_amr"`       // amr values that count as a second factor; default mfa, otp, hwk, swk
}

type oidcProviders struct {
	base  string // the public URL of Schakel, for redirect URLs
	list  []OIDCProvider
	mu    sync.Mutex
	ready map[string]*oidc.Provider
}

func newOIDC(base string, list []OIDCProvider) *oidcProviders {
	return &oidcProviders{base: base, list: list, ready: map[string]*oidc.Provider{}}
}

func (o *oidcProviders) names() []string {
	if o == nil {
		return nil
	}
	var out []string
	for _, p := range o.list {
		out = append(out, p.Name)
	}
	return out
}

// get returns a provider's configuration and its discovered endpoints,
// discovering them on first use.
func (o *oidcProviders) get(ctx context.Context, name string) (*OIDCProvider, *oidc.Provider, *oauth2.Config, error) {
	if o == nil {
		return nil, nil, nil, schakel.ErrNotFound
	}
	i := slices.IndexFunc(o.list, func(p OIDCProvider) bool { return p.Name == name })
	if i < 0 {
		return nil, nil, nil, schakel.ErrNotFound
	}
	cfg := &o.list[i]
	o.mu.Lock()
	defer o.mu.Unlock()
	p, ok := o.ready[name]
	if !ok {
		var err error
		if p, err = oidc.NewProvider(ctx, cfg.Issuer); err != nil {
			return nil, nil, nil, err
		}
		o.ready[name] = p
	}
	oc := &oauth2.Config{ClientID: cfg.ClientID, ClientSecret: cfg.ClientSecret, Endpoint: p.Endpoint(),
		RedirectURL: o.base + "/inloggen/oidc/" + name + "/terug", Scopes: []string{oidc.ScopeOpenID, "email", "profile"}}
	return cfg, p, oc, nil
}

func randomString() string {
	b := make([]byte, 24)
	_, _ = rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

func (u *ui) oidcStart(w http.ResponseWriter, r *http.Request) error {
	name := r.PathValue("provider")
	_, _, oc, err := u.s.oidc.get(r.Context(), name)
	if err != nil {
		return u.oidcFailed(w, r, err)
	}
	ctx := r.Context()
	state, nonce, verifier := randomString(), randomString(), oauth2.GenerateVerifier()
	u.s.sessions.Put(ctx, "oidc_provider", name)
	u.s.sessions.Put(ctx, "oidc_state", state)
	u.s.sessions.Put(ctx, "oidc_nonce", nonce)
	u.s.sessions.Put(ctx, "oidc_verifier", verifier)
	u.s.sessions.Put(ctx, "oidc_back", localPath(r.URL.Query().Get("terug")))
	http.Redirect(w, r, oc.AuthCodeURL(state, oidc.Nonce(nonce), oauth2.S256ChallengeOption(verifier)), http.StatusSeeOther)
	return nil
}

func (u *ui) oidcCallback(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	name := r.PathValue("provider")
	state := u.s.sessions.PopString(ctx, "oidc_state")
	nonce := u.s.sessions.PopString(ctx, "oidc_nonce")
	verifier := u.s.sessions.PopString(ctx, "oidc_verifier")
	back := u.s.sessions.PopString(ctx, "oidc_back")
	if u.s.sessions.PopString(ctx, "oidc_provider") != name || state == "" || r.URL.Query().Get("state") != state {
		return u.oidcFailed(w, r, errors.New("oidc: state does not match"))
	}
	cfg, p, oc, err := u.s.oidc.get(ctx, name)
	if err != nil {
		return u.oidcFailed(w, r, err)
	}
	if e := r.URL.Query().Get("error"); e != "" {
		return u.oidcFailed(w, r, errors.New("oidc: provider answered "+e))
	}
	tok, err := oc.Exchange(ctx, r.URL.Query().Get("code"), oauth2.VerifierOption(verifier))
	if err != nil {
		return u.oidcFailed(w, r, err)
	}
	raw, ok := tok.Extra("id_token").(string)
	if !ok {
		return u.oidcFailed(w, r, errors.New("oidc: no id_token"))
	}
	idt, err := p.Verifier(&oidc.Config{ClientID: cfg.ClientID}).Verify(ctx, raw)
	if err != nil {
		return u.oidcFailed(w, r, err)
	}
	if idt.Nonce != nonce {
		return u.oidcFailed(w, r, errors.New("oidc: nonce does not match"))
	}
	var claims map[string]any
	if err := idt.Claims(&claims); err != nil {
		return u.oidcFailed(w, r, err)
	}
	claim := cfg.Claim
	if claim == "" {
		claim = "email"
	}
	value, _ := claims[claim].(string)
	if verified, present := claims["email_verified"].(bool); claim == "email" && present && !verified {
		value = ""
	}
	usr, err := u.s.store.UserByOIDC(ctx, cfg.Organisation, idt.Issuer+"|"+idt.Subject, value)
	if err != nil {
		return u.oidcFailed(w, r, err)
	}
	methods := cfg.MFAMethods
	if len(methods) == 0 {
		methods = []string{"mfa", "otp", "hwk", "swk"}
	}
	mfa := false
	if amr, ok := claims["amr"].([]any); ok {
		for _, m := range amr {
			if s, ok := m.(string); ok && slices.Contains(methods, s) {
				mfa = true
			}
		}
	}
	return u.passwordDone(w, r, usr, back, mfa)
}

func (u *ui) oidcFailed(w http.ResponseWriter, r *http.Request, err error) error {
	if schakel.ErrorKind(err) != schakel.KindUnauthorized {
		u.s.log.Warn("oidc login failed", "route", r.Pattern, "err", err.Error())
	}
	return u.loginPage(w, r, http.StatusUnauthorized, "login.oidc_failed", "", "")
}
