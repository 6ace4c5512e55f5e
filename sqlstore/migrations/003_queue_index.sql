-- The AF's queue: urgent first, then oldest, within the municipalities
-- served. This index gives that order without a sort.
CREATE INDEX signals_queue_order ON signals (municipality, needs_decision DESC, acute DESC, received_at, id);


-- A list row shows its case id: read it from the index alone.
CREATE INDEX cases_signal_id ON cases (signal_id, id);
