package web

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"sync/atomic"
	"time"

	"github.com/schakel-nl/schakel"
)

// statusOf maps error kinds to HTTP status codes: the one table.
var statusOf = map[schakel.Kind]int{
	schakel.KindInvalid:      http.StatusUnprocessableEntity,
	schakel.KindNotFound:     http.StatusNotFound,
	schakel.KindConflict:     http.StatusConflict,
	schakel.KindUnauthorized: http.StatusUnauthorized,
	schakel.KindForbidden:    http.StatusForbidden,
	schakel.KindStorageFull:  http.StatusServiceUnavailable,
	schakel.KindInternal:     http.StatusInternalServerError,
	// Stored data that fails its integrity check is a fault of the
	// server, answered with a clear message instead of the data.
	schakel.KindIntegrity: http.StatusInternalServerError,
}

// problemStorageFull is the problem type of a call refused because the
// database's storage is full.
const problemStorageFull = "urn:schakel:problem:storage-full"

// Problem is an RFC 9457 problem document.
type Problem struct {
	Type     string               `json:"type"`
	Title    string               `json:"title"`
	Status   int                  `json:"status"`
	Detail   string               `json:"detail,omitempty"`
	Instance string               `json:"instance,omitempty"`
	Errors   []schakel.FieldError `json:"errors,omitempty"`
	// Current is, on a 409, the state that won.
	Current any `json:"current,omitempty"`
}

// problemOf turns an error into a problem; internal causes are logged (they
// hold no personal data: store errors carry ids and SQL, not values) and
// never shown.
func problemOf(log *slog.Logger, r *http.Request, err error) Problem {
	kind := schakel.ErrorKind(err)
	status := statusOf[kind]
	p := Problem{Type: "about:blank", Status: status, Title: http.StatusText(status), Instance: r.URL.Path}
	var e *schakel.Error
	if errors.As(err, &e) && kind != schakel.KindInternal {
		p.Detail = e.Message
		p.Errors = e.Fields
		p.Current = e.Current
	}
	switch kind {
	case schakel.KindInternal:
		logFault(log, r, "internal error", err)
		p.Detail = "Er ging iets mis. Probeer het later opnieuw."
	case schakel.KindStorageFull:
		logStorageFull(log, r, err)
		p.Type, p.Title = problemStorageFull, "Storage full"
	}
	return p
}

// lastStorageFullLog keeps a full disk from flooding the log: one ERROR
// line per storageFullLogEvery, the rest at debug level (readiness and
// every answer say it meanwhile).
var lastStorageFullLog atomic.Int64

const storageFullLogEvery = 10 * time.Second

func logStorageFull(log *slog.Logger, r *http.Request, err error) {
	now := time.Now().UnixNano()
	last := lastStorageFullLog.Load()
	if now-last >= int64(storageFullLogEvery) && lastStorageFullLog.CompareAndSwap(last, now) {
		log.Error("storage full: writes and audited reads are refused until space is freed", "method", r.Method, "route", r.Pattern, "err", err.Error())
		return
	}
	log.Debug("storage full", "method", r.Method, "route", r.Pattern, "err", err.Error())
}

func writeProblem(w http.ResponseWriter, p Problem) {
	w.Header().Set("Content-Type", "application/problem+json")
	switch p.Status {
	case http.StatusUnauthorized:
		w.Header().Set("WWW-Authenticate", `Bearer realm="schakel"`)
	case http.StatusServiceUnavailable:
		w.Header().Set("Retry-After", retryAfter)
	}
	w.WriteHeader(p.Status)
	_ = json.NewEncoder(w).Encode(p)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v)
}

// retryAfter is how many seconds a client is asked to wait after a 503.
const retryAfter = "30"

// maxBody bounds request bodies; a signal's account is the largest field.
const maxBody = 1 << 20

// decodeJSON reads a JSON body strictly: unknown fields, wrong types and
// trailing data are invalid input naming the field where it can.
func decodeJSON(r *http.Request, v any) error {
	ct := r.Header.Get("Content-Type")
	if ct != "" && !strings.HasPrefix(ct, "application/json") {
		return schakel.Invalid(schakel.FieldError{Field: "", Message: "Stuur JSON (Content-Type: application/json)."})
	}
	dec := json.NewDecoder(io.LimitReader(r.Body, maxBody+1))
	dec.DisallowUnknownFields()
	err := dec.Decode(v)
	if err == nil && dec.More() {
		err = errors.New("trailing data")
	}
	if err == nil {
		return nil
	}
	var typeErr *json.UnmarshalTypeError
	var syntaxErr *json.SyntaxError
	switch {
	case errors.As(err, &typeErr):
		return schakel.Invalid(schakel.FieldError{Field: typeErr.Field, Message: fmt.Sprintf("Verkeerd type: %s verwacht.", jsonType(typeErr.Type.Kind().String()))})
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		name := strings.Trim(strings.TrimPrefix(err.Error(), "json: unknown field "), `"`)
		return schakel.Invalid(schakel.FieldError{Field: name, Message: "Onbekend veld."})
	case errors.Is(err, io.EOF):
		return schakel.Invalid(schakel.FieldError{Field: "", Message: "De body is leeg; stuur een JSON-object."})
	case errors.As(err, &syntaxErr), errors.Is(err, io.ErrUnexpectedEOF):
		return schakel.Invalid(schakel.FieldError{Field: "", Message: "Ongeldige JSON."})
	default:
		return schakel.Invalid(schakel.FieldError{Field: "", Message: "Ongeldige JSON-body."})
	}
}

func jsonType(kind string) string {
	switch kind {
	case "string":
		return "tekst"
	case "bool":
		return "true of false"
	case "slice", "array":
		return "een lijst"
	case "struct", "map":
		return "een object"
	case "int", "int64", "float64":
		return "een getal"
	}
	return kind
}
