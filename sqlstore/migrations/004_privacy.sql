-- Privacy and security (issue 4). Portable SQL, as 001.

-- One data key per record (a signal and all that grew from it, or a
-- user's second factor), wrapped by the key-encryption keyset that lives
-- outside the database. Deleting a row erases its record.
CREATE TABLE record_keys (
    record_id  TEXT PRIMARY KEY,
    wrapped    TEXT NOT NULL,
    key_id     BIGINT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX record_keys_key ON record_keys (key_id);

-- Erasure leaves the codes of a signal as a tombstone for the monitor.
ALTER TABLE signals ADD COLUMN erased_at TEXT;
ALTER TABLE signals ADD COLUMN erased_why TEXT NOT NULL DEFAULT '';
ALTER TABLE signals ADD COLUMN legal_hold INTEGER NOT NULL DEFAULT 0;
ALTER TABLE signals ADD COLUMN legal_hold_reason TEXT NOT NULL DEFAULT '';
CREATE INDEX signals_retention ON signals (route, status, received_at);

-- Keyed blind indexes of persons: truncated HMACs of normalised values.
CREATE TABLE person_index (
    person_id TEXT NOT NULL,
    signal_id TEXT NOT NULL,
    idx       TEXT NOT NULL,
    key_id    BIGINT NOT NULL,
    value     TEXT NOT NULL,
    PRIMARY KEY (person_id, idx, key_id)
);
CREATE INDEX person_index_lookup ON person_index (idx, value, key_id);
CREATE INDEX person_index_signal ON person_index (signal_id);

-- The audit trail as a Merkle log: an entry is appended in the
-- transaction of what it records; the sequencer gives it its place (seq)
-- and extends the tree; checkpoints are signed tree heads.
ALTER TABLE audit_log ADD COLUMN seq BIGINT;
CREATE UNIQUE INDEX audit_seq ON audit_log (seq);
CREATE INDEX audit_unsequenced ON audit_log (id) WHERE seq IS NULL;
CREATE INDEX audit_at ON audit_log (at);
CREATE TABLE audit_head (
    id         INTEGER PRIMARY KEY,
    size       BIGINT NOT NULL,
    hashes     TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
INSERT INTO audit_head (id, size, hashes, updated_at) VALUES (1, 0, '', '');
CREATE TABLE audit_checkpoints (
    size BIGINT PRIMARY KEY,
    root TEXT NOT NULL,
    note TEXT NOT NULL,
    at   TEXT NOT NULL
);

-- Second factor, lockout, and the epoch that ends every session and token
-- of a user when their rights change.
ALTER TABLE users ADD COLUMN totp_secret TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN totp_enabled_at TEXT;
ALTER TABLE users ADD COLUMN totp_last_step BIGINT NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN failed_logins INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN locked_until TEXT;
ALTER TABLE users ADD COLUMN auth_epoch INTEGER NOT NULL DEFAULT 1;
ALTER TABLE users ADD COLUMN oidc_subject TEXT NOT NULL DEFAULT '';
CREATE TABLE recovery_codes (
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    hash    TEXT NOT NULL,
    used_at TEXT,
    PRIMARY KEY (user_id, hash)
);

-- Tokens carry a name, an expiry and a revocation.
ALTER TABLE api_tokens ADD COLUMN id TEXT NOT NULL DEFAULT '';
ALTER TABLE api_tokens ADD COLUMN name TEXT NOT NULL DEFAULT '';
ALTER TABLE api_tokens ADD COLUMN expires_at TEXT NOT NULL DEFAULT '';
ALTER TABLE api_tokens ADD COLUMN revoked_at TEXT;
CREATE INDEX api_tokens_user ON api_tokens (user_id);

-- Emergency access to one case, time-limited and reviewed afterwards.
CREATE TABLE break_glass (
    id          TEXT PRIMARY KEY,
    user_id     TEXT NOT NULL REFERENCES users (id),
    case_id     TEXT NOT NULL REFERENCES cases (id),
    signal_id   TEXT NOT NULL,
    reason      TEXT NOT NULL,
    granted_at  TEXT NOT NULL,
    expires_at  TEXT NOT NULL,
    reviewed_at TEXT,
    reviewed_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX break_glass_user ON break_glass (user_id, expires_at);
CREATE INDEX break_glass_review ON break_glass (reviewed_at, granted_at);
