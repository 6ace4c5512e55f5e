-- Tasks on a case (issue 12): a short work item of one organisation with
-- a due date and an assignee of that organisation. The title is sealed
-- with the record's key like every text of a record.
CREATE TABLE case_tasks (
    id         TEXT PRIMARY KEY,
    case_id    TEXT NOT NULL REFERENCES cases (id),
    signal_id  TEXT NOT NULL REFERENCES signals (id),
    org        TEXT NOT NULL,
    title      TEXT NOT NULL,
    due        TEXT NOT NULL,
    assignee   TEXT NOT NULL REFERENCES users (id),
    created_by TEXT NOT NULL REFERENCES users (id),
    created_at TEXT NOT NULL,
    done_at    TEXT,
    done_by    TEXT REFERENCES users (id)
);
CREATE INDEX case_tasks_case ON case_tasks (case_id, due);
CREATE INDEX case_tasks_assignee ON case_tasks (assignee, done_at, due);
