package io.lien.server.registry;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A zone reader (fitting room, mirror, rack, till), where it stands on the plan, and when it was retired if it was. */
@MappedEntity(value = "reader", escape = false)
public record Reader(@Id String id, String storeId, String zoneId, @Nullable Double xM, @Nullable Double yM,
                     @Nullable Long retiredAt) {

    public Reader(String id, String storeId, String zoneId) {
        this(id, storeId, zoneId, null, null, null);
    }
}
