package io.lien.server.orders;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A piece of an order, at the catalogue's price when ordered, and the stock hold that keeps it. */
@MappedEntity(value = "shopper_order_line", escape = false)
public record OrderLine(@Id @GeneratedValue @Nullable Long id, String orderId, String variantId, int quantity, int priceCents,
                        @Nullable String holdId) {
}
