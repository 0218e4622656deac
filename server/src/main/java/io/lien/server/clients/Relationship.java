package io.lien.server.clients;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * Someone a client is close to: {@code household}, {@code friend}, or {@code brought-by} (the
 * prescriber who brought them, credited with their first purchases). {@code relatedClientId} when
 * that person is a client too.
 */
@MappedEntity(value = "relationship", escape = false)
public record Relationship(@Id @GeneratedValue @Nullable Long id, String clientId, String kind,
                           @Nullable String relatedClientId, String relatedName, long since) {
}
