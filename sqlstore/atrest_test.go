package sqlstore_test

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/schakel-nl/schakel"
	"github.com/schakel-nl/schakel/demo"
	"github.com/schakel-nl/schakel/sqlstore"
	"github.com/schakel-nl/schakel/sqlstore/sqltest"
)

// TestNoPlaintextAtRest writes a signal full of distinctive personal data
// through the whole flow (intake, triage, decline, feedback, escalation,
// closure) and then searches the database's files on disk (SQLite's file
// and its WAL; PostgreSQL's whole data directory with its WAL, after a
// checkpoint) for every one of them: nothing may be found. A non-personal
// code stored in clear must be found, or the search proves nothing.
func TestNoPlaintextAtRest(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	url := sqltest.URL(t)
	db, err := sqlstore.Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	st := sqlstore.New(db, schakel.DefaultDeadlines, sqltest.Keys(t))
	res, err := demo.Populate(ctx, st, demo.Options{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	u := res.Users
	secrets := []string{
		"Zwaantje Bruggeman", "Oleksandr Kwiatkowski", "Reinoud Melderman", "Poolsterstraat", "0612398765",
		"reinoud.melderman@example.nl", "1998-07-23", "Triagenotitie Hazelhoff", "Afwijsreden Vlinderbloem",
		"Terugkoppeling Zeeparel", "Opschaling Ganzenbord", "Slotnotitie Wolkenkrabber", "Doorverwijsnotitie Keizerskroon",
		"Verdachtencontact Tulpenbol",
	}
	in := signalInput()
	in.Account = "Zwaantje vertelde over de kelder aan de Poolsterstraat."
	in.Reporter = schakel.Reporter{Name: "Reinoud Melderman", Phone: "0612398765", Email: "reinoud.melderman@example.nl", Organisation: "Wijkteam"}
	in.Persons[0].Name, in.Persons[0].BirthDate = "Zwaantje Bruggeman", "1998-07-23"
	in.Persons[1].Name, in.Persons[1].Contact = "Oleksandr Kwiatkowski", "Verdachtencontact Tulpenbol"
	sg, err := st.CreateSignal(ctx, u["melder"], in)
	if err != nil {
		t.Fatal(err)
	}
	af := u["af:rotterdam"]
	tr, err := st.Triage(ctx, af, sg.ID, schakel.TriageDecision{Route: schakel.RouteCareAndCriminal, Rationale: "Triagenotitie Hazelhoff"})
	if err != nil {
		t.Fatal(err)
	}
	caseID := *tr.CaseID
	for _, r := range tr.Referrals {
		if r.To == "essm" {
			if _, err := st.DeclineReferral(ctx, u["essm"], r.ID, "Afwijsreden Vlinderbloem"); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if _, err := st.AcceptReferral(ctx, u[r.To], r.ID); err != nil {
			t.Fatal(err)
		}
		if _, err := st.GiveFeedback(ctx, u[r.To], r.ID, "Terugkoppeling Zeeparel"); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := st.ReRefer(ctx, af, caseID, "essm", "Doorverwijsnotitie Keizerskroon"); err != nil {
		t.Fatal(err)
	}
	if _, err := st.Escalate(ctx, af, caseID, "Opschaling Ganzenbord"); err != nil {
		t.Fatal(err)
	}
	c, err := st.CloseCase(ctx, af, caseID, "care_completed", "Slotnotitie Wolkenkrabber")
	if err != nil {
		t.Fatal(err)
	}
	// What was sealed opens again for those who may see it.
	back, err := st.Signal(ctx, af, sg.ID)
	if err != nil {
		t.Fatal(err)
	}
	if back.Persons[0].Name != "Zwaantje Bruggeman" || back.Account != in.Account || back.Reporter.Email != in.Reporter.Email ||
		back.Rationale != "Triagenotitie Hazelhoff" || back.Persons[1].Contact != "Verdachtencontact Tulpenbol" || back.Persons[0].BirthDate != "1998-07-23" {
		t.Fatalf("sealed fields did not open: %+v", back)
	}
	if c.EscalationReason != "Opschaling Ganzenbord" {
		t.Errorf("escalation reason: %q", c.EscalationReason)
	}
	var declined, feedback, note bool
	for _, r := range c.Referrals {
		declined = declined || r.DeclineReason == "Afwijsreden Vlinderbloem"
		note = note || r.Note == "Doorverwijsnotitie Keizerskroon"
		for _, f := range r.Feedback {
			feedback = feedback || f.Message == "Terugkoppeling Zeeparel"
		}
	}
	if !declined || !feedback || !note {
		t.Errorf("referral text did not open: declined %v feedback %v note %v", declined, feedback, note)
	}

	files := dataFiles(t, ctx, db, url)
	found := map[string]bool{}
	for _, path := range files {
		data, err := os.ReadFile(path)
		if errors.Is(err, fs.ErrNotExist) {
			continue // a relation of another test's schema, dropped meanwhile
		}
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range append(secrets, "escort") {
			if bytes.Contains(data, []byte(s)) {
				found[s] = true
				if s != "escort" {
					t.Errorf("%q found in plaintext in %s", s, path)
				}
			}
		}
	}
	if !found["escort"] {
		t.Fatalf("the clear sector code was not found in %d files: the search does not read the data", len(files))
	}
}

// dataFiles lists the files that hold the database on disk, after making
// sure what was committed reached them.
func dataFiles(t *testing.T, ctx context.Context, db *sqlstore.DB, url string) []string {
	t.Helper()
	if !sqltest.Postgres() {
		return []string{url, url + "-wal"}
	}
	dir := os.Getenv("SCHAKEL_TEST_PGDATA")
	if dir == "" {
		t.Fatal("SCHAKEL_TEST_PGDATA is not set: scripts/pg.sh sets it to the test cluster's data directory")
	}
	if err := db.Exec(ctx, `CHECKPOINT`); err != nil {
		t.Fatal(err)
	}
	var out []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Type().IsRegular() {
			out = append(out, path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}
