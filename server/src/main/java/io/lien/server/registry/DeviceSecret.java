package io.lien.server.registry;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** The salted hash of a device's MQTT secret, who issued it and when. */
@MappedEntity(value = "device_credential", escape = false)
public record DeviceSecret(@Id String deviceId, String storeId, String secretHash, long issuedAt, String issuedBy) {
}
