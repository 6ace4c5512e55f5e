package sqlstore

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"strconv"
	"strings"
	"time"
)

// JobRunner runs the durable background work of one instance. Every
// instance runs one; between them each job runs exactly once.
//
// A claimed job is leased to its instance for Lease, renewed by a
// heartbeat while it runs, so a lease can be short: a job whose instance
// died is taken over when its lease runs out, seconds later, not minutes.
// A lease held by a process of this host that is gone (killed, or the
// previous run of this very process, as after a container restart) is
// released at once. Either way a job's effects commit only with the mark
// that it is done, and only by the instance that holds its lease: two
// instances never both complete one job.
type JobRunner struct {
	Store    *Store
	Instance string        // a name unique to this process; NewInstanceID for servers
	Poll     time.Duration // how often to look for work
	Lease    time.Duration // how long a claimed job is this instance's without a heartbeat; 0: DefaultLease
	Periodic []Periodic
	Log      *slog.Logger

	keysErr string // the last failure to read the key file, logged once
}

// DefaultLease is a job's lease when the runner names none; the heartbeat
// renews it every third of it.
const DefaultLease = 30 * time.Second

func (jr *JobRunner) lease() time.Duration {
	if jr.Lease <= 0 {
		return DefaultLease
	}
	return jr.Lease
}

