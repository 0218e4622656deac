-- Issue 22: store gateways sign in to the central broker with credentials of their own, issued by the
-- server (shown once), rotatable and revocable. Kept only as hashes: the embedded broker checks
-- secret_hash; an external Mosquitto gets broker_hash in its password file (lien broker-config).
CREATE TABLE gateway_credential (
    name         VARCHAR(65)   PRIMARY KEY,   -- gatewayId@storeId: its MQTT user name and client id
    store_id     VARCHAR(32)   NOT NULL REFERENCES store (id),
    gateway_id   VARCHAR(32)   NOT NULL,
    secret_hash  VARCHAR(100)  NOT NULL,      -- s1:<salt>:<sha-256>
    broker_hash  VARCHAR(200)  NOT NULL,      -- $7$<iterations>$<salt>$<pbkdf2-sha512> (Mosquitto 2)
    issued_at    BIGINT        NOT NULL,
    issued_by    VARCHAR(40)   NOT NULL,
    revoked_at   BIGINT
);
CREATE INDEX gateway_credential_by_store ON gateway_credential (store_id);
