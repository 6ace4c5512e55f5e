package schakel

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Passwords follow NIST SP 800-63B for memorised secrets: at least 12
// characters, at most 256, any characters (spaces too), no composition
// rules, and never one that is known from lists of common or breached
// passwords, or built from the user's own name or address.

// MinPasswordLength and MaxPasswordLength bound a password's length.
const (
	MinPasswordLength = 12
	MaxPasswordLength = 256
)

//go:embed refdata/common-passwords.txt.gz
var commonPasswordsGz []byte

var commonPasswords = sync.OnceValue(func() map[string]bool {
	zr, err := gzip.NewReader(bytes.NewReader(commonPasswordsGz))
	if err != nil {
		panic(err)
	}
	set := map[string]bool{}
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		if w := sc.Text(); w != "" {
			set[w] = true
		}
	}
	return set
})

// CommonPasswords is how many passwords the bundled list holds.
func CommonPasswords() int { return len(commonPasswords()) }

// passwordProblem is a Dutch sentence for the user about their password.
type passwordProblem string

func (p passwordProblem) Error() string { return string(p) }

// ValidatePassword says, in Dutch, what is wrong with pw for the user with
// this name and e-mail address; nil when it may be used.
func ValidatePassword(pw, name, email string) error {
	n := utf8.RuneCountInString(pw)
	switch {
	case n < MinPasswordLength:
		return passwordProblem(fmt.Sprintf("Het wachtwoord moet ten minste %d tekens hebben. Een zin van een paar woorden is sterk en goed te onthouden.", MinPasswordLength))
	case n > MaxPasswordLength:
		return passwordProblem(fmt.Sprintf("Het wachtwoord mag ten hoogste %d tekens hebben.", MaxPasswordLength))
	}
	lower := strings.ToLower(pw)
	if known(lower) {
		return passwordProblem("Dit wachtwoord staat in lijsten van veelgebruikte of uitgelekte wachtwoorden. Kies een ander.")
	}
	if repetitive(lower) {
		return passwordProblem("Dit wachtwoord is een herhaling of reeks van tekens. Kies een ander.")
	}
	for _, part := range personalParts(name, email) {
		if strings.Contains(lower, part) {
			return passwordProblem("Het wachtwoord mag niet uw naam of e-mailadres bevatten.")
		}
	}
	if strings.Contains(lower, "schakel") {
		return passwordProblem("Het wachtwoord mag de naam van deze dienst niet bevatten.")
	}
	return nil
}

// known: on the list as it is, or a listed password with digits or
// punctuation put before or after it (Welkom2026!, 123password).
func known(lower string) bool {
	list := commonPasswords()
	if list[lower] {
		return true
	}
	core := strings.TrimFunc(lower, func(r rune) bool { return !unicode.IsLetter(r) })
	return len(core) >= 4 && list[core]
}

// repetitive: one or two characters, or a run of consecutive characters
// (aaaaaaaaaaaa, abababababab, 123456789012, abcdefghijkl).
func repetitive(s string) bool {
	rs := []rune(s)
	distinct := map[rune]bool{}
	for _, r := range rs {
		distinct[r] = true
	}
	if len(distinct) <= 2 {
		return true
	}
	step := rs[1] - rs[0]
	if step != 1 && step != -1 {
		return false
	}
	for i := 2; i < len(rs); i++ {
		if d := rs[i] - rs[i-1]; d != step && !(step == 1 && rs[i-1] == '9' && rs[i] == '0') {
			return false
		}
	}
	return true
}

// personalParts are the words of a name and an address's local part long
// enough to matter.
func personalParts(name, email string) []string {
	local, _, _ := strings.Cut(strings.ToLower(email), "@")
	words := strings.FieldsFunc(strings.ToLower(name)+" "+local, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	var out []string
	for _, w := range words {
		if utf8.RuneCountInString(w) >= 4 {
			out = append(out, w)
		}
	}
	return out
}
