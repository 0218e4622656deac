package io.lien.server.shoppers;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A garment a shopper kept for later from a store's mirror (by its QR code), in their own space. */
@MappedEntity(value = "saved_piece", escape = false)
public record SavedPiece(@Id @GeneratedValue @Nullable Long id, String clientId, String productId, @Nullable String size,
                         @Nullable String storeId, long savedAt) {
}
