// Command generate makes an upgrade fixture: run at a released commit of
// Schakel (see ../generate.sh), it fills a fresh database with a fixed set
// of signals walked through the real flow — persons, triage, referrals
// accepted, declined and sent again, feedback, escalation, closure — and
// API tokens, then records what that version's API answers for them. The
// upgrade test opens the database with today's binary and compares.
//
// It lives under testdata, so today's build ignores it: it is compiled
// only inside a checkout of the old commit, with open_v3.go or
// open_v4.go for the store's constructor of that version.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"time"

	"github.com/schakel-nl/schakel"
	"github.com/schakel-nl/schakel/demo"
	"github.com/schakel-nl/schakel/sqlstore"
	"github.com/schakel-nl/schakel/web"
)

// Fixture is the expected.json of a fixture.
type Fixture struct {
	Commit   string            `json:"commit"`
	Schema   int               `json:"schema"`
	Engine   string            `json:"engine"`
	ReadAt   time.Time         `json:"read_at"`
	Tokens   map[string]string `json:"tokens"`
	Requests []Request         `json:"requests"`
}

// Request is one API request and what the version answered.
type Request struct {
	User   string          `json:"user"`
	Path   string          `json:"path"`
	Status int             `json:"status"`
	Body   json.RawMessage `json:"body"`
}

var (
	start  = time.Date(2025, 3, 3, 9, 0, 0, 0, time.UTC) // a Monday
	readAt = time.Date(2025, 6, 2, 10, 0, 0, 0, time.UTC)
)

func main() {
	dbURL := flag.String("db", "", "the fresh database to fill")
	out := flag.String("out", "", "directory for expected.json (and keys.json)")
	commit := flag.String("commit", "", "the commit this runs at")
	schema := flag.Int("schema", 0, "its newest migration")
	flag.Parse()
	if err := run(*dbURL, *out, *commit, *schema); err != nil {
		fmt.Fprintln(os.Stderr, "generate:", err)
		os.Exit(1)
	}
}

type signalPlan struct {
	in     schakel.SignalInput
	route  schakel.Route // "" leaves it new
	notify []schakel.Notify
	// what happens next, in order, by the receiving organisation or the AF
	steps []string
}

func person(role schakel.PersonRole, name, birth string, age int, gender, nat, res, contact string) schakel.Person {
	p := schakel.Person{Role: role, Name: name, BirthDate: birth, Gender: gender, Nationality: nat, ResidenceStatus: res, Contact: contact}
	if age > 0 {
		p.EstimatedAge = &age
	}
	return p
}

