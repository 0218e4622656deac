package io.lien.server.registry;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A zone beacon; {@code xM}, {@code yM}: where it hangs on the store plan in metres, when known. */
@MappedEntity(value = "beacon", escape = false)
public record Beacon(@Id String id, String storeId, String zoneId, @Nullable Double xM, @Nullable Double yM,
                     @Nullable Long retiredAt) {

    public Beacon(String id, String storeId, String zoneId, @Nullable Double xM, @Nullable Double yM) {
        this(id, storeId, zoneId, xM, yM, null);
    }

    public Beacon(String id, String storeId, String zoneId) {
        this(id, storeId, zoneId, null, null, null);
    }
}
