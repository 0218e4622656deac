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
     * The kinds written for the latest visits of some stores' period (at most {@code visits} of them):
     * examples of each kind for a manager to read what it means, in one bounded read whatever the
     * database's plan (one query per kind, walked by code, was planned as a scan of every such row).
     */
    @Query(value = "SELECT t.* FROM visit_typology t WHERE t.visit_id IN (SELECT v.id FROM visit v WHERE v.store_id IN (:stores) "
            + "AND v.started_at >= :from AND v.started_at < :to ORDER BY v.started_at DESC LIMIT :visits) ORDER BY t.visit_id DESC",
            nativeQuery = true)
    List<VisitTypologyRow> latest(List<String> stores, long from, long to, int visits);
}
