-- Each instance's readiness probe (/readyz) writes its row at most once a
-- second: a small durable write, so that a full disk shows as not ready.
-- Liveness, not data: not in backups.
CREATE TABLE heartbeats (
    instance TEXT PRIMARY KEY,
    at TEXT NOT NULL,
    pad TEXT NOT NULL
);
