package sqlstore

import (
	"context"
	"database/sql"
	"time"

	"github.com/schakel-nl/schakel"
)

// Job kinds. The job queue (table jobs) holds work done in the
// background, each job in one transaction with retries (job_runner.go).
const (
	// JobDeadlineReminders marks overdue triages and referral answers
	// (periodic).
	JobDeadlineReminders = "deadline_reminders"
	// JobPersonHits matches newly received signals against the region's
	// persons and writes hit notices for their holders (periodic; hits.go).
	JobPersonHits = "person_hits"
	// JobRetention erases what has been kept long enough (daily;
	// retention.go).
	JobRetention = "retention"
	// JobRewrapKeys and JobReindexPersons: after `schakel keys rotate`
	// saved a new primary key, these move every record to it in batches,
	// each batch one transaction, while the servers go on serving
	// (keys.go, match.go).
	JobRewrapKeys     = "rewrap_keys"
	JobReindexPersons = "reindex_persons"
	// JobIndexNames gives persons stored before the name index their
	// entry in it (search.go).
	JobIndexNames = "index_names"
)

// Periodic is a job kind enqueued once per interval.
type Periodic struct {
	Kind     string
	Interval time.Duration
}

// DefaultPeriodic is the schedule of serve.
var DefaultPeriodic = []Periodic{{Kind: JobDeadlineReminders, Interval: 15 * time.Minute}, {Kind: JobPersonHits, Interval: time.Minute}}

type jobHandler func(ctx context.Context, s *Store, tx querier, jobID string) error

// jobHandlers is every job kind and what runs it: the one table of jobs.
var jobHandlers = map[string]jobHandler{
	JobDeadlineReminders: deadlineReminders,
	JobPersonHits:        personHits,
	JobRetention:         retention,
	JobRewrapKeys:        rewrapKeys,
	JobReindexPersons:    reindexPersons,
	JobIndexNames:        indexNames,
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
	err := eachRow(ctx, tx, `SELECT s.id FROM signals s WHERE s.status = 'new' AND s.triage_due < ?
		AND NOT EXISTS (SELECT 1 FROM reminders m WHERE m.object_type = 'signal' AND m.object_id = s.id AND m.kind = 'triage_overdue')`, []any{ts(now)}, func(rows *sql.Rows) error {
		var id string
		if err := rows.Scan(&id); err != nil {
			return err
		}
		items = append(items, item{"signal", id, id, "triage"})
		return nil
	})
	if err != nil {
		return err
	}
	err = eachRow(ctx, tx, `SELECT r.id, r.signal_id, r.to_org FROM referrals r WHERE r.status = 'sent' AND r.accept_due < ?
		AND NOT EXISTS (SELECT 1 FROM reminders m WHERE m.object_type = 'referral' AND m.object_id = r.id AND m.kind = 'answer_overdue')`, []any{ts(now)}, func(rows *sql.Rows) error {
		it := item{typ: "referral"}
		if err := rows.Scan(&it.id, &it.signal, &it.detail); err != nil {
			return err
		}
		items = append(items, it)
		return nil
	})
	if err != nil {
		return err
	}
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
	out := map[string]int{}
	err := eachRow(ctx, s.db.reader(), `SELECT state, COUNT(*) FROM jobs GROUP BY state`, nil, func(rows *sql.Rows) error {
		var st string
		var n int
		err := rows.Scan(&st, &n)
		out[st] = n
		return err
	})
	return out, err
}

// Job is one row of the job queue.
type Job struct {
	ID, Kind, UniqueKey, State, LockedBy string
	Attempts                             int
}

// Jobs lists the job queue (for operations and tests).
func (s *Store) Jobs(ctx context.Context) ([]Job, error) {
	return collect(ctx, s.db.reader(), `SELECT id, kind, unique_key, state, locked_by, attempts FROM jobs ORDER BY id`, nil,
		func(j *Job) []any { return []any{&j.ID, &j.Kind, &j.UniqueKey, &j.State, &j.LockedBy, &j.Attempts} })
}

// Enqueue adds a one-off job of kind, to run as soon as an instance polls.
func (db *DB) Enqueue(ctx context.Context, kind string) error {
	return db.inTx(ctx, func(tx querier) error { return enqueue(ctx, tx, kind) })
}

func enqueue(ctx context.Context, tx querier, kind string) error {
	id, now := NewID(), ts(time.Now().UTC())
	_, err := tx.exec(ctx, `INSERT INTO jobs (id, kind, unique_key, run_at, state, created_at) VALUES (?, ?, ?, ?, 'pending', ?)`,
		id, kind, kind+"@"+id, now, now)
	return err
}
