/**
 * What a shopper orders from an advisor's selection, on any device: to try on in a store (no
 * payment, held until a date the store sets), and next to collect or to be delivered. An order's
 * units are held through the stock ledger; placing it twice (a double tap, a retry, the back
 * button) makes one order; prices come from the catalogue, never from the page.
 */
package io.lien.server.orders;
