package io.lien.server.consent;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/**
 * One consent given or withdrawn. {@code kind} is a {@link io.lien.server.consent.model.ConsentKind}
 * code, {@code source} how it was said, {@code actor} "client" or the advisor who recorded it.
 */
@MappedEntity(value = "consent_change", escape = false)
public record ConsentChange(@Id @GeneratedValue @Nullable Long id, String clientId, String kind, boolean granted,
                            @MappedProperty("val") @Nullable String value, long ts, String source, String actor,
                            @Nullable String note) {
}
