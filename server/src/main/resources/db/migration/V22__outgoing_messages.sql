-- Issue 18 §4: messages to clients about their orders (confirmation, ready to collect, reminder),
-- worded in their language when queued, sent after their quiet hours, retried when the mail or
-- messaging server is down, once per key. Erased with the client.
CREATE TABLE outgoing_message (
    id          VARCHAR(36)   PRIMARY KEY,
    dedupe_key  VARCHAR(120)  NOT NULL UNIQUE,
    client_id   VARCHAR(32)   NOT NULL REFERENCES client (id),
    kind        VARCHAR(24)   NOT NULL,
    channel     VARCHAR(12)   NOT NULL,
    address     VARCHAR(320)  NOT NULL,
    subject     VARCHAR(200)  NOT NULL,
    body        VARCHAR(4000) NOT NULL,
    created_at  BIGINT        NOT NULL,
    send_after  BIGINT        NOT NULL,
    sent_at     BIGINT,
    attempts    INTEGER       NOT NULL DEFAULT 0,
    last_error  VARCHAR(400)
);
CREATE INDEX outgoing_message_due ON outgoing_message (sent_at, send_after);
CREATE INDEX outgoing_message_by_client ON outgoing_message (client_id);
