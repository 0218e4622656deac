package io.lien.server.orders;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * An order a shopper placed: {@code kind} try-on, collect or deliver; {@code status} paying (its
 * cart held while they pay), held (to put aside), ready, collected, paid (to deliver), released,
 * abandoned, failed or cancelled. {@code payment} names the provider ({@code in-store},
 * {@code test-cards}…) and {@code paymentRef} is that provider's reference; no card is kept.
 */
@MappedEntity(value = "shopper_order", escape = false)
public record ShopperOrder(@Id String id, String clientId, String storeId, @Nullable String selectionId, String kind, String status,
                           long createdAt, @Nullable Long heldUntil, @Nullable String requestId, @Nullable String payment,
                           @Nullable String paymentRef, @Nullable Long totalCents, @Nullable String delivery, @Nullable String address) {

    /** A reservation to try on: nothing to pay. */
    public static ShopperOrder toTryOn(String id, String clientId, String storeId, String selectionId, long now, long until,
                                       String requestId) {
        return new ShopperOrder(id, clientId, storeId, selectionId, "try-on", "held", now, until, requestId, null, null, null, null, null);
    }

    /** A cart the shopper is paying for: collect ({@code storeId} a store) or deliver ({@code storeId} "web"). */
    public static ShopperOrder paying(String id, String kind, String clientId, String storeId, String selectionId, long now, long until,
                                      String requestId, long totalCents) {
        return new ShopperOrder(id, clientId, storeId, selectionId, kind, "paying", now, until, requestId, null, null, totalCents, null,
                null);
    }
}
