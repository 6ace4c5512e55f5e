package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/schakel-nl/schakel"
	"github.com/schakel-nl/schakel/sqlstore"
)

type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

func runUserAdd(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("user add", flag.ContinueOnError)
	dbURL := fs.String("db", envOr("SCHAKEL_DB", "./data/schakel.db"), "database URL (SCHAKEL_DB)")
	var keysPath string
	registerKeys(fs, &keysPath)
	name := fs.String("name", "", "full name")
	role := fs.String("role", "", "role code")
	org := fs.String("org", "", "organisation code")
	email := fs.String("email", "", "e-mail address (the login name)")
	pwStdin := fs.Bool("password-stdin", false, "read the password from standard input")
	token := fs.Bool("token", false, "print a new API token as the last line")
	var munis multiFlag
	fs.Var(&munis, "municipality", "municipality slug (repeatable)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	switch {
	case strings.TrimSpace(*name) == "":
		return usageError{"--name is required"}
	case !schakel.Role(*role).Valid():
		return usageError{fmt.Sprintf("--role %q is not a role", *role)}
	case *org == "":
		return usageError{"--org is required"}
	}
	if *email == "" {
		// Without an e-mail address the user logs in with a token only.
		*email = fmt.Sprintf("%s@%s.schakel.invalid", sqlstore.NewID()[:10], strings.ReplaceAll(*org, "_", "-"))
	}
	var password string
	if *pwStdin {
		line, err := bufio.NewReader(stdin).ReadString('\n')
		if err != nil && err != io.EOF {
			return fmt.Errorf("read password: %w", err)
		}
		password = strings.TrimRight(line, "\r\n")
		if password == "" {
			return usageError{"--password-stdin: no password on standard input"}
		}
	}
	db, err := openDB(ctx, *dbURL, keysPath, sqlstore.Options{}, stderr)
	if err != nil {
		return err
	}
	defer db.Close()
	keys, err := loadKeys(ctx, keysPath, db, stderr)
	if err != nil {
		return err
	}
	store := sqlstore.New(db, schakel.DefaultDeadlines, keys)
	u, err := store.CreateUser(ctx, sqlstore.NewUser{Name: *name, Email: *email, Role: schakel.Role(*role), Org: *org, Municipalities: munis, Password: password})
	if err != nil {
		return cliError(err)
	}
	fmt.Fprintf(stdout, "created user %s (%s, %s)\n", u.ID, u.Role, u.Org)
	if *token {
		t, err := store.CreateToken(ctx, u.ID)
		if err != nil {
			return err
		}
		fmt.Fprintln(stdout, t)
	}
	return nil
}

// cliError turns a domain error into one line naming the problem.
func cliError(err error) error {
	e, ok := err.(*schakel.Error)
	if !ok {
		return err
	}
	if len(e.Fields) > 0 {
		var parts []string
		for _, f := range e.Fields {
			parts = append(parts, "--"+flagName(f.Field)+": "+f.Message)
		}
		return usageError{strings.Join(parts, "; ")}
	}
	if e.Kind == schakel.KindConflict || e.Kind == schakel.KindInvalid {
		return usageError{e.Message}
	}
	return err
}

func flagName(field string) string {
	switch {
	case field == "organisation":
		return "org"
	case strings.HasPrefix(field, "municipalities"):
		return "municipality"
	}
	return field
}
