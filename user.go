package schakel

import (
	"fmt"
	"net/mail"
	"slices"
	"strings"
	"time"
	"unicode/utf8"
)

// User is a person who logs in. Municipalities is the set of
// municipalities the user serves: given explicitly for municipal users, and
// derived from the organisation for a Zorg- en Veiligheidshuis.
type User struct {
	ID             string   `json:"id"`
	Name           string   `json:"name"`
	Email          string   `json:"email,omitempty"`
	Role           Role     `json:"role"`
	Org            string   `json:"organisation"`
	Municipalities []string `json:"municipalities"`
	Active         bool     `json:"active"`
	// SecondFactor is set when the user has enrolled an authenticator.
	SecondFactor bool `json:"second_factor"`
	// AuthEpoch changes whenever the user's rights change; a session of
	// an older epoch is no longer valid.
	AuthEpoch int `json:"-"`
}

// NeedsSecondFactor: every role that sees personal data logs in with a
// second factor; the beleidsregisseur sees process data only.
func (r Role) NeedsSecondFactor() bool { return r != RoleBeleidsregisseur }

// Serves reports whether the user serves municipality m.
func (u *User) Serves(m string) bool { return slices.Contains(u.Municipalities, m) }

// UserInput is what the beheerder sets of a user.
type UserInput struct {
	Name           string
	Email          string
	Role           Role
	Org            string
	Municipalities []string
}

// ValidateNewUser normalises a user to be created (name trimmed, e-mail
// address in lower case, each municipality once, an AF's municipality
// taken from its organisation when none is given) and adds its problems
// against the catalogue to p.
func ValidateNewUser(in *UserInput, cat *Catalog, p *Problems) {
	in.Name, in.Email = strings.TrimSpace(in.Name), strings.ToLower(strings.TrimSpace(in.Email))
	checkUserName(in.Name, p)
	if a, err := mail.ParseAddress(in.Email); err != nil || a.Address != in.Email {
		p.Add("email", "Vul een geldig e-mailadres in.")
	}
	if !in.Role.Valid() {
		p.Add("role", "Onbekende rol.")
	}
	org, ok := cat.Organisations[in.Org]
	if !ok {
		p.Add("organisation", "Onbekende organisatie.")
	}
	for i, m := range in.Municipalities {
		if _, ok := cat.Municipalities[m]; !ok {
			p.Add(fmt.Sprintf("municipalities[%d]", i), "Onbekende gemeente.")
		}
	}
	// After the check, so that a problem names the position as given.
	in.Municipalities = dedupe(in.Municipalities)
	if in.Role == RoleAF {
		if len(in.Municipalities) == 0 && ok && org.Municipality != "" {
			in.Municipalities = []string{org.Municipality}
		}
		if len(in.Municipalities) == 0 {
			p.Add("municipalities", "Een aandachtsfunctionaris hoort bij ten minste één gemeente.")
		}
	}
}

// ValidateUserUpdate normalises a change of an existing user (its e-mail
// address does not change) and adds its problems to p.
func ValidateUserUpdate(in *UserInput, cat *Catalog, p *Problems) {
	in.Name = strings.TrimSpace(in.Name)
	checkUserName(in.Name, p)
	if !in.Role.Valid() {
		p.Add("role", "Onbekende rol.")
	}
	if _, ok := cat.Organisations[in.Org]; !ok {
		p.Add("organisation", "Onbekende organisatie.")
	}
	in.Municipalities = dedupe(in.Municipalities)
	for _, m := range in.Municipalities {
		if _, ok := cat.Municipalities[m]; !ok {
			p.Add("municipalities", "Onbekende gemeente.")
		}
	}
	if in.Role == RoleAF && len(in.Municipalities) == 0 {
		p.Add("municipalities", "Een aandachtsfunctionaris hoort bij ten minste één gemeente.")
	}
}

func checkUserName(name string, p *Problems) {
	if name == "" || utf8.RuneCountInString(name) > MaxShort {
		p.Add("name", "Vul een naam in (ten hoogste 200 tekens).")
	}
}

// dedupe keeps the first of each value, in order.
func dedupe(xs []string) []string {
	var out []string
	for _, x := range xs {
		if !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}

// MaxTokenLifetime is the longest an API token may live.
const MaxTokenLifetime = 365 * 24 * time.Hour

// ValidateToken normalises the name of a new API token and adds the
// problems of its name and lifetime to p.
func ValidateToken(name string, ttl time.Duration, p *Problems) string {
	name = strings.TrimSpace(name)
	if name == "" || utf8.RuneCountInString(name) > 100 {
		p.Add("name", "Geef het token een naam (ten hoogste 100 tekens), bijvoorbeeld waar het voor is.")
	}
	if ttl < 24*time.Hour || ttl > MaxTokenLifetime {
		p.Add("expires_in_days", "Kies een geldigheid van 1 tot 365 dagen.")
	}
	return name
}
