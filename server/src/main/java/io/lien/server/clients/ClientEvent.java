package io.lien.server.clients;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * One thing in a client's cross-channel history: an order, a return, a visit, a note ({@code author}:
 * the advisor who wrote it). {@code externalRef}: the order line's id in the system it came from, or
 * a tablet's request id for a note (a retry writes it once).
 */
@MappedEntity(value = "client_event", escape = false)
public record ClientEvent(@Id @GeneratedValue @Nullable Long id, String clientId, long ts, Channel channel, Kind kind,
                          String summary, @Nullable String productId, @Nullable String size,
                          @Nullable Integer amountCents, @Nullable String storeId, @Nullable String author,
                          @Nullable String externalRef) {

    public enum Channel { STORE, WEB, APP, PHONE }

    public enum Kind { ORDER, RETURN, VISIT, NOTE, SELECTION }
}
