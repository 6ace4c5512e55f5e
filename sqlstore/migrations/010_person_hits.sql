-- Person matching without disclosure (issue 10): a match with a record
-- the new signal's AF may not read is not shown to that AF; the holder
-- of that record is told instead (a hit notice on its own record).

CREATE TABLE person_hits (
    id               TEXT PRIMARY KEY,
    holder_signal_id TEXT NOT NULL,
    holder_person    INTEGER NOT NULL,
    person_role      TEXT NOT NULL,
    holder_org       TEXT NOT NULL,
    new_signal_id    TEXT NOT NULL,
    municipality     TEXT NOT NULL,
    created_at       TEXT NOT NULL,
    UNIQUE (holder_signal_id, holder_person, new_signal_id)
);
CREATE INDEX person_hits_org ON person_hits (holder_org, created_at);

-- Signals not yet matched for hits; signals from before this version
-- were shown to their AF under the old rule and are not matched again.
ALTER TABLE signals ADD COLUMN matched_at TEXT;
UPDATE signals SET matched_at = received_at;
CREATE INDEX signals_unmatched ON signals (id) WHERE matched_at IS NULL;
