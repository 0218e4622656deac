package io.lien.server.registry;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity(value = "fixture", escape = false)
public record Fixture(@Id String id, String storeId, String zoneId, String kind) {
}
