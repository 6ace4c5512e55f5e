package web

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/schakel-nl/schakel"
	"github.com/schakel-nl/schakel/sqlstore"
)

func (s *Server) openAPI(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	_, _ = w.Write(OpenAPIJSON())
}

// OpenAPIJSON is the OpenAPI document exactly as GET /api/v1/openapi.json
// serves it (schakel openapi prints it).
func OpenAPIJSON() []byte { return openAPIJSON() }

var openAPIJSON = sync.OnceValue(func() []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(openAPIDocument()); err != nil {
		panic(err)
	}
	return b.Bytes()
})

// The OpenAPI document is derived from the Go types the handlers decode and
// encode, so that it cannot drift from them.
var openAPIDocument = sync.OnceValue(buildOpenAPI)

// operation is one API endpoint as the document describes it. in and out
// are values of the Go types the handler decodes and encodes; produces
// names a media type other than JSON for an answer written by hand.
type operation struct {
	method, path string
	id, tag      string
	summary      string
	description  string
	in, out      any
	status       int
	query        []param
	produces     string
	// throttled: the call checks a password and counts towards the
	// lockout of its client address (429).
	throttled bool
}

// param is a query parameter with its schema.
type param struct {
	name, description string
	schema            map[string]any
}

var (
	qLimit  = param{"limit", "Page size, 1 to 500 (default 50).", map[string]any{"type": "integer", "minimum": 1, "maximum": 500}}
	qCursor = param{"cursor", "The `next` of the previous page.", map[string]any{"type": "string"}}
)

func qEnum(name, description string, values ...string) param {
	return param{name, description, map[string]any{"type": "string", "enum": values}}
}

func qBool(name, description string) param {
	return param{name, description, map[string]any{"type": "boolean"}}
}

func qString(name, description string) param {
	return param{name, description, map[string]any{"type": "string"}}
}

func strs[T ~string](vs []T) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = string(v)
	}
	return out
}

// The tags group the operations; every tag an operation names is here.
var tags = []map[string]any{
	{"name": "Signals", "description": "Report signals, list and read them, triage them."},
	{"name": "Cases", "description": "Cases that follow a triaged signal through the chain."},
	{"name": "Tasks", "description": "Work items of an organisation on a case, and the caller's own open tasks."},
	{"name": "Referrals", "description": "Referrals of a case to a receiving organisation, and their answers."},
	{"name": "Hits", "description": "Notices that a person in a record the caller works on was named in a new signal elsewhere."},
	{"name": "Account", "description": "The caller: who they are, their work and their password."},
	{"name": "Tokens", "description": "API tokens of the caller and, for the beheerder, of other users."},
	{"name": "Reference", "description": "Municipalities, organisations, indicators and sectors."},
	{"name": "Users", "description": "User administration (beheerder)."},
	{"name": "Audit", "description": "The audit trail and its signed checkpoints."},
	{"name": "Privacy", "description": "Rights of data subjects, legal holds and emergency access."},
}

// qSearch is the search box of a list: a number or a person's full name.
var qSearch = qString("q", "A signal or case number (S-2026-000123, C-2026-000045; case and leading zeros of the serial do not matter), "+
	"or a person's full name, matched after normalising case, accents, spacing and the order of the names; only records whose person "+
	"the caller may read. One word alone answers 400.")

