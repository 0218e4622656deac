-- Issue 18 §3: Shopify's refunds name the order by its numeric id and the line by its line item id;
-- Lien records Shopify orders by their name (#1001) and lines by position, as the CSV export does.
-- This table is the bridge, written when the order arrives.
CREATE TABLE shopify_line_item (
    line_item_id  BIGINT       PRIMARY KEY,
    order_id      BIGINT       NOT NULL,
    order_name    VARCHAR(64)  NOT NULL,
    position      INTEGER      NOT NULL
);
CREATE INDEX shopify_line_item_by_order ON shopify_line_item (order_id);
