package io.lien.server.visits;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;

/**
 * How many shoppers took a product in hand, carried it, tried it and bought it (from any channel,
 * within the store's window after the handling). A shopper is a visit, or a lone anonymous handling.
 */
@Introspected
@Serdeable
public record ProductFunnel(String productId, long touched, long carried, long tried, long bought) {
}