var operations = []operation{
	{method: "post", path: "/signals", id: "createSignal", tag: "Signals", summary: "Report a signal",
		description: "Any role that may report. Answers 201 with the signal (status new) and its Location.",
		in:          schakel.SignalInput{}, out: schakel.Signal{}, status: 201},
	{method: "get", path: "/signals", id: "listSignals", tag: "Signals", summary: "List signals",
		description: "Signals the caller may see, urgent first, then oldest.",
		out:         schakel.Page[schakel.Signal]{}, status: 200,
		query: []param{qEnum("status", "Only signals with this status.", strs(schakel.SignalStatuses)...),
			qString("municipality", "Only signals of this municipality (slug)."),
			qBool("overdue", "Only signals whose triage is overdue."), qSearch,
			qEnum("sort", "The order of the list.", sqlstore.SignalSorts...), qLimit, qCursor}},
	{method: "get", path: "/signals/{id}", id: "getSignal", tag: "Signals", summary: "Read a signal",
		description: "One signal, with only the fields the caller may see.", out: schakel.Signal{}, status: 200},
	{method: "post", path: "/signals/{id}/triage", id: "triageSignal", tag: "Signals", summary: "Triage a signal",
		description: "The AF of the signal's municipality decides the route, once; a second triage answers 409.",
		in:          schakel.TriageDecision{}, out: sqlstore.TriageResult{}, status: 200},
	{method: "get", path: "/cases", id: "listCases", tag: "Cases", summary: "List cases",
		description: "Cases the caller may see at process level, stuck and urgent first.",
		out:         schakel.Page[schakel.Case]{}, status: 200,
		query: []param{qEnum("status", "Only open or only closed cases.", string(schakel.CaseOpen), string(schakel.CaseClosed)),
			qBool("escalated", "Only escalated cases."), qBool("needs_decision", "Only cases that wait for a decision."), qSearch,
			qBool("awaiting", "Only cases with a referral that waits for an answer."),
			qBool("overdue", "Only cases with a referral that waits for an answer past its deadline."),
			qBool("mine", "Only cases the caller is the assignee of (for their organisation)."),
			qEnum("sort", "The order of the list.", sqlstore.CaseSorts...), qLimit, qCursor}},
	{method: "get", path: "/cases/{id}", id: "getCase", tag: "Cases", summary: "Read a case",
		description: "One case with route, process lead, participants, referrals and timeline, as far as the caller may see.",
		out:         schakel.Case{}, status: 200},
	{method: "post", path: "/cases/{id}/assign", id: "assignCase", tag: "Cases", summary: "Assign a case",
		description: "Makes user (an active colleague of the caller's organisation who may see the case) the one of that organisation who works on it; an empty user leaves it to nobody in particular. Each organisation has its own assignee; the case shows the caller's.",
		in:          assignBody{}, out: schakel.Case{}, status: 200},
	{method: "post", path: "/cases/{id}/notes", id: "addCaseNote", tag: "Cases", summary: "Add a note to a case",
		description: "A note is sealed like all personal data and read by the writer's organisation; with shared, by every participant whose role reads notes of the case (not care, whose grant holds no free text). 403 for a role without notes on the case.",
		in:          schakel.NoteInput{}, out: schakel.Note{}, status: 201},
	{method: "get", path: "/cases/{id}/notes", id: "listCaseNotes", tag: "Cases", summary: "List the notes of a case",
		description: "The notes the caller may read, oldest first; the read is audited. A role without notes on the case finds them absent (404).",
		out:         noteList{}, status: 200},
	{method: "post", path: "/cases/{id}/tasks", id: "addCaseTask", tag: "Tasks", summary: "Add a task to a case",
		description: "A work item of the caller's organisation with a due date (not in the past) and an assignee: an active colleague who may see the case (default: the caller). The title names work, not people.",
		in:          schakel.TaskInput{}, out: schakel.Task{}, status: 201},
	{method: "get", path: "/cases/{id}/tasks", id: "listCaseTasks", tag: "Tasks", summary: "List the tasks of a case",
		description: "The tasks of the caller's organisation on the case, open first, by due date.", out: taskList{}, status: 200},
	{method: "get", path: "/tasks", id: "listMyTasks", tag: "Tasks", summary: "List my open tasks",
		description: "The caller's open tasks on cases they may still see, by due date.", out: taskList{}, status: 200,
		query: []param{qBool("overdue", "Only tasks past their due date.")}},
	{method: "post", path: "/tasks/{id}/done", id: "completeTask", tag: "Tasks", summary: "Mark a task done",
		description: "A task of the caller's organisation; a task of another organisation is absent (404); done twice answers 409.", out: schakel.Task{}, status: 200},
	{method: "post", path: "/cases/{id}/reopen", id: "reopenCase", tag: "Cases", summary: "Reopen a closed case",
		description: "The AF of the municipality or the process lead opens a closed case again, with a reason; 409 when it is open.",
		in:          reasonBody{}, out: schakel.Case{}, status: 200},
	{method: "post", path: "/cases/{id}/escalate", id: "escalateCase", tag: "Cases", summary: "Escalate a case",
		description: "Marks a case as stuck, for the beleidsregisseur.", in: reasonBody{}, out: schakel.Case{}, status: 200},
	{method: "post", path: "/cases/{id}/close", id: "closeCase", tag: "Cases", summary: "Close a case",
		description: "Closes a case with an outcome; its signal closes with it.", in: closeBody{}, out: schakel.Case{}, status: 200},
	{method: "post", path: "/cases/{id}/referrals", id: "referCaseAgain", tag: "Cases", summary: "Refer a case again",
		description: "Refers a case to another organisation after a decline.", in: referBody{}, out: schakel.Case{}, status: 201},
	{method: "get", path: "/referrals", id: "listReferrals", tag: "Referrals", summary: "List referrals",
		description: "Referrals addressed to the caller's organisation.",
		out:         schakel.Page[schakel.Referral]{}, status: 200,
		query: []param{qEnum("status", "Only referrals with this status.", strs(schakel.ReferralStatuses)...),
			qBool("open", "Only referrals not yet ended (sent or accepted)."),
			qBool("overdue", "Only referrals that wait for an answer past their deadline."),
			qEnum("sort", "The order of the list.", sqlstore.ReferralSorts...), qLimit, qCursor}},
	{method: "get", path: "/referrals/{id}", id: "getReferral", tag: "Referrals", summary: "Read a referral",
		description: "One referral with its feedback; after it ended, only what the caller's organisation wrote.",
		out:         schakel.Referral{}, status: 200},
	{method: "get", path: "/hits", id: "listHits", tag: "Hits", summary: "List hit notices",
		description: "A person in a record the caller works on was named in a new signal elsewhere.", out: hitList{}, status: 200},
	{method: "post", path: "/referrals/{id}/accept", id: "acceptReferral", tag: "Referrals", summary: "Accept a referral",
		description: "The receiving organisation takes the referral on.", out: schakel.Referral{}, status: 200},
	{method: "post", path: "/referrals/{id}/decline", id: "declineReferral", tag: "Referrals", summary: "Decline a referral",
		description: "The receiving organisation declines, with a reason for the AF.", in: reasonBody{}, out: schakel.Referral{}, status: 200},
	{method: "post", path: "/referrals/{id}/feedback", id: "sendReferralFeedback", tag: "Referrals", summary: "Send feedback",
		description: "A message from the receiving organisation back to the AF.", in: messageBody{}, out: schakel.Referral{}, status: 200},
	{method: "post", path: "/referrals/{id}/close", id: "closeReferral", tag: "Referrals", summary: "Close a referral",
		description: "Closes an accepted referral when the organisation's work is done.", out: schakel.Referral{}, status: 200},
	{method: "get", path: "/me", id: "getMe", tag: "Account", summary: "Who the caller is",
		description: "The user the token belongs to and the work waiting for them.", out: meAnswer{}, status: 200},
	{method: "get", path: "/reference", id: "getReference", tag: "Reference", summary: "Reference data",
		description: "Municipalities, organisations, indicators and sectors.", out: referenceData{}, status: 200},
	{method: "put", path: "/reference/municipalities/{id}", id: "updateMunicipality", tag: "Reference", summary: "Change a municipality",
		description: "Renames a municipality or sets it (in)active (beheerder). Answers the reference data as it now is.",
		in:          municipalityUpdate{}, out: referenceData{}, status: 200},
	{method: "put", path: "/reference/organisations/{id}", id: "updateOrganisation", tag: "Reference", summary: "Change an organisation",
		description: "Changes an organisation's name, contact and whether it is active (beheerder). Answers the reference data as it now is.",
		in:          organisationUpdate{}, out: referenceData{}, status: 200},
	{method: "put", path: "/reference/indicators/{id}", id: "saveIndicator", tag: "Reference", summary: "Add or change an indicator",
		description: "Adds an indicator to the catalogue or changes one; an existing code keeps its form (beheerder). Answers the reference data as it now is.",
		in:          indicatorUpdate{}, out: referenceData{}, status: 200},
	{method: "put", path: "/reference/sectors/{id}", id: "updateSector", tag: "Reference", summary: "Change a sector",
		description: "Changes a sector's label and whether it is active (beheerder). Answers the reference data as it now is.",
		in:          sectorUpdate{}, out: referenceData{}, status: 200},
	{method: "get", path: "/users", id: "listUsers", tag: "Users", summary: "List users",
		description: "All users (beheerder).", out: schakel.Page[schakel.User]{}, status: 200},
	{method: "post", path: "/users", id: "createUser", tag: "Users", summary: "Create a user",
		description: "Creates a user (beheerder); the answer holds the user's one-time enrolment link, shown once (the beheerder chooses no password).",
		in:          userInput{}, out: createdUser{}, status: 201},
	{method: "get", path: "/audit", id: "listAudit", tag: "Audit", summary: "The audit trail",
		description: "Entries of the audit trail, newest first (privacy officer only).",
		out:         schakel.Page[sqlstore.AuditEntry]{}, status: 200,
		query: []param{qString("user", "A user id or e-mail address."), qString("object", "Any object id."),
			qString("case", "A case: the case, its signal and its referrals."),
			{"from", "First day, inclusive.", map[string]any{"type": "string", "format": "date"}},
			{"to", "Last day, inclusive.", map[string]any{"type": "string", "format": "date"}}, qLimit, qCursor}},
	{method: "post", path: "/audit/search", id: "searchAudit", tag: "Audit", summary: "Search the audit trail",
		description: "Searches the audit trail, also by person (name and birth date in the body, never in a URL).",
		in:          sqlstore.AuditFilter{}, out: schakel.Page[sqlstore.AuditEntry]{}, status: 200},
	{method: "post", path: "/audit/export", id: "exportAudit", tag: "Audit", summary: "Export audit entries",
		description: "The entries a search selects, as CSV.", in: sqlstore.AuditFilter{}, status: 200, produces: "text/csv"},
	{method: "get", path: "/audit/verify", id: "verifyAudit", tag: "Audit", summary: "Verify the audit trail",
		description: "Proves the audit trail whole against its signed checkpoints.", out: sqlstore.AuditReport{}, status: 200},
	{method: "get", path: "/audit/checkpoint", id: "getAuditCheckpoint", tag: "Audit", summary: "The newest checkpoint",
		description: "The newest signed checkpoint (a sumdb note) to keep elsewhere.", status: 200, produces: "text/plain"},
	{method: "get", path: "/tokens", id: "listTokens", tag: "Tokens", summary: "The caller's tokens",
		description: "The caller's API tokens with expiry and last use.", out: []sqlstore.TokenInfo{}, status: 200},
	{method: "post", path: "/tokens", id: "createToken", tag: "Tokens", summary: "Create a token",
		description: "Creates an API token for the caller, shown once. Needs the current password and, for a user with a second factor, a code: a token alone cannot make another. A wrong password or code counts towards the lockout.",
		in:          tokenInput{}, out: newToken{}, status: 201, throttled: true},
	{method: "delete", path: "/tokens/{id}", id: "revokeToken", tag: "Tokens", summary: "Revoke a token",
		description: "Revokes one of the caller's tokens.", out: done{}, status: 200},
	{method: "put", path: "/me/password", id: "changePassword", tag: "Account", summary: "Change the password",
		description: "Changes the caller's password (NIST SP 800-63B rules); needs the current password and, for a user with a second factor, a code. A wrong password or code counts towards the lockout.",
		in:          passwordInput{}, out: done{}, status: 200, throttled: true},
	{method: "put", path: "/users/{id}", id: "updateUser", tag: "Users", summary: "Change a user",
		description: "Changes a user; a change of rights ends their sessions and tokens (beheerder).",
		in:          sqlstore.UserUpdate{}, out: schakel.User{}, status: 200},
	{method: "post", path: "/users/{id}/credentials/reset", id: "resetCredentials", tag: "Users", summary: "Reset credentials",
		description: "Resets a user's password and/or second factor (beheerder): what is reset stops working, every session and token of the user ends, and the answer holds a one-time enrolment link for the user, shown once.",
		in:          sqlstore.CredentialReset{}, out: resetAnswer{}, status: 200},
	{method: "post", path: "/users/{id}/second-factor/reset", id: "resetSecondFactor", tag: "Users", summary: "Reset the second factor",
		description: "Resets a user's second factor (beheerder): credentials/reset with second_factor only.", out: resetAnswer{}, status: 200},
	{method: "get", path: "/users/{id}/tokens", id: "listUserTokens", tag: "Tokens", summary: "A user's tokens",
		description: "A user's API tokens (beheerder).", out: []sqlstore.TokenInfo{}, status: 200},
	{method: "delete", path: "/users/{id}/tokens/{token}", id: "revokeUserToken", tag: "Tokens", summary: "Revoke a user's token",
		description: "Revokes a user's token (beheerder).", out: done{}, status: 200},
	{method: "post", path: "/privacy/subjects/search", id: "searchSubjects", tag: "Privacy", summary: "Find a person's signals",
		description: "Signals naming a person (privacy officer).", in: subjectInput{}, out: []sqlstore.SubjectSummary{}, status: 200},
	{method: "post", path: "/privacy/subjects/access", id: "accessSubject", tag: "Privacy", summary: "Everything held on a person",
		description: "Everything held on a person, AVG art. 15 (privacy officer).", in: subjectInput{}, out: subjectRecords{}, status: 200},
	{method: "post", path: "/privacy/subjects/erase", id: "eraseSubject", tag: "Privacy", summary: "Erase a person",
		description: "Erases the chosen signals naming a person, AVG art. 17, except under legal hold (privacy officer).",
		in:          subjectInput{}, out: sqlstore.ErasureResult{}, status: 200},
	{method: "put", path: "/signals/{id}/legal-hold", id: "setLegalHold", tag: "Privacy", summary: "Set or lift a legal hold",
		description: "Sets or lifts a legal hold on a signal, which keeps it from erasure (privacy officer).", in: holdInput{}, out: done{}, status: 200},
	{method: "post", path: "/cases/{id}/break-glass", id: "breakGlass", tag: "Privacy", summary: "Take emergency access",
		description: "Takes time-limited emergency access to a case, with a reason; the privacy officer reviews it.",
		in:          breakGlassInput{}, out: sqlstore.BreakGlass{}, status: 201},
	{method: "get", path: "/break-glass", id: "listBreakGlass", tag: "Privacy", summary: "Emergency accesses",
		description: "Emergency accesses to review (privacy officer).", out: []sqlstore.BreakGlass{}, status: 200,
		query: []param{qBool("open", "Only accesses not yet reviewed.")}},
	{method: "post", path: "/break-glass/{id}/review", id: "reviewBreakGlass", tag: "Privacy", summary: "Review an emergency access",
		description: "Marks an emergency access as reviewed (privacy officer).", out: done{}, status: 200},
}

