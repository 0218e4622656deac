-- Issue 18: orders to collect in store or to be delivered, paid through a provider. Lien keeps the
-- provider's name and its reference for the payment, never a card; the total is the server's own
-- sum of catalogue prices and the delivery option's price. The delivery address is the shopper's,
-- kept with the order and erased with the client.
ALTER TABLE shopper_order ADD COLUMN payment VARCHAR(24);
ALTER TABLE shopper_order ADD COLUMN payment_ref VARCHAR(80);
ALTER TABLE shopper_order ADD COLUMN total_cents BIGINT;
ALTER TABLE shopper_order ADD COLUMN delivery VARCHAR(16);
ALTER TABLE shopper_order ADD COLUMN address VARCHAR(600);
CREATE INDEX shopper_order_by_status ON shopper_order (status, held_until);
