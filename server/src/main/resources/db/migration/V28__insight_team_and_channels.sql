-- Issue 20: the team's work and the sales that followed a store conversation, per store hour,
-- recomputed whole like the other rollups (decision 0026).

-- Per advisor, what they did in that hour: moments answered ("I'm on it") and how fast, shopper
-- calls answered, notes written, selections sent and opened and ordered from, sales credited to them
-- by the credit rules (docs/credit.md), follow-ups done.
CREATE TABLE insight_advisor_hour (
    store_id           VARCHAR(32)  NOT NULL,
    hour_start         BIGINT       NOT NULL,
    advisor            VARCHAR(64)  NOT NULL,
    claims             INTEGER      NOT NULL,
    claim_ms           BIGINT       NOT NULL,
    calls_answered     INTEGER      NOT NULL,
    notes              INTEGER      NOT NULL,
    selections_sent    INTEGER      NOT NULL,
    selections_opened  INTEGER      NOT NULL,
    selection_orders   INTEGER      NOT NULL,
    credited_orders    INTEGER      NOT NULL,
    credited_cents     BIGINT       NOT NULL,
    follow_ups_done    INTEGER      NOT NULL,
    CONSTRAINT insight_advisor_hour_key PRIMARY KEY (store_id, hour_start, advisor)
);

-- Shoppers' calls (help, another size, an advisor called from a fixture) made in that hour and those
-- nobody answered.
ALTER TABLE insight_store_hour ADD COLUMN calls INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE insight_store_hour ADD COLUMN calls_unanswered INTEGER DEFAULT 0 NOT NULL;

-- Orders of consenting clients placed in that hour on each channel after a visit to the store, by
-- how long after their last visit (0: the same day, 7: within a week, 30: within a month), and
-- whether that visit tried something on.
CREATE TABLE insight_channel_hour (
    store_id      VARCHAR(32)  NOT NULL,
    hour_start    BIGINT       NOT NULL,
    channel       VARCHAR(16)  NOT NULL,
    within_days   INTEGER      NOT NULL,
    after_try     BOOLEAN      NOT NULL,
    orders        INTEGER      NOT NULL,
    amount_cents  BIGINT       NOT NULL,
    CONSTRAINT insight_channel_hour_key PRIMARY KEY (store_id, hour_start, channel, within_days, after_try)
);

CREATE INDEX moment_by_kind_ts ON moment (store_id, kind, ts);
CREATE INDEX selection_by_sent ON selection (sent_at);
CREATE INDEX selection_by_opened ON selection (opened_at);
CREATE INDEX follow_up_by_done ON follow_up (done_at);
CREATE INDEX client_event_by_kind ON client_event (kind, ts);
