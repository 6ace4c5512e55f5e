// Package schakel holds the domain of the regional approach to human
// trafficking: its codes, types, error kinds and the pure rules (validation,
// routing, deadlines, need-to-know, shelter). It does no I/O; storage and
// transport live in their own packages.
package schakel

import (
	"errors"
	"fmt"
	"strings"
)

// Kind classifies an error so that every transport can map it once.
type Kind string

const (
	KindInvalid      Kind = "invalid"      // the input breaks a rule; see FieldErrors
	KindNotFound     Kind = "not_found"    // absent, or not the caller's to see
	KindConflict     Kind = "conflict"     // the state changed or forbids the step
	KindUnauthorized Kind = "unauthorized" // no or bad credentials
	KindForbidden    Kind = "forbidden"    // visible, but this action is not the caller's
	KindStorageFull  Kind = "storage_full" // the database's storage is full: nothing was stored, and reads (which are audited first) fail too
	KindInternal     Kind = "internal"
	// KindIntegrity: stored data failed its integrity check (damaged, or
	// changed outside Schakel) and is not served.
	KindIntegrity Kind = "integrity"
)

// FieldError names one bad input field by its JSON path, e.g.
// "persons[0].birth_date", with a message for a person (Dutch).
type FieldError struct {
	Field   string `json:"field"`
	Message string `json:"message"`
}

// Error is the one error type that crosses package boundaries with a kind.
type Error struct {
	Kind    Kind
	Message string // safe to show to the caller (Dutch)
	Fields  []FieldError
	// Current is, for a conflict, the state that won: what changed
	// since the caller read it.
	Current any
	Err     error // the cause, never shown
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(string(e.Kind))
	if e.Message != "" {
		b.WriteString(": " + e.Message)
	}
	for _, f := range e.Fields {
		fmt.Fprintf(&b, "; %s: %s", f.Field, f.Message)
	}
	if e.Err != nil {
		b.WriteString(": " + e.Err.Error())
	}
	return b.String()
}

func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an error of the kind with a caller-safe message.
func Errorf(kind Kind, format string, args ...any) *Error {
	return &Error{Kind: kind, Message: fmt.Sprintf(format, args...)}
}

// Invalid returns a KindInvalid error for the field errors.
func Invalid(fields ...FieldError) *Error {
	return &Error{Kind: KindInvalid, Message: "De invoer is niet volledig of niet juist.", Fields: fields}
}

// ErrNotFound is what callers see for both absent and not-allowed records.
var ErrNotFound = &Error{Kind: KindNotFound, Message: "Niet gevonden."}

// ErrorKind reports the kind of err; unknown errors are internal.
func ErrorKind(err error) Kind {
	var e *Error
	if errors.As(err, &e) {
		return e.Kind
	}
	return KindInternal
}

// Problems collects field errors while validating.
type Problems []FieldError

// Add records a problem with a field.
func (p *Problems) Add(field, message string) { *p = append(*p, FieldError{field, message}) }

// Err returns nil when there are no problems.
func (p Problems) Err() error {
	if len(p) == 0 {
		return nil
	}
	return Invalid(p...)
}
