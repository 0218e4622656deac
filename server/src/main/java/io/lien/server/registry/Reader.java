package io.lien.server.registry;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("reader")
public record Reader(@Id String id, String storeId, String zoneId) {
}
