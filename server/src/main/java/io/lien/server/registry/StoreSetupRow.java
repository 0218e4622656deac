package io.lien.server.registry;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A store's opening hours and floor plan (outline in metres, "x y, x y, …"). */
@MappedEntity(value = "store_setup", escape = false)
public record StoreSetupRow(@Id String storeId, @Nullable String openingHours, @Nullable Double widthM, @Nullable Double depthM,
                            @Nullable String outline, long updatedAt) {
}
