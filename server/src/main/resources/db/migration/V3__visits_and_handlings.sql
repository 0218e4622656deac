-- Visits and garment handlings (the touched → carried → tried → bought funnel).

-- What happens in a zone: a garment seen in a fitting room is being tried.
ALTER TABLE zone ADD COLUMN kind VARCHAR(16) DEFAULT 'floor' NOT NULL;
UPDATE zone SET kind = 'fitting-room' WHERE parent_id = 'fitting-rooms';

-- A shopper's time in a store, from arrival to the last leave before an absence. The id is the id
-- of the signal that opened it (so a replay of signals finds the same visit). client_id only with
-- presence consent; an anonymous visit holds no identifier at all.
CREATE TABLE visit (
    id            BIGINT       PRIMARY KEY,
    store_id      VARCHAR(32)  NOT NULL REFERENCES store (id),
    client_id     VARCHAR(32)  REFERENCES client (id),
    started_at    BIGINT       NOT NULL,
    last_seen_at  BIGINT       NOT NULL,
    ended_at      BIGINT
);
CREATE INDEX visit_by_store ON visit (store_id, started_at);
CREATE INDEX visit_by_client ON visit (client_id, started_at);

-- Each zone a visit went through, with its dwell; id = the signal of the entry.
CREATE TABLE visit_zone (
    id          BIGINT       PRIMARY KEY,
    visit_id    BIGINT       NOT NULL REFERENCES visit (id),
    zone_id     VARCHAR(32)  NOT NULL,
    entered_at  BIGINT       NOT NULL,
    left_at     BIGINT
);
CREATE INDEX visit_zone_by_visit ON visit_zone (visit_id);

-- A garment taken in hand, from lift to put-back; id = the signal that began it. Credited to a
-- visit (and its client) only when the evidence supports it, with the rule and its confidence.
CREATE TABLE handling (
    id           BIGINT           PRIMARY KEY,
    store_id     VARCHAR(32)      NOT NULL REFERENCES store (id),
    hanger_id    VARCHAR(32)      NOT NULL,
    product_id   VARCHAR(32)      NOT NULL,
    size         VARCHAR(16)      NOT NULL,
    started_at   BIGINT           NOT NULL,
    visit_id     BIGINT           REFERENCES visit (id),
    client_id    VARCHAR(32)      REFERENCES client (id),
    attribution  VARCHAR(24)      NOT NULL,
    confidence   DOUBLE PRECISION NOT NULL,
    carried_at   BIGINT,
    tried_at     BIGINT,
    tried_zone   VARCHAR(32),
    ended_at     BIGINT
);
CREATE INDEX handling_by_store ON handling (store_id, started_at);
CREATE INDEX handling_by_visit ON handling (visit_id);
CREATE INDEX handling_by_client ON handling (client_id, product_id);
