package io.lien.server.registry;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** Rows of names by language, for products and zones alike. */
final class NameRow {

    private NameRow() {
    }

    @MappedEntity(value = "product_name", escape = false)
    record ProductName(@Id @GeneratedValue @Nullable Long id, String productId, String language, String name) {
    }

    @MappedEntity(value = "zone_name", escape = false)
    record ZoneName(@Id @GeneratedValue @Nullable Long id, String zoneId, String language, String name) {
    }
}
