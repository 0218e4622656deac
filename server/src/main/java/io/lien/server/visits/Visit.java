package io.lien.server.visits;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A shopper's time in a store; the id is the signal that opened it, the client only with consent.
 * {@code consented} stays what it was when the visit began, even once an erased client is unlinked.
 */
@MappedEntity(value = "visit", escape = false)
public record Visit(@Id Long id, String storeId, @Nullable String clientId, long startedAt, long lastSeenAt,
                    @Nullable Long endedAt, boolean consented) {
}
