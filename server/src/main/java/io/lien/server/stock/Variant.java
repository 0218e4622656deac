package io.lien.server.stock;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A product in one size (and colour): what a shopper buys and a shelf holds. */
@MappedEntity(value = "product_variant", escape = false)
public record Variant(@Id String id, String productId, String size, int sizeOrder, @Nullable String colour, @Nullable String sku) {

    /** "p-trench-navy/38", or "p-trench-navy/38/navy" when the product comes in colours. */
    public static String idOf(String productId, String size, @Nullable String colour) {
        return productId + "/" + size + (colour == null ? "" : "/" + colour);
    }
}
