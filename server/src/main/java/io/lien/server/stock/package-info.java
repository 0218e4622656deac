/**
 * Stock per product variant (size, colour) per location — each store, and the web warehouse —
 * with units held aside (a cart while paying, a reservation to try, an order being prepared):
 * available = on hand − held. {@code application.StockLedger} is the only writer: a hold takes a
 * unit with one conditional update, so concurrent checkouts of the last unit make exactly one
 * winner on H2 and PostgreSQL alike; every change is a {@code StockMovement} (who, why).
 */
package io.lien.server.stock;
