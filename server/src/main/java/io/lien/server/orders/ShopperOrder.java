package io.lien.server.orders;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** An order a shopper placed: {@code kind} try-on, collect or deliver; {@code status} held, ready, collected, released, cancelled. */
@MappedEntity(value = "shopper_order", escape = false)
public record ShopperOrder(@Id String id, String clientId, String storeId, @Nullable String selectionId, String kind, String status,
                           long createdAt, @Nullable Long heldUntil, @Nullable String requestId) {
}
