package web

import (
	"encoding/json"
	"net/http"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
)

// routeRecorder collects the patterns a route function registers.
type routeRecorder []string

func (r *routeRecorder) HandleFunc(pattern string, _ func(http.ResponseWriter, *http.Request)) {
	*r = append(*r, pattern)
}

// servedDocument is the document as a client reads it.
func servedDocument(t *testing.T) map[string]any {
	t.Helper()
	var doc map[string]any
	if err := json.Unmarshal(OpenAPIJSON(), &doc); err != nil {
		t.Fatal(err)
	}
	return doc
}

// TestOpenAPICoversEveryRoute: every API route the server registers has an
// operation in the document, and every operation a route.
func TestOpenAPICoversEveryRoute(t *testing.T) {
	var routes routeRecorder
	(&Server{}).apiRoutes(&routes)
	var registered []string
	for _, p := range routes {
		method, path, ok := strings.Cut(p, " ")
		if !ok || path == "/api/v1/openapi.json" {
			continue // the catch-all 404 and the document itself
		}
		registered = append(registered, strings.ToLower(method)+" "+path)
	}
	var documented []string
	for path, item := range servedDocument(t)["paths"].(map[string]any) {
		for method := range item.(map[string]any) {
			documented = append(documented, method+" "+path)
		}
	}
	sort.Strings(registered)
	sort.Strings(documented)
	if !slices.Equal(registered, documented) {
		t.Errorf("routes and operations differ:\nroutes:     %v\noperations: %v", registered, documented)
	}
}

var lowerCamel = regexp.MustCompile(`^[a-z][a-zA-Z0-9]*$`)

// TestOpenAPIOperationsNamed: every operation has a unique lowerCamel
// operationId, one declared tag, a summary and a description, and declares
// each of its path parameters.
func TestOpenAPIOperationsNamed(t *testing.T) {
	doc := servedDocument(t)
	declaredTags := map[string]bool{}
	for _, tag := range doc["tags"].([]any) {
		declaredTags[tag.(map[string]any)["name"].(string)] = true
	}
	ids := map[string]string{}
	for path, item := range doc["paths"].(map[string]any) {
		for method, o := range item.(map[string]any) {
			op := o.(map[string]any)
			where := method + " " + path
			id, _ := op["operationId"].(string)
			if !lowerCamel.MatchString(id) {
				t.Errorf("%s: operationId %q is not lowerCamel", where, id)
			}
			if prev, dup := ids[id]; dup {
				t.Errorf("%s and %s share operationId %q", prev, where, id)
			}
			ids[id] = where
			tags, _ := op["tags"].([]any)
			if len(tags) != 1 || !declaredTags[tags[0].(string)] {
				t.Errorf("%s: tags %v, want one declared tag", where, tags)
			}
			for _, f := range []string{"summary", "description"} {
				if s, _ := op[f].(string); strings.TrimSpace(s) == "" {
					t.Errorf("%s: no %s", where, f)
				}
			}
			declared := map[string]bool{}
			params, _ := op["parameters"].([]any)
			for _, p := range params {
				p := p.(map[string]any)
				if p["in"] == "path" {
					declared[p["name"].(string)] = p["required"] == true
				}
			}
			for _, m := range regexp.MustCompile(`\{([^}]+)\}`).FindAllStringSubmatch(path, -1) {
				if !declared[m[1]] {
					t.Errorf("%s: path parameter {%s} not declared as required", where, m[1])
				}
				delete(declared, m[1])
			}
			if len(declared) > 0 {
				t.Errorf("%s: declares path parameters not in the path: %v", where, declared)
			}
		}
	}
	if len(ids) != len(operations) {
		t.Errorf("%d operationIds for %d operations", len(ids), len(operations))
	}
}

