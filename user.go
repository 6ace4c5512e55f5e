package schakel

import "slices"

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
