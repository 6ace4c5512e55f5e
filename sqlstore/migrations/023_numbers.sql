-- Every signal and case has a human number (S-2026-000123, C-2026-000045):
-- unique, never reused. Migration 24 numbers the records made before.
ALTER TABLE signals ADD COLUMN number TEXT;
ALTER TABLE cases ADD COLUMN number TEXT;
CREATE UNIQUE INDEX signals_number ON signals (number);
CREATE UNIQUE INDEX cases_number ON cases (number);
-- SQLite's counters, one a kind (S, C) and year; PostgreSQL counts in a
-- sequence a kind and year (record_number_s_2026), which takes no lock
-- that concurrent intakes would queue on. Neither is backed up: both are
-- set again from the records' numbers (syncNumbers).
CREATE TABLE record_numbers (
    kind TEXT NOT NULL,
    year INTEGER NOT NULL,
    last INTEGER NOT NULL,
    PRIMARY KEY (kind, year)
);
