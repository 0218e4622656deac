package io.lien.server.registry;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A zone row; its names are rows of {@code zone_name}, one per language; its shape a polygon on the plan. */
@MappedEntity(value = "zone", escape = false)
record ZoneRow(@Id String id, String storeId, @Nullable String parentId, String kind, @Nullable String shape,
               @Nullable Long retiredAt) {
}
