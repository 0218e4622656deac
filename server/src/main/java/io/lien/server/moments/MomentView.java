package io.lien.server.moments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A moment as tablets receive it (JSON, SSE data). Carries no install id, ever. */
@Serdeable
public record MomentView(long id, String storeId, long ts, String kind, String text, String textFr,
                         @Nullable String clientId, @Nullable String clientName, @Nullable String approachability,
                         @Nullable String zoneId, @Nullable String hangerId, @Nullable String productId) {
}