func plans() []signalPlan {
	v, s := schakel.PersonVictim, schakel.PersonSuspect
	rep := func(name, org, phone, email string) schakel.Reporter {
		return schakel.Reporter{Name: name, Organisation: org, Phone: phone, Email: email}
	}
	return []signalPlan{
		{schakel.SignalInput{Municipality: "rotterdam", Forms: []schakel.Form{schakel.FormSexual}, Indicators: []string{"sexual.debt"}, Sector: "escort",
			Account:  "Upgradeverslag Anjer: een jonge vrouw wordt dagelijks opgehaald door wisselende mannen.",
			Reporter: rep("Ulrike Upgrademelder", "Wijkteam Noord", "010-5550101", "ulrike.upgrade@example.nl"),
			Persons: []schakel.Person{person(v, "Ilse Vanderfixture", "2001-04-12", 0, "female", "RO", "lawful", "06-11112222"),
				person(s, "Marco Fixtureman", "", 35, "male", "NL", "lawful", "Marktstraat 1")}},
			schakel.RouteCareAndCriminal, []schakel.Notify{schakel.NotifyPolice}, []string{"accept zvh-rotterdam-rijnmond", "feedback zvh-rotterdam-rijnmond", "accept essm", "feedback essm", "accept politie-avim", "escalate"}},
		{schakel.SignalInput{Municipality: "rotterdam", Forms: []schakel.Form{schakel.FormLabour}, Indicators: []string{"labour.retention_of_documents"}, Sector: "construction",
			Account:  "Upgradeverslag Berk: twaalf werknemers slapen in één woning.",
			Reporter: rep("Bart Bouwtoezicht", "Toezicht en handhaving", "", ""),
			Persons:  []schakel.Person{person(v, "", "", 41, "male", "PL", "lawful", "")}},
			schakel.RouteCare, nil, []string{"decline essm", "rerefer essm", "accept essm", "feedback essm"}},
		{schakel.SignalInput{Municipality: "rotterdam", Forms: []schakel.Form{schakel.FormCriminal}, Sector: "drug_production",
			Account:  "Upgradeverslag Cipres: hennepkwekerij in een woning onder druk beschikbaar gesteld.",
			Reporter: rep("Cora Corporatie", "Woningcorporatie", "010-5550303", ""),
			Persons: []schakel.Person{person(v, "Kees Fixturebewoner", "1969-09-30", 0, "male", "NL", "lawful", "06-33334444"),
				person(s, "Dirk Fixturebaas", "", 0, "male", "unknown", "unknown", "")}},
			schakel.RouteUndermining, nil, []string{"accept riec-rotterdam", "feedback riec-rotterdam"}},
		{schakel.SignalInput{Municipality: "rotterdam", Forms: []schakel.Form{schakel.FormSexual}, Sector: "",
			Account:  "Upgradeverslag Dahlia: zorg over een vriendschap, geen aanwijzingen voor dwang.",
			Reporter: rep("Dina Docent", "Leerplicht", "", "dina.docent@example.nl"),
			Persons:  []schakel.Person{person(v, "Noor Fixturescholier", "2004-02-29", 0, "female", "NL", "lawful", "")}},
			schakel.RouteNone, nil, nil},
		{schakel.SignalInput{Municipality: "rotterdam", Forms: []schakel.Form{schakel.FormLabour}, Sector: "agriculture", AcuteDanger: true,
			Account:  "Upgradeverslag Eik: werknemers mogen het terrein niet af.",
			Reporter: rep("Erik Erfbetreder", "Wijkagent", "010-5550505", ""),
			Persons:  []schakel.Person{person(v, "Olena Fixtureplukker", "1990-07-07", 0, "female", "UA", "temporary", "")}},
			"", nil, nil},
		{schakel.SignalInput{Municipality: "rotterdam", Forms: []schakel.Form{schakel.FormCriminal}, Sector: "shoplifting",
			Account:  "Upgradeverslag Fuchsia: jongere steelt op bestelling.",
			Reporter: rep("Femke Fixturewerker", "Jeugdzorg", "", ""),
			Persons:  []schakel.Person{person(v, "Sem Fixturejongere", "2008-11-11", 0, "male", "NL", "lawful", "")}},
			schakel.RouteCareAndCriminal, nil, nil},
		{schakel.SignalInput{Municipality: "rotterdam", Forms: []schakel.Form{schakel.FormSexual}, Sector: "online",
			Account:  "Upgradeverslag Gerbera: een scholier krijgt cadeaus van een oudere man.",
			Reporter: rep("Gijs Gymleraar", "Leerplicht", "010-5550707", ""),
			Persons: []schakel.Person{person(v, "Mei Fixturemeisje", "2009-05-05", 0, "female", "NL", "lawful", "06-77778888"),
				person(s, "Rob Fixtureloverboy", "", 24, "male", "NL", "lawful", "")}},
			schakel.RouteCare, []schakel.Notify{schakel.NotifyVeiligThuis}, []string{"accept essm", "feedback essm", "accept veilig-thuis-rotterdam-rijnmond", "close"}},
		{schakel.SignalInput{Municipality: "rotterdam", Forms: []schakel.Form{schakel.FormOrgan}, Sector: "",
			Account:  "Upgradeverslag Hortensia: geld aangeboden voor draagmoederschap onder bedreiging.",
			Reporter: rep("Hanna Huisarts", "Huisartsenpraktijk", "", ""),
			Persons:  []schakel.Person{person(v, "Blessing Fixturevrouw", "1995-12-24", 0, "female", "NG", "none", "")}},
			schakel.RouteCareAndCriminal, []schakel.Notify{schakel.NotifyPolice}, []string{"accept politie-avim", "feedback politie-avim", "closeref politie-avim"}},
		{schakel.SignalInput{Municipality: "dordrecht", Forms: []schakel.Form{schakel.FormLabour}, Sector: "logistics",
			Account:  "Upgradeverslag Iris: paspoorten liggen bij de uitzender.",
			Reporter: rep("Ingrid Inspecteur", "Toezicht en handhaving", "078-5550909", ""),
			Persons:  []schakel.Person{person(v, "Piotr Fixturechauffeur", "1983-03-03", 0, "male", "PL", "lawful", "")}},
			schakel.RouteCare, []schakel.Notify{schakel.NotifyNLA}, []string{"accept essm", "accept nla", "feedback nla"}},
		{schakel.SignalInput{Municipality: "dordrecht", Forms: []schakel.Form{schakel.FormSexual}, Sector: "massage",
			Account:  "Upgradeverslag Jasmijn: een salon waar vrouwen wonen en werken.",
			Reporter: rep("Jan Jurist", "Schuldhulpverlening", "", ""),
			Persons:  []schakel.Person{person(v, "Chloé Fixturemasseuse", "", 28, "female", "unknown", "unknown", "")}},
			"", nil, nil},
		{schakel.SignalInput{Municipality: "dordrecht", Forms: []schakel.Form{schakel.FormCriminal}, Sector: "financial_fraud",
			Account:  "Upgradeverslag Klaproos: bankpas van een jongere wordt gebruikt.",
			Reporter: rep("Karel Kassier", "Bank", "", ""),
			Persons: []schakel.Person{person(v, "Youssef Fixturerekening", "2003-01-15", 0, "male", "NL", "lawful", ""),
				person(s, "Tomasz Fixturegeldezel", "", 30, "male", "unknown", "unknown", "")}},
			schakel.RouteUndermining, nil, []string{"accept riec-rotterdam"}},
		{schakel.SignalInput{Municipality: "dordrecht", Forms: []schakel.Form{schakel.FormLabour}, Sector: "cleaning",
			Account:  "Upgradeverslag Lelie: navraag leverde geen aanwijzingen op.",
			Reporter: rep("Lotte Lerares", "Wijkteam", "", ""),
			Persons:  []schakel.Person{person(v, "Ana Fixtureschoonmaakster", "1978-08-08", 0, "female", "RO", "lawful", "")}},
			schakel.RouteNone, nil, nil},
	}
}

