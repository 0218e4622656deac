-- Issue 18 §5: a shopper signs in to their own space with a link sent by e-mail: single use, 15
-- minutes. Only a hash of the link's secret is kept. Erased with the client.
CREATE TABLE shopper_sign_in_link (
    token_hash  VARCHAR(64)  PRIMARY KEY,
    client_id   VARCHAR(32)  NOT NULL REFERENCES client (id),
    created_at  BIGINT       NOT NULL,
    expires_at  BIGINT       NOT NULL,
    used_at     BIGINT
);
CREATE INDEX shopper_sign_in_link_by_client ON shopper_sign_in_link (client_id, created_at);
