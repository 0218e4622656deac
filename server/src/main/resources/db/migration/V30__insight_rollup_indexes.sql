-- Issue 20: what recomputing one store hour reads, by index: credits and orders from a selection by
-- their time.
CREATE INDEX order_credit_by_time ON order_credit (ordered_at);
CREATE INDEX shopper_order_by_time ON shopper_order (created_at);
