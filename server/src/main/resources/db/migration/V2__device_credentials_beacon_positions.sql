-- Devices authenticate to their store's broker (decision 0008): the server keeps a salted hash of
-- each device's secret, never the secret; the gateway receives the hashes with the registry.
CREATE TABLE device_credential (
    device_id    VARCHAR(32)  PRIMARY KEY,
    store_id     VARCHAR(32)  NOT NULL REFERENCES store (id),
    secret_hash  VARCHAR(100) NOT NULL,
    issued_at    BIGINT       NOT NULL,
    issued_by    VARCHAR(40)  NOT NULL
);

-- Where each beacon hangs on the store plan, in metres (optional): lets the gateway estimate where
-- a shopper stands rather than only which beacon is loudest.
ALTER TABLE beacon ADD COLUMN x_m DOUBLE PRECISION;
ALTER TABLE beacon ADD COLUMN y_m DOUBLE PRECISION;
