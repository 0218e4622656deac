-- Issue 22: each gateway signs its uplink messages (HMAC-SHA256, protocol's UplinkSignature) with a key
-- derived one way from its broker secret, so the server can refuse a message no gateway of Lien sent even
-- when an external broker lets it through. The key signs messages; it does not sign in to the broker.
-- Credentials issued before this change have none: their messages are refused over an external broker
-- until the credentials are rotated (docs/operations.md).
ALTER TABLE gateway_credential ADD COLUMN signing_key VARCHAR(64);
