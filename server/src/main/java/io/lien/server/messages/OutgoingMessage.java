package io.lien.server.messages;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A message for a client, waiting to go or gone: its words already in the client's language, when
 * it may go ({@code sendAfter}: the end of their quiet hours), and how the tries went. {@code dedupeKey}
 * makes it once: the same news queued twice is one message.
 */
@MappedEntity(value = "outgoing_message", escape = false)
public record OutgoingMessage(@Id String id, String dedupeKey, String clientId, String kind, String channel, String address, String subject,
                              String body, long createdAt, long sendAfter, @Nullable Long sentAt, int attempts,
                              @Nullable String lastError) {
}
