package ogen

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"testing"
	"time"

	"github.com/schakel-nl/schakel"
	"github.com/schakel-nl/schakel/clients/ogen/api"
	"github.com/schakel-nl/schakel/demo"
	"github.com/schakel-nl/schakel/sqlstore"
	"github.com/schakel-nl/schakel/sqlstore/sqltest"
	"github.com/schakel-nl/schakel/web"
)

// server is a real Schakel on a fresh database with the demo users.
type server struct {
	t     *testing.T
	url   string
	st    *sqlstore.Store
	users map[string]*schakel.User
}

func newServer(t *testing.T) *server {
	t.Helper()
	st := sqlstore.New(sqltest.Open(t), schakel.DefaultDeadlines, sqltest.Keys(t))
	res, err := demo.Populate(context.Background(), st, demo.Options{Seed: 3, Password: "demo-wachtwoord-2026"})
	if err != nil {
		t.Fatal(err)
	}
	srv, err := web.New(st, slog.New(slog.NewTextHandler(io.Discard, nil)), web.DefaultConfig)
	if err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(srv.Handler())
	t.Cleanup(hs.Close)
	return &server{t: t, url: hs.URL, st: st, users: res.Users}
}

// bearer is a client's token.
type bearer string

func (b bearer) Bearer(context.Context, api.OperationName) (api.Bearer, error) {
	return api.Bearer{Token: string(b)}, nil
}

// client is the generated client acting as the demo user key.
func (s *server) client(key string) *api.Client {
	s.t.Helper()
	u := s.users[key]
	if u == nil {
		s.t.Fatalf("no demo user %q", key)
	}
	tok, err := s.st.CreateToken(context.Background(), u.ID)
	if err != nil {
		s.t.Fatal(err)
	}
	c, err := api.NewClient(s.url, bearer(tok))
	if err != nil {
		s.t.Fatal(err)
	}
	return c
}

// TestServedDocumentIsTheGeneratorsInput: the client in api/ was made from
// openapi.json, which must be what the server serves.
func TestServedDocumentIsTheGeneratorsInput(t *testing.T) {
	s := newServer(t)
	res, err := http.Get(s.url + "/api/v1/openapi.json")
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	served, _ := io.ReadAll(res.Body)
	committed, err := os.ReadFile("openapi.json")
	if err != nil {
		t.Fatal(err)
	}
	if res.StatusCode != 200 || !bytes.Equal(served, committed) {
		t.Fatalf("the served document (%d, %d bytes) differs from openapi.json (%d bytes): run go generate in clients/ogen", res.StatusCode, len(served), len(committed))
	}
}

