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
     * Where and when the client's other rows count in the insights (orders after a visit, notes about
     * them, their selections, orders from those, follow-ups, credits, moments about them): what an
     * erasure changes besides their visits.
     */
    @Query(value = "SELECT DISTINCT v.store_id AS store_id, e.ts AS started_at FROM client_event e JOIN visit v ON v.client_id = e.client_id "
            + "AND v.started_at <= e.ts AND v.started_at > e.ts - 2592000000 WHERE e.client_id = :clientId AND e.kind = 'ORDER' "
            + "UNION SELECT COALESCE(e.store_id, a.store_id), e.ts FROM client_event e JOIN advisor a ON a.username = e.author "
            + "WHERE e.client_id = :clientId AND e.kind = 'NOTE' "
            + "UNION SELECT store_id, sent_at FROM selection WHERE client_id = :clientId AND sent_at IS NOT NULL "
            + "UNION SELECT store_id, opened_at FROM selection WHERE client_id = :clientId AND opened_at IS NOT NULL "
            + "UNION SELECT s.store_id, o.created_at FROM shopper_order o JOIN selection s ON s.id = o.selection_id WHERE o.client_id = :clientId "
            + "UNION SELECT store_id, done_at FROM follow_up WHERE client_id = :clientId AND done_at IS NOT NULL "
            + "UNION SELECT a.store_id, c.ordered_at FROM order_credit c JOIN advisor a ON a.username = c.advisor WHERE c.client_id = :clientId "
            + "UNION SELECT store_id, ts FROM moment WHERE client_id = :clientId", nativeQuery = true)
    List<VisitStart> otherRowsOf(String clientId);



    /** When the client ordered within [from, to) (an index range on client and time). */
    @Query(value = "SELECT ts FROM client_event WHERE client_id = :clientId AND kind = 'ORDER' AND ts >= :from AND ts < :to",
            nativeQuery = true)
    List<Long> orderTimes(String clientId, long from, long to);

    /** The stores the client visited in (from, to] (an index range on client and time). */
    @Query(value = "SELECT DISTINCT store_id FROM visit WHERE client_id = :clientId AND started_at > :from AND started_at <= :to",
            nativeQuery = true)
    List<String> visitedStores(String clientId, long from, long to);

    /** The store's hours in which the client's visits began (their figures change when they are erased). */
    @Query(value = "SELECT DISTINCT store_id, started_at FROM visit WHERE client_id = :clientId", nativeQuery = true)
    List<VisitStart> visitStartsOf(String clientId);

    /** The hours in which the client's credited handlings began. */
    @Query(value = "SELECT DISTINCT store_id, started_at FROM handling WHERE client_id = :clientId", nativeQuery = true)
    List<VisitStart> handlingStartsOf(String clientId);
}
