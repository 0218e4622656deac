package io.lien.server.imports.model;

/**
 * An order line (or return) as read from an import file. {@code ref} identifies it in its source
 * for ever (re-importing finds it); the client is named by id (Lien format) or e-mail (Shopify).
 */
public record ImportedOrderLine(String ref, String clientId, String clientEmail, long ts, String channel, String kind,
                                String productId, String size, Integer amountCents, String summary, String storeId) {
}