func TestGeneratedClientSignalToFeedback(t *testing.T) {
	s := newServer(t)
	ctx := context.Background()
	melder, af, essm := s.client("melder"), s.client("af:rotterdam"), s.client("essm")

	observed := time.Now().In(schakel.Amsterdam).AddDate(0, 0, -2)
	observed = time.Date(observed.Year(), observed.Month(), observed.Day(), 0, 0, 0, 0, time.UTC)
	created, err := melder.CreateSignal(ctx, &api.SignalInput{
		Municipality: "rotterdam",
		ObservedOn:   observed,
		Forms:        []api.Form{api.FormSexual},
		Indicators:   api.NewOptNilStringArray([]string{"sexual.debt", "sexual.controlled_by_others"}),
		Sector:       api.NewOptString("escort"),
		AcuteDanger:  api.NewOptBool(false),
		Account:      "Jonge vrouw wordt dagelijks opgehaald en lijkt bang.",
		Reporter: api.Reporter{Name: "Mila de Melder", Organisation: api.NewOptString("Wijkteam"),
			Phone: api.NewOptString("010-1234567"), Email: api.NewOptString("mila@example.org")},
		Persons: api.NewOptNilPersonArray([]api.Person{
			{Role: api.NewOptPersonRole(api.PersonRoleVictim), Name: api.NewOptString("Zuzana Kowalczyk-Testperson"),
				BirthDate: api.NewOptString("2009-03-01"), EstimatedAge: api.OptNilInt{Set: true, Null: true}, Gender: api.NewOptPersonGender(api.PersonGenderFemale),
				Nationality: api.NewOptString("SK"), ResidenceStatus: api.NewOptPersonResidenceStatus(api.PersonResidenceStatusLawful)},
			{Role: api.NewOptPersonRole(api.PersonRoleSuspect), Name: api.NewOptString("Dragan Testverdachte")},
		}),
	})
	if err != nil {
		t.Fatal("createSignal:", err)
	}
	sg, ok := created.(*api.Signal)
	if !ok || sg.Status != api.SignalStatusNew || !sg.HasMinor || !sg.ObservedOn.Equal(observed) {
		t.Fatalf("createSignal answered %#v", created)
	}

	triaged, err := af.TriageSignal(ctx, &api.TriageDecision{Route: api.RouteCare, Rationale: api.NewOptString("Signalen van dwang.")},
		api.TriageSignalParams{ID: sg.ID})
	if err != nil {
		t.Fatal("triageSignal:", err)
	}
	tr, ok := triaged.(*api.TriageResult)
	if !ok || tr.CaseID.Null || tr.Signal.Value.Status != api.SignalStatusTriaged || len(tr.Referrals) == 0 {
		t.Fatalf("triageSignal answered %#v", triaged)
	}
	caseID := tr.CaseID.Value

	listed, err := essm.ListReferrals(ctx, api.ListReferralsParams{Status: api.NewOptListReferralsStatus(api.ListReferralsStatusSent)})
	if err != nil {
		t.Fatal("listReferrals:", err)
	}
	inbox, ok := listed.(*api.ReferralPage)
	if !ok || len(inbox.Items) != 1 || inbox.Items[0].CaseID != caseID {
		t.Fatalf("listReferrals answered %#v", listed)
	}
	ref := inbox.Items[0].ID

	accepted, err := essm.AcceptReferral(ctx, api.AcceptReferralParams{ID: ref})
	if err != nil {
		t.Fatal("acceptReferral:", err)
	}
	if r, ok := accepted.(*api.Referral); !ok || r.Status != api.ReferralStatusAccepted {
		t.Fatalf("acceptReferral answered %#v", accepted)
	}
	// A second accept is a conflict, answered as a problem.
	again, err := essm.AcceptReferral(ctx, api.AcceptReferralParams{ID: ref})
	if p, ok := again.(*api.AcceptReferralConflict); err != nil || !ok || p.Status != 409 {
		t.Fatalf("accept twice: %#v %v", again, err)
	}

	const message = "Intake gepland op maandag."
	fed, err := essm.SendReferralFeedback(ctx, &api.Message{Message: message}, api.SendReferralFeedbackParams{ID: ref})
	if err != nil {
		t.Fatal("sendReferralFeedback:", err)
	}
	if r, ok := fed.(*api.Referral); !ok || len(r.Feedback) != 1 || r.Feedback[0].Message != message {
		t.Fatalf("sendReferralFeedback answered %#v", fed)
	}

	got, err := af.GetCase(ctx, api.GetCaseParams{ID: caseID})
	if err != nil {
		t.Fatal("getCase:", err)
	}
	c, ok := got.(*api.Case)
	if !ok || c.ProcessLead != "essm" || len(c.Referrals) == 0 || len(c.Referrals[0].Feedback) != 1 {
		t.Fatalf("getCase answered %#v", got)
	}

	// Invalid input is a 422 problem naming the field; what the caller may
	// not see is a 404 problem.
	bad, err := af.TriageSignal(ctx, &api.TriageDecision{Route: api.RouteNone}, api.TriageSignalParams{ID: sg.ID})
	if err != nil {
		t.Fatal("triage again:", err)
	}
	if _, ok := bad.(*api.TriageSignalConflict); !ok {
		if p, ok := bad.(*api.TriageSignalUnprocessableEntity); !ok || len(p.Errors) == 0 {
			t.Fatalf("triage without rationale answered %#v", bad)
		}
	}
	missing, err := melder.GetSignal(ctx, api.GetSignalParams{ID: "no-such-signal"})
	if p, ok := missing.(*api.GetSignalNotFound); err != nil || !ok || p.Status != 404 {
		t.Fatalf("getSignal of nothing: %#v %v", missing, err)
	}
	var unexpected *api.InternalServerErrorStatusCode
	if _, err := melder.GetSignal(ctx, api.GetSignalParams{ID: sg.ID}); errors.As(err, &unexpected) {
		t.Fatalf("the melder reads their signal: %v", err)
	}
}
