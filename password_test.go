package schakel

import (
	"strings"
	"testing"
)

func TestValidatePassword(t *testing.T) {
	t.Parallel()
	name, email := "Anna de Vries", "anna.devries@rotterdam.nl"
	tests := []struct {
		rule string
		pw   string
		ok   bool
	}{
		{"NIST: at least 12 characters", "kort-wachtw", false},
		{"NIST: 12 characters are enough without composition rules", "fiets boom zee", true},
		{"NIST: spaces and any character are allowed", "ik fiets naar de kust ☀", true},
		{"NIST: at most 256 characters", strings.Repeat("lange zin ", 30), false},
		{"NIST: refused when on the list of common passwords", "qazwsxedcrfv", false},
		{"NIST: a listed password with digits around it is still listed", "password12345678", false},
		{"NIST: a listed password in capitals is still listed", "1QAZ2WSX3EDC", false},
		{"NIST: repetitive characters are refused", "aaaaaaaaaaaaaa", false},
		{"NIST: a run of characters is refused", "1234567890123", false},
		{"NIST: context-specific words: the user's name", "annadevries2026!", false},
		{"NIST: context-specific words: the address", "devries-wachtzin-99", false},
		{"NIST: context-specific words: the service", "mijn-schakel-wachtwoord", false},
		{"the demo password passes", "demo-wachtwoord-2026", true},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			err := ValidatePassword(tt.pw, name, email)
			if (err == nil) != tt.ok {
				t.Errorf("ValidatePassword(%q) = %v, want ok %v", tt.pw, err, tt.ok)
			}
		})
	}
	if n := CommonPasswords(); n < 40000 {
		t.Errorf("the bundled list holds %d passwords", n)
	}
}
