package io.lien.server.signals;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** An uplink message the server could not accept, kept with the reason. */
@MappedEntity(value = "dead_letter", escape = false)
public record DeadLetter(@Id @GeneratedValue @Nullable Long id, long receivedAt, String topic, String reason,
                         String detail, String payload) {
}
