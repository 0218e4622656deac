package io.lien.server.registry;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("beacon")
public record Beacon(@Id String id, String storeId, String zoneId) {
}
