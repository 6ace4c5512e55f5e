-- Notes on a case (issue 12): sealed with the record's key like every
-- free text, read by the writer's organisation, and when shared by every
-- participant whose role reads notes of the case.
CREATE TABLE case_notes (
    id         TEXT PRIMARY KEY,
    case_id    TEXT NOT NULL REFERENCES cases (id),
    signal_id  TEXT NOT NULL REFERENCES signals (id),
    org        TEXT NOT NULL,
    user_id    TEXT NOT NULL REFERENCES users (id),
    shared     INTEGER NOT NULL DEFAULT 0,
    text       TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX case_notes_case ON case_notes (case_id, created_at);
