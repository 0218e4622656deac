package io.lien.server.selections;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.Arrays;
import java.util.List;

/**
 * A selection an advisor curated for a client. Its id is the link's secret (128 random bits): whoever
 * has the link sees the pieces and the advisor's word, and nothing else about the client.
 * {@code requestId} makes a tablet's retry (offline queue) create it once.
 */
@MappedEntity(value = "selection", escape = false)
public record Selection(@Id String id, String clientId, String storeId, String advisor, String productIds,
                        @Nullable String message, String channel, long createdAt, long sendAfter, @Nullable Long sentAt,
                        @Nullable Long openedAt, @Nullable String requestId) {

    public static final int MAX_PRODUCTS = 12;

    public List<String> products() {
        return Arrays.asList(productIds.split(","));
    }
}
