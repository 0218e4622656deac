-- Where an imported order line came from ("shopify:#1001:2", "lien:A-17"): importing the same
-- file again finds it and writes nothing. Empty for what Lien records itself.
ALTER TABLE client_event ADD COLUMN external_ref VARCHAR(80);
CREATE UNIQUE INDEX client_event_by_external_ref ON client_event (external_ref);
