package io.lien.server.registry;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A connected hanger and the garment (product, size, colour) it carries now, on a rack in a zone. */
@MappedEntity(value = "hanger", escape = false)
public record Hanger(@Id String id, String storeId, String productId, String size, String colour, String zoneId) {
}
