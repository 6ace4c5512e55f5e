-- Enrolment links (issue 10): the beheerder never sets or learns a
-- password. Creating a user or resetting their credentials makes a
-- one-time link the user opens themselves to set a password and enrol a
-- second factor. One open link per user: a newer reset replaces it. Only
-- the link's hash is stored; the row goes when the link is used.
CREATE TABLE enrolments (
    user_id       TEXT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    hash          TEXT NOT NULL UNIQUE,
    password      INTEGER NOT NULL,
    second_factor INTEGER NOT NULL,
    created_by    TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    expires_at    TEXT NOT NULL
);

-- The last reset of a user's credentials, by whom, and whether the user
-- has yet to be told at a login.
ALTER TABLE users ADD COLUMN credentials_reset_at TEXT;
ALTER TABLE users ADD COLUMN credentials_reset_by TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN credentials_notice INTEGER NOT NULL DEFAULT 0;
