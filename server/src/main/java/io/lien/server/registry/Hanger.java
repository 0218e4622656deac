package io.lien.server.registry;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A connected hanger and the garment (product, size, colour) it carries now, on a rack in a zone;
 * {@code retiredAt} when it was taken out of service (its past handlings keep their meaning).
 */
@MappedEntity(value = "hanger", escape = false)
public record Hanger(@Id String id, String storeId, String productId, String size, String colour, String zoneId,
                     @Nullable Long retiredAt) {

    public Hanger(String id, String storeId, String productId, String size, String colour, String zoneId) {
        this(id, storeId, productId, size, colour, zoneId, null);
    }
}
