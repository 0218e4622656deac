package io.lien.server.visits;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.H2)
public interface VisitZoneRepository extends CrudRepository<VisitZone, Long> {

    @Query("UPDATE visit_zone SET left_at = :ts WHERE id = :id AND left_at IS NULL")
    void leave(long id, long ts);

    List<VisitZone> findByVisitIdOrderByEnteredAtAsc(long visitId);

    List<VisitZone> findByVisitIdInOrderByEnteredAtAsc(List<Long> visitIds);

    /** The zones a visit went through, oldest first, without the stays the gateway undid ({@link VisitZone#counts}). */
    default List<VisitZone> staysOf(long visitId) {
        return findByVisitIdOrderByEnteredAtAsc(visitId).stream().filter(VisitZone::counts).toList();
    }

    /** The same for several visits. */
    default List<VisitZone> staysOf(List<Long> visitIds) {
        return findByVisitIdInOrderByEnteredAtAsc(visitIds).stream().filter(VisitZone::counts).toList();
    }
}
