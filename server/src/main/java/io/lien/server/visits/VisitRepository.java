package io.lien.server.visits;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.H2)
public interface VisitRepository extends CrudRepository<Visit, Long> {

    @Query("UPDATE visit SET last_seen_at = :ts WHERE id = :id AND last_seen_at < :ts")
    void seen(long id, long ts);

    /** Idempotent: a visit ends once. */
    @Query("UPDATE visit SET ended_at = :ts WHERE id = :id AND ended_at IS NULL")
    void end(long id, long ts);

    List<Visit> findByStoreIdAndStartedAtBetweenOrderByStartedAtAsc(String storeId, long from, long to);

    List<Visit> findByClientIdOrderByStartedAtDesc(String clientId);

    Optional<Visit> findFirstByClientIdAndEndedAtIsNullOrderByStartedAtDesc(String clientId);

    @Query("UPDATE visit SET client_id = NULL WHERE client_id = :clientId")
    void forgetClient(String clientId);
}
