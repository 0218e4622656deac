package io.lien.server.visits;

import io.micronaut.core.annotation.Introspected;

/** Where and when a visit or a handling began: enough to name the hour its rollups live in. */
@Introspected
public record VisitStart(String storeId, long startedAt) {
}
