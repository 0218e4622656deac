-- Like V4: client history lines and consent changes are written in bulk by imports; with H2's
-- default of 32 ids per block, every 32 rows wrote the whole store to the file (WRITE_DELAY=0).
ALTER TABLE client_event ALTER COLUMN id SET CACHE 10000;
ALTER TABLE consent_change ALTER COLUMN id SET CACHE 10000;
