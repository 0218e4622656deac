package io.lien.server.community;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A like or a written word about a product, by a client; {@code tone} praise, critical or question. */
@MappedEntity(value = "product_feedback", escape = false)
public record ProductFeedback(@Id @GeneratedValue @Nullable Long id, String productId, String clientId, long ts, String kind,
                              @Nullable String tone, @Nullable String body, boolean signed) {
}
