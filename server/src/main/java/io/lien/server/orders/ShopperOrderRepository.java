package io.lien.server.orders;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.H2)
public interface ShopperOrderRepository extends CrudRepository<ShopperOrder, String> {

    Optional<ShopperOrder> findByRequestId(String requestId);

    List<ShopperOrder> findByClientIdOrderByCreatedAtDesc(String clientId);

    List<ShopperOrder> findByStoreIdAndStatusOrderByCreatedAtAsc(String storeId, String status);

    List<ShopperOrder> findByStatusAndHeldUntilLessThanEquals(String status, long now);

    /** Moves an order on only from the status it is in: 1 when it moved. */
    @Query("UPDATE shopper_order SET status = :to WHERE id = :id AND status = :from")
    int updateStatus(String id, String from, String to);

    void deleteByClientId(String clientId);
}
