package io.lien.server.visits;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A garment taken in hand, the stages it reached, and whose hands when the evidence says so.
 * {@code zoneId} is where it was lifted from (the hanger may move later); {@code boughtAt} is set only when the credited client is erased (their orders go with them).
 */
@MappedEntity(value = "handling", escape = false)
public record Handling(@Id Long id, String storeId, String hangerId, String productId, String size, long startedAt,
                       @Nullable Long visitId, @Nullable String clientId, String attribution, double confidence,
                       @Nullable Long carriedAt, @Nullable Long triedAt, @Nullable String triedZone,
                       @Nullable Long endedAt, @Nullable Long boughtAt, @Nullable String zoneId) {
}
