package io.lien.server.signals;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** An accepted uplink event, stored once per (gateway, seq). */
@MappedEntity(value = "signal", escape = false)
public record Signal(@Id @GeneratedValue @Nullable Long id, String storeId, String gatewayId, long seq, long ts,
                     long receivedAt, String type, String deviceId, String payload) {
}
