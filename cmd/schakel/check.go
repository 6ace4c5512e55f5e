package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/schakel-nl/schakel"
	"github.com/schakel-nl/schakel/sqlstore"
	"github.com/schakel-nl/schakel/vault"
)

// runCheck: schakel check --db URL --keys FILE [--checkpoint FILE]... runs
// every integrity check there is, changes nothing, prints what it checked
// and each problem, and fails when there is any: the engine's own full
// check, the schema version, the audit log (as schakel audit verify) and
// every record's binding and sealed fields.
func runCheck(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	dbURL := fs.String("db", envOr("SCHAKEL_DB", "./data/schakel.db"), "database URL (SCHAKEL_DB)")
	var keysPath string
	registerKeys(fs, &keysPath)
	verifier := fs.String("verifier", "", "verifier key to check audit checkpoints with (default: from the key file)")
	var external multiFlag
	fs.Var(&external, "checkpoint", "a file of audit checkpoints kept outside the database (each one checked); repeatable")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	var notes [][]byte
	for _, path := range external {
		data, err := os.ReadFile(path)
		if err != nil {
			return usageError{fmt.Sprintf("--checkpoint: %v", err)}
		}
		notes = append(notes, sqlstore.SplitCheckpoints(data)...)
	}
	db, err := sqlstore.OpenForCheck(ctx, *dbURL)
	if err != nil {
		return err
	}
	defer db.Close()
	problems := 0
	report := func(r sqlstore.CheckResult) {
		status := "ok"
		if len(r.Problems) > 0 {
			status = fmt.Sprintf("%d problem(s)", len(r.Problems))
		}
		fmt.Fprintf(stdout, "%s: %s — %s\n", r.Name, status, r.Detail)
		for _, p := range r.Problems {
			fmt.Fprintln(stdout, "  PROBLEM:", p)
		}
		problems += len(r.Problems)
	}
	failed := func(name string, err error) sqlstore.CheckResult {
		return sqlstore.CheckResult{Name: name, Detail: "the check could not finish", Problems: []string{err.Error()}}
	}
	done := func() error {
		if problems == 0 {
			fmt.Fprintln(stdout, "the database is whole")
			return nil
		}
		return fmt.Errorf("%d problem(s) found: restore the latest backup that checks whole (schakel restore), or investigate the rows named", problems)
	}

	report(db.CheckStorage(ctx))

	latest := sqlstore.LatestSchema()
	v, err := db.SchemaVersion(ctx)
	if err != nil {
		report(failed("schema", err))
		return done()
	}
	schema := sqlstore.CheckResult{Name: "schema", Detail: fmt.Sprintf("version %d, the newest this binary knows is %d", v, latest)}
	switch {
	case v < latest:
		schema.Problems = append(schema.Problems, "the database is not migrated to this version: run `schakel migrate` first; the audit log and the records are checked on a migrated database only")
	case v > latest:
		schema.Problems = append(schema.Problems, "the database was migrated by a newer Schakel: check it with that version")
	}
	report(schema)
	if v != latest {
		return done()
	}

	keys, err := readKeys(keysPath)
	if errors.Is(err, vault.ErrNoKeys) {
		err = fmt.Errorf("no key file at %s (or %s): the audit log and the records cannot be checked without it", keysPath, keysJSONEnv)
	}
	if err == nil {
		err = keysError(keysPath, db.VerifyKeys(ctx, keys))
	}
	if err != nil {
		report(failed("keys", err))
		return done()
	}
	store := sqlstore.New(db, schakel.DefaultDeadlines, keys)

	vk := *verifier
	if vk == "" {
		vk = keys.VerifierKey()
	}
	if rep, err := store.VerifyAudit(ctx, vk, notes...); err != nil {
		report(failed("audit log", err))
	} else {
		report(sqlstore.CheckResult{Name: "audit log", Problems: rep.Problems,
			Detail: fmt.Sprintf("%d entries, %d checkpoints checked, %d waiting to be sequenced", rep.Entries, rep.Checkpoints, rep.Pending)})
	}

	if res, err := store.CheckRecords(ctx); err != nil {
		report(failed("records", err))
	} else {
		report(res)
	}
	return done()
}