// Run works until ctx ends.
func (jr *JobRunner) Run(ctx context.Context) {
	t := time.NewTicker(jr.Poll)
	defer t.Stop()
	for {
		if err := jr.Tick(ctx); err != nil && ctx.Err() == nil {
			jr.Log.Error("jobs", "instance", jr.Instance, "err", err.Error())
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// Tick picks up a changed key file, releases the leases of dead
// instances of this host, enqueues the periodic jobs that are due and runs
// what it can claim.
func (jr *JobRunner) Tick(ctx context.Context) error {
	s := jr.Store
	// A key file that cannot be read (or is refused) is logged when the
	// failure starts or changes, not at every poll.
	err := s.RefreshKeys(ctx)
	if msg := fmt.Sprint(err); err != nil && msg != jr.keysErr {
		jr.logError("reading the key file again", err)
		jr.keysErr = msg
	} else if err == nil {
		jr.keysErr = ""
	}
	if err := jr.releaseDeadLeases(ctx); err != nil {
		return fmt.Errorf("release dead leases: %w", err)
	}
	now := s.now()
	for _, p := range jr.Periodic {
		period := now.Truncate(p.Interval)
		key := fmt.Sprintf("%s@%s", p.Kind, ts(period))
		err := s.db.inTx(ctx, func(tx querier) error {
			_, err := tx.exec(ctx, `INSERT INTO jobs (id, kind, unique_key, run_at, state, created_at) VALUES (?, ?, ?, ?, 'pending', ?)
				ON CONFLICT (unique_key) DO NOTHING`, NewID(), p.Kind, key, ts(period), ts(now))
			return err
		})
		if err != nil {
			return fmt.Errorf("enqueue %s: %w", p.Kind, err)
		}
	}
	for ctx.Err() == nil {
		ran, err := jr.runOne(ctx)
		if err != nil || !ran {
			return err
		}
	}
	return nil
}

// runOne claims one due job and runs it; false when there was none.
func (jr *JobRunner) runOne(ctx context.Context) (bool, error) {
	s := jr.Store
	now := s.now()
	var id, kind string
	var attempts int
	err := s.db.inTx(ctx, func(tx querier) error {
		// The guard is repeated outside the subquery: of two instances that
		// picked the same row, the second finds it no longer claimable.
		err := tx.row(ctx, `UPDATE jobs SET state = 'running', attempts = attempts + 1, locked_by = ?, locked_until = ?
			WHERE id = (SELECT id FROM jobs WHERE (state = 'pending' OR (state = 'running' AND locked_until < ?)) AND run_at <= ? ORDER BY run_at, id LIMIT 1)
			AND (state = 'pending' OR (state = 'running' AND locked_until < ?))
			RETURNING id, kind, attempts`, jr.Instance, ts(now.Add(jr.lease())), ts(now), ts(now), ts(now)).Scan(&id, &kind, &attempts)
		if isNoRows(err) {
			return nil // nothing to run
		}
		return err
	})
	if err != nil || id == "" {
		return false, err
	}
	handler, ok := jobHandlers[kind]
	if !ok {
		return true, jr.fail(ctx, id, attempts, fmt.Errorf("unknown job kind %q", kind))
	}
	jobCtx, stop := context.WithCancel(ctx)
	beat := jr.heartbeat(jobCtx, stop, id)
	defer func() { stop(); <-beat }()
	err = s.db.inTx(jobCtx, func(tx querier) error {
		if err := handler(jobCtx, s, tx, id); err != nil {
			return err
		}
		res, err := tx.exec(ctx, `UPDATE jobs SET state = 'done', finished_at = ?, last_error = '' WHERE id = ? AND locked_by = ? AND state = 'running'`,
			ts(s.now()), id, jr.Instance)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n != 1 {
			return fmt.Errorf("job %s: lease lost", id)
		}
		return nil
	})
	if err != nil {
		return true, jr.fail(ctx, id, attempts, err)
	}
	return true, nil
}

// heartbeat renews the lease of job id every third of the lease while it
// runs; when the lease turns out lost (another instance took the job over
// after this one stalled), it stops the job, whose work then rolls back.
// The channel closes when the heartbeat has stopped.
func (jr *JobRunner) heartbeat(ctx context.Context, stop context.CancelFunc, id string) <-chan struct{} {
	done := make(chan struct{})
	go func() {
		defer close(done)
		t := time.NewTicker(jr.lease() / 3)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
			var n int64
			err := jr.Store.db.inTx(ctx, func(tx querier) error {
				res, err := tx.exec(ctx, `UPDATE jobs SET locked_until = ? WHERE id = ? AND locked_by = ? AND state = 'running'`,
					ts(jr.Store.now().Add(jr.lease())), id, jr.Instance)
				if err == nil {
					n, _ = res.RowsAffected()
				}
				return err
			})
			if err == nil && n == 0 {
				stop()
				return
			}
		}
	}()
	return done
}

// releaseDeadLeases puts back the running jobs whose lease is held by an
// instance of this host that is gone: a process that no longer exists, or
// an earlier run of this process's own id (a restart in a container, where
// the process id repeats). Leases of other hosts run out by themselves.
func (jr *JobRunner) releaseDeadLeases(ctx context.Context) error {
	me, ok := parseInstanceID(jr.Instance)
	if !ok {
		return nil
	}
	type held struct{ id, by string }
	running, err := collect(ctx, jr.Store.db.reader(), `SELECT id, locked_by FROM jobs WHERE state = 'running'`, nil,
		func(h *held) []any { return []any{&h.id, &h.by} })
	if err != nil {
		return err
	}
	for _, h := range running {
		other, ok := parseInstanceID(h.by)
		if !ok || other.host != me.host || h.by == jr.Instance {
			continue
		}
		gone := other.pid == me.pid || !processAlive(other.pid)
		if !gone {
			continue
		}
		err := jr.Store.db.inTx(ctx, func(tx querier) error {
			_, err := tx.exec(ctx, `UPDATE jobs SET state = 'pending', locked_by = '', locked_until = NULL WHERE id = ? AND locked_by = ? AND state = 'running'`, h.id, h.by)
			return err
		})
		if err != nil {
			return err
		}
		if jr.Log != nil {
			jr.Log.Info("jobs: released the lease of a gone instance", "job", h.id, "holder", h.by)
		}
	}
	return nil
}

func (jr *JobRunner) logError(what string, err error) {
	if jr.Log != nil {
		jr.Log.Error(what, "instance", jr.Instance, "err", err.Error())
	}
}

// instanceID is the parsed form of NewInstanceID.
type instanceID struct {
	host string
	pid  int
	boot string
}

// processBoot tells this process from an earlier one with the same id.
var processBoot = NewID()[16:]

// NewInstanceID names this process for job leases: host/pid/boot, where
// boot is random per process start.
func NewInstanceID() string {
	host, _ := os.Hostname()
	return fmt.Sprintf("%s/%d/%s", strings.ReplaceAll(host, "/", "_"), os.Getpid(), processBoot)
}

func parseInstanceID(s string) (instanceID, bool) {
	parts := strings.Split(s, "/")
	if len(parts) != 3 {
		return instanceID{}, false
	}
	pid, err := strconv.Atoi(parts[1])
	if err != nil || pid <= 0 {
		return instanceID{}, false
	}
	return instanceID{host: parts[0], pid: pid, boot: parts[2]}, true
}

const maxAttempts = 5

// fail puts a job back with a backoff, or gives up after maxAttempts.
func (jr *JobRunner) fail(ctx context.Context, id string, attempts int, cause error) error {
	s := jr.Store
	state := "pending"
	if attempts >= maxAttempts {
		state = "failed"
	}
	retry := s.now().Add(time.Duration(attempts*attempts) * 10 * time.Second)
	err := s.db.inTx(ctx, func(tx querier) error {
		_, err := tx.exec(ctx, `UPDATE jobs SET state = ?, run_at = ?, last_error = ?, locked_by = '' WHERE id = ? AND locked_by = ?`,
			state, ts(retry), cause.Error(), id, jr.Instance)
		return err
	})
	if err != nil {
		return err
	}
	return fmt.Errorf("job %s attempt %d: %w", id, attempts, cause)
}
