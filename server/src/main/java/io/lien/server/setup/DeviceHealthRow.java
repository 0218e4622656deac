package io.lien.server.setup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** When the server first and last heard from a device, and its last battery reading. */
@MappedEntity(value = "device_health", escape = false)
public record DeviceHealthRow(@Id String deviceId, String storeId, long firstSeen, long lastHeard, @Nullable Integer battery) {
}
