-- Portable SQL: runs unchanged on SQLite and PostgreSQL. Times are
-- fixed-width UTC text (sortable), dates YYYY-MM-DD text, booleans 0/1.

CREATE TABLE municipalities (
    slug          TEXT PRIMARY KEY,
    name          TEXT NOT NULL,
    safety_region TEXT NOT NULL,
    zvh           TEXT NOT NULL,
    active        INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE organisations (
    code          TEXT PRIMARY KEY,
    name          TEXT NOT NULL,
    kind          TEXT NOT NULL,
    safety_region TEXT NOT NULL DEFAULT '',
    municipality  TEXT NOT NULL DEFAULT '',
    contact       TEXT NOT NULL DEFAULT '',
    active        INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE indicators (
    code     TEXT PRIMARY KEY,
    form     TEXT NOT NULL,
    label    TEXT NOT NULL,
    source   TEXT NOT NULL DEFAULT '',
    active   INTEGER NOT NULL DEFAULT 1,
    position INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE sectors (
    code       TEXT PRIMARY KEY,
    form       TEXT NOT NULL DEFAULT '',
    label      TEXT NOT NULL,
    visibility TEXT NOT NULL DEFAULT '',
    active     INTEGER NOT NULL DEFAULT 1,
    position   INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE users (
    id            TEXT PRIMARY KEY,
    name          TEXT NOT NULL,
    email         TEXT NOT NULL UNIQUE,
    role          TEXT NOT NULL,
    org           TEXT NOT NULL REFERENCES organisations (code),
    password_hash TEXT NOT NULL DEFAULT '',
    active        INTEGER NOT NULL DEFAULT 1,
    created_at    TEXT NOT NULL
);

CREATE TABLE user_municipalities (
    user_id      TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    municipality TEXT NOT NULL REFERENCES municipalities (slug),
    PRIMARY KEY (user_id, municipality)
);

CREATE TABLE api_tokens (
    hash         TEXT PRIMARY KEY,
    user_id      TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at   TEXT NOT NULL,
    last_used_at TEXT
);

CREATE TABLE sessions (
    token  TEXT PRIMARY KEY,
    data   TEXT NOT NULL,
    expiry TEXT NOT NULL
);
CREATE INDEX sessions_expiry ON sessions (expiry);

CREATE TABLE signals (
    id             TEXT PRIMARY KEY,
    municipality   TEXT NOT NULL REFERENCES municipalities (slug),
    observed_on    TEXT NOT NULL,
    forms          TEXT NOT NULL,
    indicators     TEXT NOT NULL DEFAULT '',
    sector         TEXT NOT NULL DEFAULT '',
    acute          INTEGER NOT NULL DEFAULT 0,
    account        TEXT NOT NULL,
    reporter_name  TEXT NOT NULL,
    reporter_org   TEXT NOT NULL DEFAULT '',
    reporter_phone TEXT NOT NULL DEFAULT '',
    reporter_email TEXT NOT NULL DEFAULT '',
    reported_by    TEXT NOT NULL REFERENCES users (id),
    received_at    TEXT NOT NULL,
    triage_due     TEXT NOT NULL,
    status         TEXT NOT NULL,
    has_minor      INTEGER NOT NULL DEFAULT 0,
    route          TEXT NOT NULL DEFAULT '',
    notify         TEXT NOT NULL DEFAULT '',
    rationale      TEXT NOT NULL DEFAULT '',
    triaged_at     TEXT,
    triaged_by     TEXT REFERENCES users (id),
    needs_decision INTEGER NOT NULL DEFAULT 0,
    version        INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX signals_queue ON signals (municipality, status, acute, received_at);
CREATE INDEX signals_reported_by ON signals (reported_by);
CREATE INDEX signals_route ON signals (route);

CREATE TABLE persons (
    id               TEXT PRIMARY KEY,
    signal_id        TEXT NOT NULL REFERENCES signals (id) ON DELETE CASCADE,
    position         INTEGER NOT NULL,
    role             TEXT NOT NULL,
    name             TEXT NOT NULL DEFAULT '',
    birth_date       TEXT NOT NULL DEFAULT '',
    estimated_age    INTEGER,
    gender           TEXT NOT NULL,
    nationality      TEXT NOT NULL,
    residence_status TEXT NOT NULL,
    contact          TEXT NOT NULL DEFAULT '',
    minor            INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX persons_signal ON persons (signal_id);

CREATE TABLE cases (
    id                TEXT PRIMARY KEY,
    signal_id         TEXT NOT NULL UNIQUE REFERENCES signals (id),
    municipality      TEXT NOT NULL REFERENCES municipalities (slug),
    route             TEXT NOT NULL,
    process_lead      TEXT NOT NULL REFERENCES organisations (code),
    status            TEXT NOT NULL,
    opened_at         TEXT NOT NULL,
    closed_at         TEXT,
    outcome           TEXT NOT NULL DEFAULT '',
    outcome_note      TEXT NOT NULL DEFAULT '',
    escalated         INTEGER NOT NULL DEFAULT 0,
    escalated_at      TEXT,
    escalation_reason TEXT NOT NULL DEFAULT '',
    version           INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX cases_escalated ON cases (escalated, status);

CREATE TABLE referrals (
    id             TEXT PRIMARY KEY,
    case_id        TEXT NOT NULL REFERENCES cases (id),
    signal_id      TEXT NOT NULL REFERENCES signals (id),
    to_org         TEXT NOT NULL REFERENCES organisations (code),
    purpose        TEXT NOT NULL,
    status         TEXT NOT NULL,
    sent_at        TEXT NOT NULL,
    accept_due     TEXT NOT NULL,
    responded_at   TEXT,
    closed_at      TEXT,
    decline_reason TEXT NOT NULL DEFAULT '',
    note           TEXT NOT NULL DEFAULT '',
    version        INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX referrals_to ON referrals (to_org, status);
CREATE INDEX referrals_signal ON referrals (signal_id);

CREATE TABLE feedback (
    id          TEXT PRIMARY KEY,
    referral_id TEXT NOT NULL REFERENCES referrals (id),
    at          TEXT NOT NULL,
    user_id     TEXT NOT NULL REFERENCES users (id),
    org         TEXT NOT NULL,
    message     TEXT NOT NULL
);
CREATE INDEX feedback_referral ON feedback (referral_id);

-- Timeline: kind and detail are codes, never personal data.
CREATE TABLE events (
    id        TEXT PRIMARY KEY,
    signal_id TEXT NOT NULL REFERENCES signals (id),
    at        TEXT NOT NULL,
    actor_id  TEXT NOT NULL,
    actor_org TEXT NOT NULL,
    kind      TEXT NOT NULL,
    detail    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX events_signal ON events (signal_id, id);

-- Who read or changed what, and why. No personal data: ids and codes only.
CREATE TABLE audit_log (
    id          TEXT PRIMARY KEY,
    at          TEXT NOT NULL,
    user_id     TEXT NOT NULL,
    role        TEXT NOT NULL,
    org         TEXT NOT NULL,
    action      TEXT NOT NULL,
    object_type TEXT NOT NULL,
    object_id   TEXT NOT NULL,
    purpose     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_user ON audit_log (user_id, at);
CREATE INDEX audit_object ON audit_log (object_id, at);
