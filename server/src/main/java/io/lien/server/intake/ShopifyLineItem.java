package io.lien.server.intake;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A Shopify line item as Lien recorded it: its order's name and its place in the order (its refunds name it by id). */
@MappedEntity(value = "shopify_line_item", escape = false)
public record ShopifyLineItem(@Id Long lineItemId, long orderId, String orderName, int position) {
}
