-- The AF's queue: urgent first, then oldest, within the municipalities
-- served. This index gives that order without a sort.
CREATE INDEX signals_queue_order ON signals (municipality, needs_decision DESC, acute DESC, received_at, id);

