package web

import (
	"net/http"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/schakel-nl/schakel"
	"github.com/schakel-nl/schakel/sqlstore"
)

func (s *Server) openAPI(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, openAPIDocument())
}

// The OpenAPI document is derived from the Go types the handlers decode and
// encode, so that it cannot drift from them.
var openAPIDocument = sync.OnceValue(buildOpenAPI)

type operation struct {
	method, path, summary string
	in, out               any
	status                int
	query                 []string
}

var operations = []operation{
	{"post", "/signals", "Report a signal", schakel.SignalInput{}, schakel.Signal{}, 201, nil},
	{"get", "/signals", "Signals the caller may see, urgent first, then oldest", nil, schakel.Page[schakel.Signal]{}, 200, []string{"status", "municipality", "overdue", "sort", "limit", "cursor"}},
	{"get", "/signals/{id}", "One signal, with only the fields the caller may see", nil, schakel.Signal{}, 200, nil},
	{"post", "/signals/{id}/triage", "Decide the route of a signal (once)", schakel.TriageDecision{}, sqlstore.TriageResult{}, 200, nil},
	{"get", "/cases", "Cases the caller may see", nil, schakel.Page[schakel.Case]{}, 200, []string{"status", "escalated", "needs_decision", "sort", "limit", "cursor"}},
	{"get", "/cases/{id}", "One case with referrals and timeline", nil, schakel.Case{}, 200, nil},
	{"post", "/cases/{id}/escalate", "Mark a case as stuck for the beleidsregisseur", reasonBody{}, schakel.Case{}, 200, nil},
	{"post", "/cases/{id}/close", "Close a case with an outcome", closeBody{}, schakel.Case{}, 200, nil},
	{"post", "/cases/{id}/referrals", "Refer a case again after a decline", referBody{}, schakel.Case{}, 201, nil},
	{"get", "/referrals", "Referrals addressed to the caller's organisation", nil, schakel.Page[schakel.Referral]{}, 200, []string{"status", "sort", "limit", "cursor"}},
	{"get", "/referrals/{id}", "One referral with its feedback (after it ended: only what the caller's organisation wrote)", nil, schakel.Referral{}, 200, nil},
	{"get", "/hits", "Hit notices: a person in a record the caller works on was named in a new signal elsewhere", nil, hitList{}, 200, nil},
	{"post", "/referrals/{id}/accept", "Accept a referral", nil, schakel.Referral{}, 200, nil},
	{"post", "/referrals/{id}/decline", "Decline a referral with a reason", reasonBody{}, schakel.Referral{}, 200, nil},
	{"post", "/referrals/{id}/feedback", "Send feedback to the AF", messageBody{}, schakel.Referral{}, 200, nil},
	{"post", "/referrals/{id}/close", "Close an accepted referral", nil, schakel.Referral{}, 200, nil},
	{"get", "/me", "The caller and the work waiting for them", nil, nil, 200, nil},
	{"get", "/reference", "Municipalities, organisations, indicators and sectors", nil, nil, 200, nil},
	{"put", "/reference/municipalities/{id}", "Rename a municipality or set it (in)active (beheerder)", municipalityUpdate{}, nil, 200, nil},
	{"put", "/reference/organisations/{id}", "Change an organisation (beheerder)", organisationUpdate{}, nil, 200, nil},
	{"put", "/reference/indicators/{id}", "Add or change an indicator of the catalogue (beheerder)", indicatorUpdate{}, nil, 200, nil},
	{"put", "/reference/sectors/{id}", "Change a sector (beheerder)", sectorUpdate{}, nil, 200, nil},
	{"get", "/users", "All users (beheerder)", nil, nil, 200, nil},
	{"post", "/users", "Create a user (beheerder); the answer holds the user's one-time enrolment link, shown once (the beheerder chooses no password)", userInput{}, createdUser{}, 201, nil},
	{"get", "/audit", "The audit trail (privacy officer only)", nil, schakel.Page[sqlstore.AuditEntry]{}, 200, []string{"user", "object", "case", "from", "to", "limit", "cursor"}},
	{"post", "/audit/search", "Search the audit trail, also by person (name and birth date in the body, never in a URL)", sqlstore.AuditFilter{}, schakel.Page[sqlstore.AuditEntry]{}, 200, nil},
	{"post", "/audit/export", "Export the entries a search selects as CSV (text/csv)", sqlstore.AuditFilter{}, nil, 200, nil},
	{"get", "/audit/verify", "Prove the audit trail whole against its signed checkpoints", nil, sqlstore.AuditReport{}, 200, nil},
	{"get", "/audit/checkpoint", "The newest signed checkpoint (text/plain, sumdb note) to keep elsewhere", nil, nil, 200, nil},
	{"get", "/tokens", "The caller's API tokens with expiry and last use", nil, []sqlstore.TokenInfo{}, 200, nil},
	{"post", "/tokens", "Create an API token for the caller (shown once); needs the current password and, for a user with a second factor, a code: a token alone cannot make another. A wrong password or code counts towards the lockout", tokenInput{}, newToken{}, 201, nil},
	{"delete", "/tokens/{id}", "Revoke one of the caller's tokens", nil, done{}, 200, nil},
	{"put", "/me/password", "Change the caller's password (NIST SP 800-63B rules); needs the current password and, for a user with a second factor, a code. A wrong password or code counts towards the lockout", passwordInput{}, done{}, 200, nil},
	{"put", "/users/{id}", "Change a user; a change of rights ends their sessions and tokens (beheerder)", sqlstore.UserUpdate{}, schakel.User{}, 200, nil},
	{"post", "/users/{id}/credentials/reset", "Reset a user's password and/or second factor (beheerder): what is reset stops working, every session and token of the user ends, and the answer holds a one-time enrolment link for the user, shown once", sqlstore.CredentialReset{}, resetAnswer{}, 200, nil},
	{"post", "/users/{id}/second-factor/reset", "Reset a user's second factor (beheerder): credentials/reset with second_factor only", nil, resetAnswer{}, 200, nil},
	{"get", "/users/{id}/tokens", "A user's API tokens (beheerder)", nil, []sqlstore.TokenInfo{}, 200, nil},
	{"delete", "/users/{id}/tokens/{token}", "Revoke a user's token (beheerder)", nil, done{}, 200, nil},
	{"post", "/privacy/subjects/search", "Signals naming a person (privacy officer)", subjectInput{}, []sqlstore.SubjectSummary{}, 200, nil},
	{"post", "/privacy/subjects/access", "Everything held on a person, AVG art. 15 (privacy officer)", subjectInput{}, nil, 200, nil},
	{"post", "/privacy/subjects/erase", "Erase the chosen signals naming a person, AVG art. 17, except under legal hold (privacy officer)", subjectInput{}, sqlstore.ErasureResult{}, 200, nil},
	{"put", "/signals/{id}/legal-hold", "Set or lift a legal hold (privacy officer)", holdInput{}, done{}, 200, nil},
	{"post", "/cases/{id}/break-glass", "Take time-limited emergency access to a case, with a reason", breakGlassInput{}, sqlstore.BreakGlass{}, 201, nil},
	{"get", "/break-glass", "Emergency accesses to review (privacy officer)", nil, []sqlstore.BreakGlass{}, 200, []string{"open"}},
	{"post", "/break-glass/{id}/review", "Mark an emergency access as reviewed (privacy officer)", nil, done{}, 200, nil},
}

