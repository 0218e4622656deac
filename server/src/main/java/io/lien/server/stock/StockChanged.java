package io.lien.server.stock;

/**
 * The units of a variant at a location changed (a hold, its end, a sale, a count): published by the
 * ledger inside its transaction, heard after the commit by whoever shows availability.
 */
public record StockChanged(String locationId, String variantId) {
}
