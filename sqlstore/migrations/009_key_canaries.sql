-- Key canaries (issue 10): a small value under each key this database
-- depends on, so that a key file that does not belong to it is refused at
-- start instead of failing every read and sealing new data under keys the
-- right file cannot open. kind is 'encryption' (a random value sealed
-- under that key-encryption key), 'index' (the index key's PRF of a fixed
-- input) or 'signer' (the audit signer's public verifier key; key_id 0).
CREATE TABLE key_canaries (
    kind       TEXT NOT NULL,
    key_id     BIGINT NOT NULL,
    value      TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (kind, key_id)
);
