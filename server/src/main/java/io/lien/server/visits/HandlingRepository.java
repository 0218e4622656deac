package io.lien.server.visits;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.H2)
public interface HandlingRepository extends CrudRepository<Handling, Long> {

    @Query("UPDATE handling SET visit_id = :visitId, client_id = :clientId, attribution = :attribution, "
            + "confidence = :confidence WHERE id = :id")
    void credit(long id, @Nullable Long visitId, @Nullable String clientId, String attribution, double confidence);

    @Query("UPDATE handling SET carried_at = :ts WHERE id = :id AND carried_at IS NULL")
    void carried(long id, long ts);

    @Query("UPDATE handling SET tried_at = :ts, tried_zone = :zoneId WHERE id = :id AND tried_at IS NULL")
    void tried(long id, String zoneId, long ts);

    @Query("UPDATE handling SET ended_at = :ts WHERE id = :id AND ended_at IS NULL")
    void end(long id, long ts);

    List<Handling> findByVisitIdOrderByStartedAtAsc(long visitId);

    /** What a client had in hand since {@code from} (credited to them on evidence). */
    List<Handling> findByClientIdAndStartedAtGreaterThanEqualsOrderByStartedAtAsc(String clientId, long from);

    /**
     * The funnel per product over handlings that began in [from, to). The unit is a shopper: a
     * visit, or the handling itself when nobody could be credited. Bought joins order lines of
     * the credited client for that product, from any channel, within {@code boughtWithinMs} (or, for
     * a client since erased, the purchase written down at erasure).
     */
    @Query(value = "SELECT h.product_id AS product_id, "
            + "COUNT(DISTINCT COALESCE(h.visit_id, h.id)) AS touched, "
            + "COUNT(DISTINCT CASE WHEN h.carried_at IS NOT NULL THEN COALESCE(h.visit_id, h.id) END) AS carried, "
            + "COUNT(DISTINCT CASE WHEN h.tried_at IS NOT NULL THEN COALESCE(h.visit_id, h.id) END) AS tried, "
            + "COUNT(DISTINCT CASE WHEN h.bought_at IS NOT NULL OR EXISTS (SELECT 1 FROM client_event e WHERE e.client_id = h.client_id "
            + "AND e.product_id = h.product_id AND e.kind = 'ORDER' AND e.ts >= h.started_at "
            + "AND e.ts <= h.started_at + :boughtWithinMs) THEN COALESCE(h.visit_id, h.id) END) AS bought "
            + "FROM handling h WHERE h.store_id = :storeId AND h.started_at >= :from AND h.started_at < :to "
            + "GROUP BY h.product_id ORDER BY touched DESC, h.product_id", nativeQuery = true)
    List<ProductFunnel> funnel(String storeId, long from, long to, long boughtWithinMs);

    List<Handling> findByVisitIdInOrderByStartedAtAsc(List<Long> visitIds);

    /** Writes down, on each handling credited to the client, when they bought that product (the funnel's rule). */
    @Query(value = "UPDATE handling h SET bought_at = (SELECT MIN(e.ts) FROM client_event e WHERE e.client_id = h.client_id "
            + "AND e.product_id = h.product_id AND e.kind = 'ORDER' AND e.ts >= h.started_at "
            + "AND e.ts <= h.started_at + :boughtWithinMs) WHERE h.client_id = :clientId AND h.bought_at IS NULL",
            nativeQuery = true)
    void settleBought(String clientId, long boughtWithinMs);

    @Query("UPDATE handling SET client_id = NULL WHERE client_id = :clientId")
    void forgetClient(String clientId);
}
