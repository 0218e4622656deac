package io.lien.server.followups;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;

/** A reminder an advisor set about a client, for a day; {@code requestId} makes a tablet's retry create it once. */
@MappedEntity(value = "follow_up", escape = false)
public record FollowUp(@Id @GeneratedValue @Nullable Long id, String clientId, String storeId, String advisor, LocalDate dueOn,
                       String text, long createdAt, @Nullable Long doneAt, @Nullable String requestId) {
}
