package io.lien.server.setup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** When the server first and last heard from a device, its last battery reading, and since when its gateway says it is silent. */
@MappedEntity(value = "device_health", escape = false)
public record DeviceHealthRow(@Id String deviceId, String storeId, @Nullable Long firstSeen, @Nullable Long lastHeard,
                              @Nullable Integer battery, @Nullable Long silentSince) {
}
