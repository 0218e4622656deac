package io.lien.server.stock;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** One change of a count: by how much, why (hold, release, expire, sale, correction, import, order) and who. */
@MappedEntity(value = "stock_movement", escape = false)
public record StockMovement(@Id @GeneratedValue @Nullable Long id, long ts, String locationId, String variantId, int onHandBy,
                            int heldBy, String why, String actor, @Nullable String reference) {
}
