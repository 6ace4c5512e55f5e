-- Who of an organisation works on a case (issue 12): one colleague per
-- case and organisation, taken by or given to someone of that
-- organisation. No personal data of the victim.
CREATE TABLE case_assignees (
    case_id     TEXT NOT NULL REFERENCES cases (id),
    org         TEXT NOT NULL,
    user_id     TEXT NOT NULL REFERENCES users (id),
    assigned_at TEXT NOT NULL,
    assigned_by TEXT NOT NULL REFERENCES users (id),
    PRIMARY KEY (case_id, org)
);
CREATE INDEX case_assignees_user ON case_assignees (user_id);
