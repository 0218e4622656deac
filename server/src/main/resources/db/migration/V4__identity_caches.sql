-- Signal and moment ids are handed out in blocks of 1,000 instead of 32. On H2 every block is
-- written to the file at once (a whole store commit, as WRITE_DELAY is 0): with 32, an ingest of
-- a few thousand events/s spent more time flushing its id sequences than committing its rows
-- (docs/benchmarks.md, P1). A restart skips what is left of a block: ids stay unique and
-- increasing, with gaps, which nothing relies on.
ALTER TABLE signal ALTER COLUMN id SET CACHE 1000;
ALTER TABLE moment ALTER COLUMN id SET CACHE 1000;
