package io.lien.server.insights.infrastructure;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.H2)
public interface VisitRelationshipRepository extends CrudRepository<VisitRelationshipRow, Long> {

    boolean existsByVisitId(long visitId);

    /**
     * The kinds written for the latest visits of some stores' period (at most {@code visits} of them):
     * examples of each kind for a manager to read what it means, in one bounded read whatever the
     * database's plan (one query per kind, walked by code, was planned as a scan of every such row).
     */
    @Query(value = "SELECT r.* FROM visit_relationship r WHERE r.visit_id IN (SELECT v.id FROM visit v WHERE v.store_id IN (:stores) "
            + "AND v.started_at >= :from AND v.started_at < :to ORDER BY v.started_at DESC LIMIT :visits) ORDER BY r.visit_id DESC",
            nativeQuery = true)
    List<VisitRelationshipRow> latest(List<String> stores, long from, long to, int visits);
}
