package io.lien.server.registry;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A connected fixture (a smart mirror, a rack screen), where it stands, and when it was retired if it was. */
@MappedEntity(value = "fixture", escape = false)
public record Fixture(@Id String id, String storeId, String zoneId, String kind, @Nullable Double xM, @Nullable Double yM,
                      @Nullable Long retiredAt) {

    public Fixture(String id, String storeId, String zoneId, String kind) {
        this(id, storeId, zoneId, kind, null, null, null);
    }
}
