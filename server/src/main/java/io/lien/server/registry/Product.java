package io.lien.server.registry;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A garment or accessory; names carry their article ("the navy trench coat", "le trench bleu marine") so texts read naturally. */
@MappedEntity(value = "product", escape = false)
public record Product(@Id String id, String nameEn, String nameFr, String category, @Nullable String collection, int priceCents) {
}
