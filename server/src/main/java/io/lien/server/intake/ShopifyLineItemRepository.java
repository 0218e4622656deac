package io.lien.server.intake;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.H2)
public interface ShopifyLineItemRepository extends CrudRepository<ShopifyLineItem, Long> {

    List<ShopifyLineItem> findByOrderId(long orderId);
}
