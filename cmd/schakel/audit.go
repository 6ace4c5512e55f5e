package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"time"

	"github.com/schakel-nl/schakel"
	"github.com/schakel-nl/schakel/sqlstore"
)

// sequenceAudit integrates new audit entries into the Merkle log every
// interval, signs checkpoints, and appends each new one to exportFile (a
// file on storage the database's administrators cannot rewrite, or one
// that a log shipper forwards) when set.
func sequenceAudit(ctx context.Context, store *sqlstore.Store, log *slog.Logger, every time.Duration, exportFile string) {
	var exported string
	store.RunAuditSequencer(ctx, every, func(err error) {
		if err != nil {
			log.Error("audit sequencer", "err", err.Error())
			return
		}
		if exportFile == "" {
			return
		}
		cp, err := store.StoredCheckpoint(ctx)
		if err != nil || cp == "" || cp == exported {
			return
		}
		if err := appendFile(exportFile, cp+"\n"); err != nil {
			log.Error("audit checkpoint export", "err", err.Error())
			return
		}
		exported = cp
	})
}

func appendFile(path, s string) error {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600)
	if err != nil {
		return err
	}
	if _, err := f.WriteString(s); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// runAudit: schakel audit verify | schakel audit checkpoint.
func runAudit(ctx context.Context, args []string, stdout io.Writer) error {
	const use = "usage: schakel audit verify --db URL --keys FILE [--checkpoint FILE]... | schakel audit checkpoint --db URL --keys FILE"
	if len(args) == 0 || (args[0] != "verify" && args[0] != "checkpoint") {
		return usageError{use}
	}
	fs := flag.NewFlagSet("audit", flag.ContinueOnError)
	var keysPath string
	registerKeys(fs, &keysPath)
	dbURL := fs.String("db", envOr("SCHAKEL_DB", "./data/schakel.db"), "database URL (SCHAKEL_DB)")
	verifier := fs.String("verifier", "", "verifier key to check checkpoints with (default: from the key file)")
	var external multiFlag
	fs.Var(&external, "checkpoint", "a file of checkpoints kept outside the database (each one checked); repeatable")
	if err := parseFlags(fs, args[1:]); err != nil {
		return err
	}
	db, err := openDB(ctx, *dbURL, keysPath, sqlstore.Options{}, io.Discard)
	if err != nil {
		return err
	}
	defer db.Close()
	keys, err := loadKeys(ctx, keysPath, db, io.Discard)
	if err != nil {
		return err
	}
	store := sqlstore.New(db, schakel.DefaultDeadlines, keys)
	if args[0] == "checkpoint" {
		cp, err := store.LatestCheckpoint(ctx)
		if err != nil {
			return err
		}
		fmt.Fprint(stdout, cp)
		return nil
	}
	vk := *verifier
	if vk == "" {
		vk = keys.VerifierKey()
	}
	var notes [][]byte
	for _, path := range external {
		data, err := os.ReadFile(path)
		if err != nil {
			return usageError{fmt.Sprintf("--checkpoint: %v", err)}
		}
		notes = append(notes, sqlstore.SplitCheckpoints(data)...)
	}
	rep, err := store.VerifyAudit(ctx, vk, notes...)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%d entries, %d checkpoints checked, %d waiting to be sequenced\n", rep.Entries, rep.Checkpoints, rep.Pending)
	if rep.OK() {
		fmt.Fprintln(stdout, "the audit log is whole")
		return nil
	}
	for _, p := range rep.Problems {
		fmt.Fprintln(stdout, "PROBLEM:", p)
	}
	return errors.New("the audit log is not whole")
}
