-- Retention rewrites or deletes a shopper's presence signals by their install id (device_id).
CREATE INDEX signal_by_device ON signal (device_id);
