package io.lien.server.visits;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.H2)
public interface VisitTypologyRepository extends CrudRepository<VisitTypologyRow, Long> {

    boolean existsByVisitId(long visitId);

    /** Visits ended since {@code since} that have no kind written (a stop between their end and the writing). */
    @Query(value = "SELECT v.id FROM visit v WHERE v.ended_at IS NOT NULL AND v.ended_at >= :since "
            + "AND NOT EXISTS (SELECT 1 FROM visit_typology t WHERE t.visit_id = v.id)", nativeQuery = true)
    List<Long> endedWithoutKinds(long since);

    /**
     * A few recent examples of a kind in a store's period, for a manager to read what it means: the
     * latest visits first by id (ids grow as signals arrive), so the index on (code, visit) is walked
     * backwards and stops at the first few that match.
     */
    @Query(value = "SELECT t.* FROM visit_typology t WHERE t.code = :code AND EXISTS (SELECT 1 FROM visit v WHERE v.id = t.visit_id "
            + "AND v.store_id IN (:stores) AND v.started_at >= :from AND v.started_at < :to) ORDER BY t.code DESC, t.visit_id DESC LIMIT :limit",
            nativeQuery = true)
    List<VisitTypologyRow> examples(String code, List<String> stores, long from, long to, int limit);
}
