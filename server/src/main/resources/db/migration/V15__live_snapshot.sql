-- Issue 4: the live state as it was at a moment, with the last signal applied to it. A restart
-- starts from it and replays only the signals stored after, instead of the last 16 hours. One row,
-- rewritten every half minute by the ingestion thread.
CREATE TABLE live_snapshot (
    id             INT     PRIMARY KEY,
    taken_at       BIGINT  NOT NULL,
    last_signal_id BIGINT  NOT NULL,
    state          TEXT    NOT NULL
);
