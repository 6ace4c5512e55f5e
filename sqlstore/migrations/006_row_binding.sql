-- Record bindings (see sqlstore/bind.go): each row of a record carries a
-- MAC over its unsealed columns, keyed from the record's data key, checked
-- on every read. Existing rows are bound by the Go step 009 of
-- migrate.go, which has the keys.
ALTER TABLE signals ADD COLUMN row_mac TEXT NOT NULL DEFAULT '';
ALTER TABLE persons ADD COLUMN row_mac TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN row_mac TEXT NOT NULL DEFAULT '';
ALTER TABLE referrals ADD COLUMN row_mac TEXT NOT NULL DEFAULT '';
ALTER TABLE feedback ADD COLUMN row_mac TEXT NOT NULL DEFAULT '';