func buildOpenAPI() map[string]any {
	paths := map[string]map[string]any{}
	problem := map[string]any{"description": "Problem (RFC 9457)", "content": map[string]any{"application/problem+json": map[string]any{"schema": schemaOf(reflect.TypeOf(Problem{}))}}}
	for _, op := range operations {
		o := map[string]any{"summary": op.summary, "security": []any{map[string]any{"bearer": []any{}}}}
		var params []any
		if strings.Contains(op.path, "{id}") {
			params = append(params, map[string]any{"name": "id", "in": "path", "required": true, "schema": map[string]any{"type": "string"}})
		}
		for _, q := range op.query {
			params = append(params, map[string]any{"name": q, "in": "query", "schema": map[string]any{"type": "string"}})
		}
		if params != nil {
			o["parameters"] = params
		}
		if op.in != nil {
			o["requestBody"] = map[string]any{"required": true, "content": map[string]any{"application/json": map[string]any{"schema": schemaOf(reflect.TypeOf(op.in))}}}
		}
		ok := map[string]any{"description": "OK"}
		if op.out != nil {
			ok["content"] = map[string]any{"application/json": map[string]any{"schema": schemaOf(reflect.TypeOf(op.out))}}
		}
		resp := map[string]any{strconv.Itoa(op.status): ok, "401": problem, "404": problem, "default": problem}
		if op.in != nil || op.query != nil {
			resp["422"] = problem
		}
		if op.method != "get" {
			resp["409"] = problem
		}
		o["responses"] = resp
		p := "/api/v1" + op.path
		if paths[p] == nil {
			paths[p] = map[string]any{}
		}
		paths[p][op.method] = o
	}
	return map[string]any{
		"openapi": "3.1.0",
		"info":    map[string]any{"title": "Schakel API", "version": "1.0.0", "description": "Signals, triage, referrals and cases of the regional approach to human trafficking. Something the caller may not see answers 404."},
		"paths":   paths,
		"components": map[string]any{"securitySchemes": map[string]any{
			"bearer": map[string]any{"type": "http", "scheme": "bearer"},
		}},
	}
}

var timeType = reflect.TypeOf(time.Time{})

// schemaOf derives a JSON Schema from a Go type and its json tags.
func schemaOf(t reflect.Type) map[string]any {
	if t.Kind() == reflect.Pointer {
		s := schemaOf(t.Elem())
		s["type"] = []any{s["type"], "null"}
		return s
	}
	if t == timeType {
		return map[string]any{"type": "string", "format": "date-time"}
	}
	switch t.Kind() {
	case reflect.String:
		return map[string]any{"type": "string"}
	case reflect.Bool:
		return map[string]any{"type": "boolean"}
	case reflect.Int, reflect.Int64, reflect.Int32, reflect.Uint, reflect.Uint64:
		return map[string]any{"type": "integer"}
	case reflect.Float64:
		return map[string]any{"type": "number"}
	case reflect.Slice:
		return map[string]any{"type": "array", "items": schemaOf(t.Elem())}
	case reflect.Map:
		return map[string]any{"type": "object"}
	case reflect.Struct:
		props := map[string]any{}
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			tag := f.Tag.Get("json")
			name, _, _ := strings.Cut(tag, ",")
			if name == "-" || !f.IsExported() {
				continue
			}
			if f.Anonymous && name == "" && f.Type.Kind() == reflect.Struct {
				// An embedded struct's fields are the outer one's in JSON.
				for k, v := range schemaOf(f.Type)["properties"].(map[string]any) {
					props[k] = v
				}
				continue
			}
			if name == "" {
				name = f.Name
			}
			props[name] = schemaOf(f.Type)
		}
		return map[string]any{"type": "object", "properties": props}
	}
	return map[string]any{}
}
