package web_test

import (
	"net/url"
	"regexp"
	"strings"
	"testing"
)

// TestWordingAFirstUserTrippedOver: the texts issue 12 found wrong, one
// row each.
func TestWordingAFirstUserTrippedOver(t *testing.T) {
	t.Parallel()
	e := newEnvWith(t, nil, 20)
	af := e.browser()
	af.login("af@schakel.demo")
	melder := e.browser()
	melder.login("melder@schakel.demo")
	privacy := e.browser()
	privacy.login("privacy@schakel.demo")
	form := melder.get("/signalen/nieuw").body
	audit := privacy.post("/audit", url.Values{})
	cases := af.get("/casussen")
	missing := af.get("/signalen/bestaat-niet")
	minor := e.api("POST", "/api/v1/signals", "melder", validSignal()) // the victim is 17
	triage := af.get("/signalen/" + minor.str("id"))
	for _, tt := range []struct {
		rule string
		ok   bool
	}{
		{"a page that is not there is titled as such, not as a fault",
			missing.status == 404 && strings.Contains(missing.body, "<title>Niet gevonden") && !strings.Contains(missing.body, "Er ging iets mis")},
		{"the nationality list starts with the common ones, the Netherlands first (not Antarctica)",
			regexp.MustCompile(`<optgroup label="Veelvoorkomend"><option value="NL"[^>]*>Nederland</option>`).MatchString(form) &&
				strings.Index(form, ">Afghanistan<") < strings.Index(form, ">Zwitserland<")},
		{"the form says that a minor needs no coercion, and names jonge aanwas", strings.Contains(form, "geen dwang nodig") && strings.Contains(form, "jonge aanwas")},
		{"triage of a signal with a minor says so", triage.status == 200 && strings.Contains(triage.body, "geen dwang nodig")},
		{"list counts are in lower case after the number", regexp.MustCompile(`role="status">\d+ casus(sen)?</p>`).MatchString(cases.body)},
		{"audit times are local, to the second", audit.status == 200 && regexp.MustCompile(`\d{2}-\d{2}-\d{4} \d{2}:\d{2}:\d{2}</td>`).MatchString(audit.body) &&
			!regexp.MustCompile(`\d{2}:\d{2}:\d{2}\.\d{6}Z`).MatchString(audit.body)},
		{"the audit calls a login's purpose a reason, not a legal ground", !strings.Contains(audit.body, "Grondslag")},
	} {
		if !tt.ok {
			t.Errorf("%s", tt.rule)
		}
	}
}
