package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"text/tabwriter"
	"time"

	"github.com/schakel-nl/schakel"
	"github.com/schakel-nl/schakel/demo"
	"github.com/schakel-nl/schakel/sqlstore"
	"github.com/schakel-nl/schakel/vault"
)

func runDemo(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var s settings
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	s.register(fs, false)
	n := fs.Int("signals", 200, "how many demo signals to generate")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if err := s.validate(); err != nil {
		return err
	}
	if *n < 0 || *n > 100000 {
		return usageError{"--signals must be between 0 and 100000"}
	}
	// The address first: a port in use fails before the data is made.
	lns, err := listen(&s)
	if err != nil {
		return err
	}
	served := false
	defer func() {
		if !served {
			lns.close()
		}
	}()
	dir, err := os.MkdirTemp("", "schakel-demo-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	db, err := sqlstore.Open(ctx, filepath.Join(dir, "demo.db"))
	if err != nil {
		return err
	}
	defer db.Close()
	keys, err := vault.Generate("schakel-demo")
	if err != nil {
		return err
	}
	if err := keys.Save(filepath.Join(dir, "keys.json")); err != nil {
		return err
	}
	store := sqlstore.New(db, schakel.Deadlines{TriageDays: s.triageDays, AcceptDays: s.acceptDays}, keys)
	fmt.Fprintf(stdout, "Generating %d demo signals…\n", *n)
	res, err := demo.Populate(ctx, store, demo.Options{Signals: *n, Seed: uint64(time.Now().UnixNano())})
	if err != nil {
		return err
	}
	// Every demo user that needs a second factor has one enrolled, and the
	// code page shows its current code: a login works at once.
	secrets := map[string]string{}
	for _, u := range res.Users {
		if !u.Role.NeedsSecondFactor() {
			continue
		}
		key, err := sqlstore.NewTOTPKey(u)
		if err != nil {
			return err
		}
		if err := store.EnrolForDemo(ctx, u, key.Secret()); err != nil {
			return err
		}
		secrets[u.ID] = key.Secret()
	}
	s.demoCode = func(userID string) string {
		secret, ok := secrets[userID]
		if !ok {
			return ""
		}
		code, err := sqlstore.CurrentTOTPCode(secret, time.Now())
		if err != nil {
			return ""
		}
		return code
	}
	log := slog.New(slog.NewJSONHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	served = true
	return serve(ctx, &s, store, log, lns, func(addr, metricsAddr string) {
		host := addr
		if h, p, err := splitHostPort(addr); err == nil && (h == "::" || h == "0.0.0.0" || h == "") {
			host = "localhost:" + p
		}
		fmt.Fprintf(stdout, "\nSchakel demo: open http://%s/ and log in as one of these users (password for all: %s)\n\n", host, res.Logins[0].Password)
		tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "ROLE\tE-MAIL\tORGANISATION")
		for _, l := range res.Logins {
			fmt.Fprintf(tw, "%s\t%s\t%s\n", l.Role, l.Email, l.Org)
		}
		tw.Flush()
		fmt.Fprintf(stdout, "\nEvery municipality has its own aandachtsfunctionaris: af-<municipality>@schakel.demo (e.g. af-dordrecht@schakel.demo).\n"+
			"Every role that sees personal data logs in with a second factor. In this demo each account has one already, and\n"+
			"the code page shows its current code (demo only: in use the code comes from your own authenticator app).\n"+
			"The beleidsregisseur logs in with the password only.\n"+
			"The data lives in a temporary database and is gone when you stop (Ctrl-C).\n")
		if metricsAddr != "" {
			fmt.Fprintf(stdout, "Prometheus metrics: http://%s/metrics\n", metricsAddr)
		}
	})
}
