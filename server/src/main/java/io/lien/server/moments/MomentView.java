package io.lien.server.moments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A moment as tablets receive it (JSON, SSE data), its {@code text} in the reader's language
 * ({@code Accept-Language}; English when none is spoken). Carries no install id, ever. A claim
 * ({@code kind} CLAIM) {@code refersTo} the moment an {@code advisor} (username; {@code advisorName}
 * as colleagues read it) took.
 */
@Serdeable
public record MomentView(long id, String storeId, long ts, String kind, String text,
                         @Nullable String clientId, @Nullable String clientName, @Nullable String approachability,
                         @Nullable String zoneId, @Nullable String hangerId, @Nullable String productId,
                         @Nullable Long refersTo, @Nullable String advisor, @Nullable String advisorName) {
}
