package io.lien.server.visits;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.H2)
public interface RollupDueRepository extends CrudRepository<RollupDue, Long> {

    /** The oldest marks first, a bounded number at a time. */
    @Query(value = "SELECT * FROM rollup_due ORDER BY id LIMIT :limit", nativeQuery = true)
    List<RollupDue> oldest(int limit);

    void deleteByIdIn(List<Long> ids);

    /**
     * When the client ordered within a window, with each store they visited in the 30 days before: a
     * new visit before those orders changes which visit each follows (the insights' purchases after a
     * visit), in every store involved.
     */
    @Query(value = "SELECT DISTINCT v.store_id AS store_id, e.ts AS started_at FROM client_event e JOIN visit v ON v.client_id = e.client_id "
            + "AND v.started_at <= e.ts AND v.started_at > e.ts - 2592000000 "
            + "WHERE e.client_id = :clientId AND e.kind = 'ORDER' AND e.ts >= :from AND e.ts < :to", nativeQuery = true)
    List<VisitStart> ordersAfter(String clientId, long from, long to);

    /** The store's hours in which the client's visits began (their figures change when they are erased). */
    @Query(value = "SELECT DISTINCT store_id, started_at FROM visit WHERE client_id = :clientId", nativeQuery = true)
    List<VisitStart> visitStartsOf(String clientId);

    /** The hours in which the client's credited handlings began. */
    @Query(value = "SELECT DISTINCT store_id, started_at FROM handling WHERE client_id = :clientId", nativeQuery = true)
    List<VisitStart> handlingStartsOf(String clientId);
}
