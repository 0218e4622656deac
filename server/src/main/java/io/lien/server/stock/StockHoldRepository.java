package io.lien.server.stock;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.H2)
public interface StockHoldRepository extends CrudRepository<StockHold, String> {

    /** Ends a hold once: a second release, a replay, answers 0 and changes nothing. */
    @Query("UPDATE stock_hold SET ended_at = :now, ended_how = :how WHERE id = :id AND ended_at IS NULL")
    int end(String id, long now, String how);

    /** Keeps an open hold until {@code until}: 1 when it was still open, 0 when it had ended (run out, released, sold). */
    @Query("UPDATE stock_hold SET expires_at = :until, purpose = :purpose WHERE id = :id AND ended_at IS NULL")
    int keep(String id, long until, String purpose);

    List<StockHold> findByEndedAtIsNullAndExpiresAtLessThanEquals(long now);
}
