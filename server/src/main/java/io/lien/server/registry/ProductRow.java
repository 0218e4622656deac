package io.lien.server.registry;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A catalogue row; its names are rows of {@code product_name}, one per language. */
@MappedEntity(value = "product", escape = false)
record ProductRow(@Id String id, String category, @Nullable String collection, int priceCents, @Nullable String imageUrl,
                  @Nullable Long retiredAt) {
}
