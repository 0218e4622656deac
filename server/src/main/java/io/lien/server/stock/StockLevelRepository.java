package io.lien.server.stock;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

/**
 * The counts, changed only by conditional updates: each answers 1 when it applied and 0 when the
 * count did not allow it, so no read-then-write race can oversell (the database checks too).
 */
@JdbcRepository(dialect = Dialect.H2)
public interface StockLevelRepository extends CrudRepository<StockLevel, String> {

    List<StockLevel> findByVariantIdInOrderByLocationId(Collection<String> variantIds);

    List<StockLevel> findByLocationIdOrderByVariantId(String locationId);

    @Query("UPDATE stock_level SET held = held + :quantity, updated_at = :now WHERE id = :id AND on_hand - held >= :quantity")
    int hold(String id, int quantity, long now);

    @Query("UPDATE stock_level SET held = held - :quantity, updated_at = :now WHERE id = :id AND held >= :quantity")
    int release(String id, int quantity, long now);

    @Query("UPDATE stock_level SET held = held - :quantity, on_hand = on_hand - :quantity, updated_at = :now"
            + " WHERE id = :id AND held >= :quantity AND on_hand >= :quantity")
    int sell(String id, int quantity, long now);

    /** A count set by hand or by an import: never below what is held. */
    /** Sold by another channel (the till, the web shop): off the shelf, never below what is held for someone. */
    @Query("UPDATE stock_level SET on_hand = CASE WHEN on_hand - :quantity < held THEN held ELSE on_hand - :quantity END, "
            + "updated_at = :now WHERE id = :id")
    int soldElsewhere(String id, int quantity, long now);

    @Query("UPDATE stock_level SET on_hand = :onHand, updated_at = :now WHERE id = :id AND held <= :onHand")
    int count(String id, int onHand, long now);
}