func run(dbURL, out, commit string, schema int) error {
	ctx := context.Background()
	if dbURL == "" || out == "" {
		return fmt.Errorf("--db and --out are required")
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	db, err := sqlstore.Open(ctx, dbURL)
	if err != nil {
		return err
	}
	defer db.Close()
	st, err := newStore(db, out)
	if err != nil {
		return err
	}
	res, err := demo.Populate(ctx, st, demo.Options{Signals: 0, Seed: 1, Now: start})
	if err != nil {
		return err
	}
	u := res.Users
	clock := start
	st.Now = func() time.Time { return clock }
	var ids []string
	for i, p := range plans() {
		clock = start.Add(time.Duration(i) * 26 * time.Hour)
		p.in.ObservedOn = clock.AddDate(0, 0, -2).Format(schakel.DateLayout)
		sg, err := st.CreateSignal(ctx, u["melder"], p.in)
		if err != nil {
			return fmt.Errorf("signal %d: %w", i, err)
		}
		ids = append(ids, sg.ID)
		if p.route == "" {
			continue
		}
		af := u["af:"+p.in.Municipality]
		clock = clock.Add(3 * time.Hour)
		rationale := "Beoordeling upgradefixture: indicatoren en gesprek met de melder."
		if p.route == schakel.RouteNone {
			rationale = "Geen aanwijzingen voor uitbuiting na navraag (upgradefixture)."
		}
		tr, err := st.Triage(ctx, af, sg.ID, schakel.TriageDecision{Route: p.route, Notify: p.notify, Rationale: rationale})
		if err != nil {
			return fmt.Errorf("triage %d: %w", i, err)
		}
		refs := map[string]string{}
		for _, r := range tr.Referrals {
			refs[r.To] = r.ID
		}
		for _, step := range p.steps {
			clock = clock.Add(5 * time.Hour)
			var verb, org string
			fmt.Sscan(step, &verb, &org)
			var err error
			switch verb {
			case "accept":
				_, err = st.AcceptReferral(ctx, u[org], refs[org])
			case "decline":
				_, err = st.DeclineReferral(ctx, u[org], refs[org], "Afwijzing upgradefixture: buiten onze doelgroep.")
			case "feedback":
				_, err = st.GiveFeedback(ctx, u[org], refs[org], "Terugkoppeling upgradefixture van "+org+": eerste gesprek gevoerd.")
			case "closeref":
				_, err = st.CloseReferral(ctx, u[org], refs[org])
			case "rerefer":
				var c *schakel.Case
				if c, err = st.ReRefer(ctx, af, *tr.CaseID, org, "Opnieuw voorgelegd (upgradefixture)."); err == nil {
					for _, r := range c.Referrals {
						if r.To == org {
							refs[org] = r.ID
						}
					}
				}
			case "escalate":
				_, err = st.Escalate(ctx, af, *tr.CaseID, "Opschaling upgradefixture: geen opvangplek.")
			case "close":
				_, err = st.CloseCase(ctx, af, *tr.CaseID, "care_completed", "Slotnotitie upgradefixture.")
			default:
				err = fmt.Errorf("unknown step %q", step)
			}
			if err != nil {
				return fmt.Errorf("signal %d, %s: %w", i, step, err)
			}
		}
	}

	// Tokens, and what the API answers with them.
	clock = readAt
	users := []string{"af:rotterdam", "af:dordrecht", "essm", "zvh-rotterdam-rijnmond", "riec-rotterdam", "politie-avim", "nla"}
	f := Fixture{Commit: commit, Schema: schema, Engine: string(db.Dialect), ReadAt: readAt, Tokens: map[string]string{}}
	for _, key := range users {
		if f.Tokens[key], err = st.CreateToken(ctx, u[key].ID); err != nil {
			return err
		}
	}
	srv, err := web.New(st, slog.New(slog.NewTextHandler(io.Discard, nil)), web.DefaultConfig)
	if err != nil {
		return err
	}
	hs := httptest.NewServer(srv.Handler())
	defer hs.Close()
	get := func(user, path string) (json.RawMessage, error) {
		req, _ := http.NewRequest("GET", hs.URL+path, nil)
		req.Header.Set("Authorization", "Bearer "+f.Tokens[user])
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			return nil, err
		}
		defer res.Body.Close()
		body, err := io.ReadAll(res.Body)
		if err != nil {
			return nil, err
		}
		if res.StatusCode != 200 {
			return nil, fmt.Errorf("GET %s as %s: %d %s", path, user, res.StatusCode, body)
		}
		f.Requests = append(f.Requests, Request{User: user, Path: path, Status: res.StatusCode, Body: body})
		return body, nil
	}
	for _, key := range users {
		if _, err := get(key, "/api/v1/me"); err != nil {
			return err
		}
	}
	for _, af := range []string{"af:rotterdam", "af:dordrecht"} {
		var page struct {
			Items []struct {
				ID     string `json:"id"`
				CaseID string `json:"case_id"`
			} `json:"items"`
		}
		body, err := get(af, "/api/v1/signals?limit=500")
		if err != nil {
			return err
		}
		if err := json.Unmarshal(body, &page); err != nil {
			return err
		}
		for _, it := range page.Items {
			if _, err := get(af, "/api/v1/signals/"+it.ID); err != nil {
				return err
			}
			if it.CaseID != "" {
				if _, err := get(af, "/api/v1/cases/"+it.CaseID); err != nil {
					return err
				}
			}
		}
		if _, err := get(af, "/api/v1/cases?limit=500"); err != nil {
			return err
		}
	}
	// Partners: what they accepted (their view of declined or closed
	// referrals is policy that may change; the data is compared above).
	for _, key := range users[2:] {
		var page struct {
			Items []struct {
				ID     string `json:"id"`
				Status string `json:"status"`
			} `json:"items"`
		}
		req, _ := http.NewRequest("GET", hs.URL+"/api/v1/referrals?limit=500", nil)
		req.Header.Set("Authorization", "Bearer "+f.Tokens[key])
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			return err
		}
		err = json.NewDecoder(res.Body).Decode(&page)
		res.Body.Close()
		if err != nil {
			return err
		}
		for _, it := range page.Items {
			if it.Status == "accepted" {
				if _, err := get(key, "/api/v1/referrals/"+it.ID); err != nil {
					return err
				}
			}
		}
	}
	data, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(out, "expected.json"), append(data, '\n'), 0o644); err != nil {
		return err
	}
	fmt.Printf("%d signals, %d requests recorded in %s\n", len(ids), len(f.Requests), out)
	return nil
}
