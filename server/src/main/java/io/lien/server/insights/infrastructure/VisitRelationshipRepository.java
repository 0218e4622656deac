package io.lien.server.insights.infrastructure;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.H2)
public interface VisitRelationshipRepository extends CrudRepository<VisitRelationshipRow, Long> {

    boolean existsByVisitId(long visitId);

    /** A few recent examples of a kind in a store's period (the latest visits first, walking the index on (code, visit) backwards). */
    @Query(value = "SELECT r.* FROM visit_relationship r WHERE r.code = :code AND EXISTS (SELECT 1 FROM visit v WHERE v.id = r.visit_id "
            + "AND v.store_id IN (:stores) AND v.started_at >= :from AND v.started_at < :to) ORDER BY r.code DESC, r.visit_id DESC LIMIT :limit",
            nativeQuery = true)
    List<VisitRelationshipRow> examples(String code, List<String> stores, long from, long to, int limit);
}
