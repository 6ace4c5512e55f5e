package web

import (
	"io/fs"
	"regexp"
	"testing"

	"github.com/schakel-nl/schakel"
)

// Every text a template names is in the catalogue, and every code the UI
// labels has a Dutch label.
func TestCatalogueComplete(t *testing.T) {
	t.Parallel()
	files, err := fs.Glob(assets, "templates/*.html")
	if err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile(`\{\{[^}]*?\bt "([a-z_.]+)"`)
	for _, f := range files {
		b, _ := assets.ReadFile(f)
		for _, m := range re.FindAllStringSubmatch(string(b), -1) {
			if _, ok := catalog[m[1]]; !ok {
				t.Errorf("%s: %q not in the catalogue", f, m[1])
			}
		}
	}
	codes := map[string][]string{}
	for _, r := range schakel.Roles {
		codes["role"] = append(codes["role"], string(r))
	}
	for _, f := range schakel.Forms {
		codes["form"] = append(codes["form"], string(f))
	}
	for _, r := range schakel.Routes {
		codes["route"] = append(codes["route"], string(r), string(r)+".hint")
	}
	for _, n := range schakel.Notifies {
		codes["notify"] = append(codes["notify"], string(n))
		codes["purpose"] = append(codes["purpose"], string(n))
	}
	codes["purpose"] = append(codes["purpose"], schakel.PurposeCare, schakel.PurposeProcessLead, schakel.PurposeUndermining, schakel.PurposeReReferral)
	for _, s := range schakel.SignalStatuses {
		codes["status"] = append(codes["status"], string(s))
		codes["mstatus"] = append(codes["mstatus"], string(s))
	}
	for _, s := range schakel.ReferralStatuses {
		codes["rstatus"] = append(codes["rstatus"], string(s))
	}
	codes["gender"] = schakel.Genders
	codes["residence"] = schakel.ResidenceStatuses
	codes["outcome"] = schakel.CaseOutcomes
	codes["case.status"] = []string{"open", "closed"}
	codes["person_role"] = []string{"victim", "suspect"}
	codes["event"] = []string{schakel.EventReceived, schakel.EventTriaged, schakel.EventCaseOpened, schakel.EventReferralSent, schakel.EventReferralAccepted,
		schakel.EventReferralDeclined, schakel.EventFeedback, schakel.EventReferralClosed, schakel.EventEscalated, schakel.EventCaseClosed, schakel.EventDeadlinePassed}
	codes["visibility"] = []string{"visible", "less_visible", ""}
	for group, cs := range codes {
		for _, c := range cs {
			if _, ok := catalog[group+"."+c]; !ok {
				t.Errorf("no Dutch label for %s.%s", group, c)
			}
		}
	}
}