// TestOpenAPISchemasShared: the problem schema is defined once and every
// error answer refers to it; every reference resolves.
func TestOpenAPISchemasShared(t *testing.T) {
	raw := string(OpenAPIJSON())
	if n := strings.Count(raw, `"application/problem+json"`); n != 7 {
		t.Errorf("application/problem+json appears %d times, want once per shared error response (7)", n)
	}
	schemas := servedDocument(t)["components"].(map[string]any)["schemas"].(map[string]any)
	for _, m := range regexp.MustCompile(`"#/components/schemas/([A-Za-z0-9]+)"`).FindAllStringSubmatch(raw, -1) {
		if schemas[m[1]] == nil {
			t.Errorf("$ref to missing schema %s", m[1])
		}
	}
	for _, name := range []string{"Problem", "Signal", "SignalInput", "TriageDecision", "TriageResult", "Referral", "Case", "SignalPage"} {
		if schemas[name] == nil {
			t.Errorf("no component %s", name)
		}
	}
}

// TestOpenAPIRequiredAndCodes: request bodies require what their
// validators require, answers require what is always sent, code lists are
// enums and dates have their format.
func TestOpenAPIRequiredAndCodes(t *testing.T) {
	schemas := servedDocument(t)["components"].(map[string]any)["schemas"].(map[string]any)
	field := func(schema, name string) map[string]any {
		t.Helper()
		s, _ := schemas[schema].(map[string]any)
		p, _ := s["properties"].(map[string]any)[name].(map[string]any)
		if p == nil {
			t.Fatalf("%s has no field %s", schema, name)
		}
		return p
	}
	required := func(schema string) []any {
		r, _ := schemas[schema].(map[string]any)["required"].([]any)
		return r
	}
	for schema, want := range map[string][]any{
		"SignalInput":    {"account", "forms", "municipality", "observed_on", "reporter"},
		"TriageDecision": {"route"},
		"Message":        {"message"},
		"Reason":         {"reason"},
	} {
		if got := required(schema); !reflect.DeepEqual(got, want) {
			t.Errorf("%s requires %v, want %v", schema, got, want)
		}
		if schemas[schema].(map[string]any)["additionalProperties"] != false {
			t.Errorf("%s is decoded strictly but allows other fields", schema)
		}
	}
	for _, f := range []string{"id", "status", "received_at", "version"} {
		if !slices.Contains(required("Signal"), any(f)) {
			t.Errorf("Signal does not require %s, which is always sent", f)
		}
	}
	if slices.Contains(required("Signal"), any("account")) {
		t.Error("Signal requires account, which is left out for who may not see it")
	}
	if got := field("SignalInput", "observed_on")["format"]; got != "date" {
		t.Errorf("observed_on format %v", got)
	}
	if got := field("Signal", "received_at")["format"]; got != "date-time" {
		t.Errorf("received_at format %v", got)
	}
	if got, _ := schemas["Route"].(map[string]any)["enum"].([]any); len(got) != 4 {
		t.Errorf("Route enum %v", got)
	}
	if got, _ := field("Person", "gender")["enum"].([]any); len(got) != 4 {
		t.Errorf("gender enum %v", got)
	}
}

// TestOpenAPIRequestTypesListRequired: every type the API decodes from a
// body has its required fields stated (possibly none), so none is added
// without deciding.
func TestOpenAPIRequestTypesListRequired(t *testing.T) {
	var visit func(reflect.Type, map[reflect.Type]bool)
	visit = func(t reflect.Type, seen map[reflect.Type]bool) {
		for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
			t = t.Elem()
		}
		if t.Kind() != reflect.Struct || t == timeType || seen[t] {
			return
		}
		seen[t] = true
		for i := 0; i < t.NumField(); i++ {
			if f := t.Field(i); f.IsExported() && f.Tag.Get("json") != "-" && !f.Anonymous {
				visit(f.Type, seen)
			}
		}
	}
	seen := map[reflect.Type]bool{}
	for _, op := range operations {
		if op.in != nil {
			visit(reflect.TypeOf(op.in), seen)
		}
	}
	for typ := range seen {
		if _, ok := inputRequired[typ]; !ok {
			t.Errorf("%v is read from a request body but inputRequired does not list it", typ)
		}
	}
}
