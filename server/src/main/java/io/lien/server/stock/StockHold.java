package io.lien.server.stock;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** Units set aside until sold, released or expired ({@code endedHow}); {@code expiresAt} null for no deadline. */
@MappedEntity(value = "stock_hold", escape = false)
public record StockHold(@Id String id, String locationId, String variantId, int quantity, String purpose,
                        @Nullable String reference, long createdAt, @Nullable Long expiresAt, @Nullable Long endedAt,
                        @Nullable String endedHow) {

    public boolean open() {
        return endedAt == null;
    }
}
