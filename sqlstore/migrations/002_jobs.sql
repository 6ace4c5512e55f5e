-- Durable background work shared by all instances. A periodic job is
-- enqueued by every instance under one unique key per period, so it exists
-- once; a worker claims it with a guarded UPDATE, so one instance runs it;
-- its effects commit in the transaction that marks it done, so a crash
-- never leaves half a run, and a run whose lease expired cannot commit.
CREATE TABLE jobs (
    id           TEXT PRIMARY KEY,
    kind         TEXT NOT NULL,
    unique_key   TEXT NOT NULL UNIQUE,
    run_at       TEXT NOT NULL,
    state        TEXT NOT NULL,
    attempts     INTEGER NOT NULL DEFAULT 0,
    locked_by    TEXT NOT NULL DEFAULT '',
    locked_until TEXT,
    finished_at  TEXT,
    last_error   TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL
);
CREATE INDEX jobs_due ON jobs (state, run_at);

-- One reminder per overdue item and kind: the deadline job's memory.
CREATE TABLE reminders (
    object_type TEXT NOT NULL,
    object_id   TEXT NOT NULL,
    kind        TEXT NOT NULL,
    at          TEXT NOT NULL,
    job_id      TEXT NOT NULL,
    PRIMARY KEY (object_type, object_id, kind)
);
