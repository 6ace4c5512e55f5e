package sqlstore

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/schakel-nl/schakel"
)

// Job kinds.
const (
	JobDeadlineReminders = "deadline_reminders"
)

// Periodic is a job kind enqueued once per interval.
type Periodic struct {
	Kind     string
	Interval time.Duration
}

// JobRunner runs the durable background work of one instance. Every
// instance runs one; between them each job runs exactly once.
type JobRunner struct {
	Store    *Store
	Instance string        // a name unique to this process
	Poll     time.Duration // how often to look for work
	Lease    time.Duration // how long a claimed job is this instance's
	Periodic []Periodic
	Log      *slog.Logger
}

// DefaultPeriodic is the schedule of serve.
var DefaultPeriodic = []Periodic{{Kind: JobDeadlineReminders, Interval: 15 * time.Minute}, {Kind: JobPersonHits, Interval: time.Minute}}

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

// Tick enqueues the periodic jobs that are due and runs what it can claim.
func (jr *JobRunner) Tick(ctx context.Context) error {
	s := jr.Store
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
		rows, err := tx.query(ctx, `UPDATE jobs SET state = 'running', attempts = attempts + 1, locked_by = ?, locked_until = ?
			WHERE id = (SELECT id FROM jobs WHERE (state = 'pending' OR (state = 'running' AND locked_until < ?)) AND run_at <= ? ORDER BY run_at, id LIMIT 1)
			AND (state = 'pending' OR (state = 'running' AND locked_until < ?))
			RETURNING id, kind, attempts`, jr.Instance, ts(now.Add(jr.Lease)), ts(now), ts(now), ts(now))
		if err != nil {
			return err
		}
		defer rows.Close()
		if rows.Next() {
			if err := rows.Scan(&id, &kind, &attempts); err != nil {
				return err
			}
		}
		return rows.Err()
	})
	if err != nil || id == "" {
		return false, err
	}
	handler, ok := jobHandlers[kind]
	if !ok {
		return true, jr.fail(ctx, id, attempts, fmt.Errorf("unknown job kind %q", kind))
	}
	err = s.db.inTx(ctx, func(tx querier) error {
		if err := handler(ctx, s, tx, id); err != nil {
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

type jobHandler func(ctx context.Context, s *Store, tx querier, jobID string) error

var jobHandlers = map[string]jobHandler{
	JobDeadlineReminders: deadlineReminders,
}

// system is the actor of background work in timelines and the audit trail.
var system = &schakel.User{ID: "system", Name: "Schakel", Role: "system", Org: "schakel", Active: true}

// deadlineReminders marks every signal whose triage and every referral
// whose answer is overdue, once: a timeline event for the people on the
// case, and a reminder row so that the next run passes it by.
func deadlineReminders(ctx context.Context, s *Store, tx querier, jobID string) error {
	now := s.now()
	type item struct{ typ, id, signal, detail string }
	var items []item
	rows, err := tx.query(ctx, `SELECT s.id FROM signals s WHERE s.status = 'new' AND s.triage_due < ?
		AND NOT EXISTS (SELECT 1 FROM reminders m WHERE m.object_type = 'signal' AND m.object_id = s.id AND m.kind = 'triage_overdue')`, ts(now))
	if err != nil {
		return err
	}
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return err
		}
		items = append(items, item{"signal", id, id, "triage"})
	}
	rows.Close()
	rows, err = tx.query(ctx, `SELECT r.id, r.signal_id, r.to_org FROM referrals r WHERE r.status = 'sent' AND r.accept_due < ?
		AND NOT EXISTS (SELECT 1 FROM reminders m WHERE m.object_type = 'referral' AND m.object_id = r.id AND m.kind = 'answer_overdue')`, ts(now))
	if err != nil {
		return err
	}
	for rows.Next() {
		var it item
		if err := rows.Scan(&it.id, &it.signal, &it.detail); err != nil {
			rows.Close()
			return err
		}
		it.typ = "referral"
		items = append(items, it)
	}
	rows.Close()
	for _, it := range items {
		kind := "triage_overdue"
		if it.typ == "referral" {
			kind = "answer_overdue"
		}
		if _, err := tx.exec(ctx, `INSERT INTO reminders (object_type, object_id, kind, at, job_id) VALUES (?, ?, ?, ?, ?)`, it.typ, it.id, kind, ts(now), jobID); err != nil {
			return err
		}
		if err := event(ctx, tx, now, system, it.signal, schakel.EventDeadlinePassed, it.detail); err != nil {
			return err
		}
	}
	return nil
}

// JobStats counts jobs by state (for metrics and tests).
func (s *Store) JobStats(ctx context.Context) (map[string]int, error) {
	rows, err := s.db.reader().query(ctx, `SELECT state, COUNT(*) FROM jobs GROUP BY state`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]int{}
	for rows.Next() {
		var st string
		var n int
		if err := rows.Scan(&st, &n); err != nil {
			return nil, err
		}
		out[st] = n
	}
	return out, rows.Err()
}

// Job is one row of the job queue.
type Job struct {
	ID, Kind, UniqueKey, State, LockedBy string
	Attempts                             int
}

// Jobs lists the job queue (for operations and tests).
func (s *Store) Jobs(ctx context.Context) ([]Job, error) {
	rows, err := s.db.reader().query(ctx, `SELECT id, kind, unique_key, state, locked_by, attempts FROM jobs ORDER BY id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Job
	for rows.Next() {
		var j Job
		if err := rows.Scan(&j.ID, &j.Kind, &j.UniqueKey, &j.State, &j.LockedBy, &j.Attempts); err != nil {
			return nil, err
		}
		out = append(out, j)
	}
	return out, rows.Err()
}

// EventsOf returns a signal's timeline without any access check: for
// background work and tests, never for a user.
func (s *Store) EventsOf(ctx context.Context, signalID string) ([]schakel.Event, error) {
	return timelineOf(ctx, s.db.reader(), signalID)
}