// inputRequired lists, for every type decoded from a request body, the
// fields its validator rejects when absent. A type that is also answered
// (Person, Reporter) gets the same list: what a request may leave out is
// not promised in an answer either.
var inputRequired = map[reflect.Type][]string{
	reflect.TypeOf(schakel.SignalInput{}):      {"municipality", "observed_on", "forms", "account", "reporter"},
	reflect.TypeOf(schakel.Reporter{}):         {"name"},
	reflect.TypeOf(schakel.Person{}):           nil, // role in a signal; only name and birth date in a privacy or audit search
	reflect.TypeOf(schakel.TriageDecision{}):   {"route"},
	reflect.TypeOf(reasonBody{}):               {"reason"},
	reflect.TypeOf(assignBody{}):               {"user"},
	reflect.TypeOf(schakel.NoteInput{}):        {"text"},
	reflect.TypeOf(schakel.TaskInput{}):        {"title", "due"},
	reflect.TypeOf(messageBody{}):              {"message"},
	reflect.TypeOf(closeBody{}):                {"outcome"},
	reflect.TypeOf(referBody{}):                {"to"},
	reflect.TypeOf(municipalityUpdate{}):       {"name"},
	reflect.TypeOf(organisationUpdate{}):       {"name"},
	reflect.TypeOf(indicatorUpdate{}):          {"form", "label", "source"},
	reflect.TypeOf(sectorUpdate{}):             {"label"},
	reflect.TypeOf(userInput{}):                {"name", "role", "organisation"},
	reflect.TypeOf(sqlstore.UserUpdate{}):      {"name", "role", "organisation"},
	reflect.TypeOf(sqlstore.AuditFilter{}):     nil,
	reflect.TypeOf(sqlstore.CredentialReset{}): nil,
	reflect.TypeOf(tokenInput{}):               {"name", "expires_in_days"},
	reflect.TypeOf(passwordInput{}):            {"current", "password"},
	reflect.TypeOf(subjectInput{}):             {"person"},
	reflect.TypeOf(holdInput{}):                nil,
	reflect.TypeOf(breakGlassInput{}):          {"reason"},
}

