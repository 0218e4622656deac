package io.lien.server.stock;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** How many units of a variant a location has, and how many of them are held aside. */
@MappedEntity(value = "stock_level", escape = false)
public record StockLevel(@Id String id, String locationId, String variantId, int onHand, int held, long updatedAt) {

    /** The location that sells online. */
    public static final String WEB = "web";

    public static String idOf(String locationId, String variantId) {
        return locationId + "|" + variantId;
    }

    public int available() {
        return onHand - held;
    }
}
