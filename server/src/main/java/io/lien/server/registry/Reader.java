package io.lien.server.registry;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity(value = "reader", escape = false)
public record Reader(@Id String id, String storeId, String zoneId) {
}
