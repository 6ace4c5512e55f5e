// Command schakel runs the Schakel server and its administrative commands.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/schakel-nl/schakel/web"
)

const usage = `usage: schakel <command> [flags]

commands:
  serve     run the server
  demo      run the server on a fresh database with demo data
  migrate   bring the database schema up to date, converting stored data where a version asks
  check     check the database in full, changing nothing: schakel check --db URL --keys FILE [--checkpoint FILE]
  backup    write a consistent backup: schakel backup --db URL --out FILE
  restore   restore a backup into a fresh database: schakel restore --db URL FILE
  user add  create a user (and optionally an API token)
  audit     audit verify [--checkpoint FILE]: prove the audit log whole
            audit checkpoint: print the newest signed checkpoint
  keys      keys rotate [--index]: new primary key, records move to it in the background
            keys retire [--index] [KEYID]: remove an old key nothing is under any more
            keys verifier: the public key that checks audit checkpoints
  openapi   print the OpenAPI document that GET /api/v1/openapi.json serves
`

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "schakel:", err)
		os.Exit(exitCode(err))
	}
}

// usageError is bad input on the command line: exit status 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func exitCode(err error) int {
	if _, ok := err.(usageError); ok {
		return 2
	}
	return 1
}

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return usageError{"no command given"}
	}
	switch args[0] {
	case "serve":
		return runServe(ctx, args[1:], stdout, stderr)
	case "demo":
		return runDemo(ctx, args[1:], stdout, stderr)
	case "migrate":
		return runMigrate(ctx, args[1:], stdout, stderr)
	case "check":
		return runCheck(ctx, args[1:], stdout)
	case "backup":
		return runBackup(ctx, args[1:], stdout)
	case "restore":
		return runRestore(ctx, args[1:], stdout)
	case "user":
		if len(args) < 2 || args[1] != "add" {
			return usageError{"usage: schakel user add --db URL --name N --role ROLE --org ORG [--municipality SLUG]... [--email E] [--password-stdin] [--token]"}
		}
		return runUserAdd(ctx, args[2:], stdin, stdout, stderr)
	case "audit":
		return runAudit(ctx, args[1:], stdout)
	case "keys":
		return runKeys(ctx, args[1:], stdout)
	case "openapi":
		if len(args) > 1 {
			return usageError{"usage: schakel openapi"}
		}
		_, err := stdout.Write(web.OpenAPIJSON())
		return err
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return nil
	}
	fmt.Fprint(stderr, usage)
	return usageError{fmt.Sprintf("unknown command %q", args[0])}
}
