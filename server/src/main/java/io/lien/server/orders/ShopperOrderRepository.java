package io.lien.server.orders;

import io.micronaut.core.annotation.Nullable;
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

    /** The shopper chose how to pay and where to: written while the cart is still being paid for, only then. */
    @Query("UPDATE shopper_order SET payment = :payment, payment_ref = :paymentRef, total_cents = :totalCents, delivery = :delivery, "
            + "address = :address WHERE id = :id AND status = 'paying'")
    int choosePayment(String id, String payment, @Nullable String paymentRef, long totalCents, @Nullable String delivery,
                      @Nullable String address);

    /** Paid (or to pay in store): moves on from paying, once, with how long it is now kept. */
    @Query("UPDATE shopper_order SET status = :to, held_until = :heldUntil WHERE id = :id AND status = 'paying'")
    int placed(String id, String to, @Nullable Long heldUntil);

    void deleteByClientId(String clientId);
}