// enums are the code lists of named Go types; the server rejects other
// values where it reads them.
var enums = map[reflect.Type][]string{
	reflect.TypeOf(schakel.Role("")):           strs(schakel.Roles),
	reflect.TypeOf(schakel.Form("")):           strs(schakel.Forms),
	reflect.TypeOf(schakel.Route("")):          strs(schakel.Routes),
	reflect.TypeOf(schakel.Notify("")):         strs(schakel.Notifies),
	reflect.TypeOf(schakel.PersonRole("")):     {string(schakel.PersonVictim), string(schakel.PersonSuspect)},
	reflect.TypeOf(schakel.SignalStatus("")):   strs(schakel.SignalStatuses),
	reflect.TypeOf(schakel.ReferralStatus("")): strs(schakel.ReferralStatuses),
	reflect.TypeOf(schakel.CaseStatus("")):     {string(schakel.CaseOpen), string(schakel.CaseClosed)},
}

// fieldSchemas refine plain string fields, by Go type name and JSON name:
// code lists the validator holds them to, and date formats.
var fieldSchemas = map[string]map[string]any{
	"Person.gender":              {"enum": schakel.Genders},
	"Person.residence_status":    {"enum": schakel.ResidenceStatuses},
	"Person.nationality":         {"pattern": "^([A-Z]{2}|unknown)$", "description": "ISO 3166-1 alpha-2, or unknown."},
	"Person.birth_date":          {"pattern": "^[0-9]{4}-[0-9]{2}(-[0-9]{2})?$", "description": "YYYY-MM-DD, or YYYY-MM when the day is unknown."},
	"SignalInput.observed_on":    {"format": "date"},
	"Signal.observed_on":         {"format": "date"},
	"AuditFilter.from":           {"format": "date"},
	"AuditFilter.to":             {"format": "date"},
	"CloseBody.outcome":          {"enum": schakel.CaseOutcomes},
	"Case.outcome":               {"enum": schakel.CaseOutcomes},
	"TokenInput.expires_in_days": {"minimum": 1, "maximum": 365},
}

