package io.lien.server.messages;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.H2)
public interface OutgoingMessageRepository extends CrudRepository<OutgoingMessage, String> {

    Optional<OutgoingMessage> findByDedupeKey(String dedupeKey);

    List<OutgoingMessage> findTop50BySentAtIsNullAndSendAfterLessThanEqualsAndAttemptsLessThanOrderBySendAfterAsc(long now, int attempts);

    List<OutgoingMessage> findByClientIdOrderByCreatedAtDesc(String clientId);

    /** Sent, once: 1 for the sender that marked it. */
    @Query("UPDATE outgoing_message SET sent_at = :now WHERE id = :id AND sent_at IS NULL")
    int sent(String id, long now);

    @Query("UPDATE outgoing_message SET attempts = attempts + 1, last_error = :error, send_after = :retryAt WHERE id = :id AND sent_at IS NULL")
    int failed(String id, @Nullable String error, long retryAt);

    void deleteByClientId(String clientId);
}
