package io.lien.server.imports.model;

import java.util.Map;

/**
 * One row of a catalogue: a product (the same on each of its rows) in one size and colour.
 *
 * @param names     the product's names by language tag, each with its article ("the navy trench coat")
 * @param priceCents the product's price, in cents
 * @param sizeOrder where the size comes among the product's ({@code -1}: in the order the rows came)
 */
public record ImportedVariant(String productId, String category, String collection, int priceCents, String imageUrl,
                              Map<String, String> names, String size, int sizeOrder, String colour, String sku) {

    public ImportedVariant {
        names = Map.copyOf(names);
    }

    /** The variant's id in Lien: "p-trench-navy/38", or "p-trench-navy/38/navy" with a colour. */
    public String variantId() {
        return productId + "/" + size + (colour == null ? "" : "/" + colour);
    }

    /** Whether two rows say the same about their product (rows of one product must agree). */
    public boolean sameProduct(ImportedVariant other) {
        return category.equals(other.category) && java.util.Objects.equals(collection, other.collection)
                && priceCents == other.priceCents && java.util.Objects.equals(imageUrl, other.imageUrl) && names.equals(other.names);
    }
}