// schemaNames overrides the component name of types whose Go name says
// little outside this package.
var schemaNames = map[reflect.Type]string{
	reflect.TypeOf(reasonBody{}):  "Reason",
	reflect.TypeOf(assignBody{}):  "Assignment",
	reflect.TypeOf(messageBody{}): "Message",
	reflect.TypeOf(done{}):        "Done",
}

func buildOpenAPI() map[string]any {
	b := &schemaBuilder{schemas: map[string]any{}, names: map[string]reflect.Type{}}
	problemRef := b.ref(reflect.TypeOf(Problem{}))
	responses := map[string]any{}
	errorResponse := func(status int, description string) map[string]any {
		name := strings.ReplaceAll(http.StatusText(status), " ", "")
		responses[name] = map[string]any{"description": description,
			"content": map[string]any{"application/problem+json": map[string]any{"schema": problemRef}}}
		return map[string]any{"$ref": "#/components/responses/" + name}
	}
	unauthorized := errorResponse(401, "No token or a bad one (RFC 9457 problem).")
	forbidden := errorResponse(403, "The caller's role may not do this (RFC 9457 problem).")
	notFound := errorResponse(404, "No such thing, or one the caller may not see (RFC 9457 problem).")
	conflict := errorResponse(409, "The state changed or does not allow this; `current` holds the state that won (RFC 9457 problem).")
	invalid := errorResponse(422, "Invalid input; `errors` names each field (RFC 9457 problem).")
	tooMany := errorResponse(429, "Too many password attempts from this address; try again later (RFC 9457 problem).")
	other := errorResponse(500, "Any other problem: 413 a body over 1 MiB, 500 a fault of the server, 503 storage full (RFC 9457 problem).")

	paths := map[string]map[string]any{}
	for _, op := range operations {
		o := map[string]any{"operationId": op.id, "tags": []any{op.tag}, "summary": op.summary, "description": op.description}
		var params []any
		for _, m := range pathParam.FindAllStringSubmatch(op.path, -1) {
			params = append(params, map[string]any{"name": m[1], "in": "path", "required": true,
				"description": pathParamDescription[m[1]], "schema": map[string]any{"type": "string"}})
		}
		for _, q := range op.query {
			params = append(params, map[string]any{"name": q.name, "in": "query", "description": q.description, "schema": q.schema})
		}
		if params != nil {
			o["parameters"] = params
		}
		if op.in != nil {
			o["requestBody"] = map[string]any{"required": true, "content": map[string]any{"application/json": map[string]any{"schema": b.ref(reflect.TypeOf(op.in))}}}
		}
		ok := map[string]any{"description": "OK"}
		if op.status == 201 {
			ok["description"] = "Created"
		}
		switch {
		case op.produces != "":
			ok["content"] = map[string]any{op.produces: map[string]any{"schema": map[string]any{"type": "string"}}}
		case op.out != nil:
			ok["content"] = map[string]any{"application/json": map[string]any{"schema": b.ref(reflect.TypeOf(op.out))}}
		}
		resp := map[string]any{strconv.Itoa(op.status): ok, "401": unauthorized, "403": forbidden, "404": notFound, "default": other}
		if op.in != nil || op.query != nil {
			resp["422"] = invalid
		}
		if op.method != "get" {
			resp["409"] = conflict
		}
		if op.throttled {
			resp["429"] = tooMany
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
		"info": map[string]any{
			"title":       "Schakel API",
			"version":     "1.0.0",
			"description": "Signals, triage, referrals and cases of the regional approach to human trafficking. Something the caller may not see answers 404, exactly as if it did not exist. The contract's names and codes are in docs/api.md.",
			"contact":     map[string]any{"name": "Functioneel beheer of this Schakel installation"},
		},
		"servers":  []any{map[string]any{"url": "/", "description": "The Schakel installation that serves this document."}},
		"tags":     tags,
		"security": []any{map[string]any{"bearer": []any{}}},
		"paths":    paths,
		"components": map[string]any{
			"schemas":   b.schemas,
			"responses": responses,
			"securitySchemes": map[string]any{
				"bearer": map[string]any{"type": "http", "scheme": "bearer", "description": "An API token (schakel user add --token, or POST /api/v1/tokens). The API takes no session cookie."},
			},
		},
	}
}

var pathParam = regexp.MustCompile(`\{([a-z_]+)\}`)

var pathParamDescription = map[string]string{
	"id":    "The id (or code, or slug) of the resource.",
	"token": "The id of the token.",
}

var timeType = reflect.TypeOf(time.Time{})

// schemaBuilder collects one component schema per named Go type.
type schemaBuilder struct {
	schemas map[string]any
	names   map[string]reflect.Type
}

// schemaName is a type's component name: its Go name with a capital, a
// Page[T] as TPage.
func schemaName(t reflect.Type) string {
	if n, ok := schemaNames[t]; ok {
		return n
	}
	n := t.Name()
	if base, arg, ok := strings.Cut(n, "["); ok {
		arg = strings.TrimSuffix(arg, "]")
		arg = arg[strings.LastIndex(arg, ".")+1:]
		n = arg + strings.ToUpper(base[:1]) + base[1:]
	}
	return strings.ToUpper(n[:1]) + n[1:]
}

// ref answers a schema for t: a $ref to its component for a named struct
// or code list, inline otherwise.
func (b *schemaBuilder) ref(t reflect.Type) map[string]any {
	named := t.Name() != "" && t.PkgPath() != "" && t != timeType &&
		(t.Kind() == reflect.Struct || enums[t] != nil)
	if !named {
		return b.inline(t)
	}
	name := schemaName(t)
	if prev, ok := b.names[name]; ok {
		if prev != t {
			panic(fmt.Sprintf("openapi: %v and %v are both named %s", prev, t, name))
		}
	} else {
		b.names[name] = t
		b.schemas[name] = nil // reserved against recursion
		b.schemas[name] = b.inline(t)
	}
	return map[string]any{"$ref": "#/components/schemas/" + name}
}

// inline derives a JSON Schema from a Go type and its json tags.
func (b *schemaBuilder) inline(t reflect.Type) map[string]any {
	if t == timeType {
		return map[string]any{"type": "string", "format": "date-time"}
	}
	if vs, ok := enums[t]; ok {
		return map[string]any{"type": "string", "enum": vs}
	}
	switch t.Kind() {
	case reflect.Pointer:
		return b.ref(t.Elem())
	case reflect.String:
		return map[string]any{"type": "string"}
	case reflect.Bool:
		return map[string]any{"type": "boolean"}
	case reflect.Int, reflect.Int64, reflect.Int32, reflect.Uint, reflect.Uint64:
		return map[string]any{"type": "integer"}
	case reflect.Float64:
		return map[string]any{"type": "number"}
	case reflect.Slice:
		return map[string]any{"type": "array", "items": b.ref(t.Elem())}
	case reflect.Map:
		return map[string]any{"type": "object"}
	case reflect.Struct:
		props := map[string]any{}
		var required []string
		b.fields(t, props, &required)
		s := map[string]any{"type": "object", "properties": props}
		if req, ok := inputRequired[t]; ok {
			required = req
		}
		if _, decoded := inputRequired[t]; decoded {
			// Request bodies are decoded strictly: unknown fields are invalid.
			s["additionalProperties"] = false
		}
		if len(required) > 0 {
			sort.Strings(required)
			s["required"] = required
		}
		return s
	case reflect.Interface:
		return map[string]any{}
	}
	panic(fmt.Sprintf("openapi: no schema for %v", t))
}

// fields adds the JSON fields of struct t (and of the structs it embeds)
// to props; a field without omitempty is always in an answer, so required.
func (b *schemaBuilder) fields(t reflect.Type, props map[string]any, required *[]string) {
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		tag := f.Tag.Get("json")
		name, opts, _ := strings.Cut(tag, ",")
		if name == "-" || !f.IsExported() {
			continue
		}
		if f.Anonymous && name == "" && f.Type.Kind() == reflect.Struct {
			b.fields(f.Type, props, required)
			continue
		}
		if name == "" {
			name = f.Name
		}
		s := b.ref(f.Type)
		if _, isRef := s["$ref"]; !isRef {
			for k, v := range fieldSchemas[schemaName(t)+"."+name] {
				s[k] = v
			}
		}
		omitempty := strings.Contains(","+opts+",", ",omitempty,")
		switch {
		case !omitempty && (f.Type.Kind() == reflect.Pointer || f.Type.Kind() == reflect.Slice):
			// A nil pointer or slice is sent as null.
			s = nullable(s)
		case f.Type.Kind() == reflect.Pointer && f.Type.Elem().Kind() != reflect.Struct:
			// Never sent as null, but read from null (estimated_age).
			s = nullable(s)
		}
		props[name] = s
		if !omitempty {
			*required = append(*required, name)
		}
	}
}

// nullable lets s be null as well.
func nullable(s map[string]any) map[string]any {
	if _, isRef := s["$ref"]; isRef {
		return map[string]any{"oneOf": []any{s, map[string]any{"type": "null"}}}
	}
	if typ, ok := s["type"].(string); ok {
		s["type"] = []any{typ, "null"}
	}
	return s
}
