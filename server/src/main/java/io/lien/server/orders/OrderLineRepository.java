package io.lien.server.orders;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.H2)
public interface OrderLineRepository extends CrudRepository<OrderLine, Long> {

    List<OrderLine> findByOrderIdInOrderById(Collection<String> orderIds);

    void deleteByOrderIdIn(Collection<String> orderIds);
}
