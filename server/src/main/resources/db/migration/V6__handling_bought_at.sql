-- When the client credited with a handling bought that product (within the funnel's window),
-- written down when the client is erased: the funnel's "bought" then no longer needs to know who
-- they were, and anonymous aggregates stay what they were.
ALTER TABLE handling ADD COLUMN bought_at BIGINT;
