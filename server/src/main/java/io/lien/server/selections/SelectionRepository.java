package io.lien.server.selections;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.H2)
public interface SelectionRepository extends CrudRepository<Selection, String> {

    List<Selection> findByClientIdOrderByCreatedAtDesc(String clientId);

    Optional<Selection> findByRequestId(String requestId);

    /** What is due to go out: not sent, its quiet hours over. */
    List<Selection> findBySentAtIsNullAndSendAfterLessThanEqualsOrderBySendAfterAsc(long now);

    void updateSentAt(@Id String id, Long sentAt);

    /** Consent withdrawn before it went: kept, marked as never sent. */
    @Query("UPDATE selection SET channel = 'withheld', sent_at = :at WHERE id = :id")
    void withhold(String id, long at);

    /** The first opening only: a link opened again does not move it. @return 1 the first time */
    @Query("UPDATE selection SET opened_at = :at WHERE id = :id AND opened_at IS NULL")
    int markOpened(String id, long at);

    void deleteByClientId(String clientId);
}
