package io.lien.server.setup;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A store plan's picture (base64 in {@code data}), its size in pixels, and its width in metres on the plan. */
@MappedEntity(value = "store_plan_image", escape = false)
public record PlanImageRow(@Id String storeId, String mediaType, int widthPx, int heightPx, double widthM, String data, long updatedAt) {
}
