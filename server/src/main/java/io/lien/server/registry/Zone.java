package io.lien.server.registry;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** An area of a store; a fitting room is a zone inside the fitting-rooms zone ({@code parentId}). */
@MappedEntity(value = "zone", escape = false)
public record Zone(@Id String id, String storeId, String nameEn, String nameFr, @Nullable String parentId) {
}
