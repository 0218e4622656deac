package io.lien.server.credit;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.H2)
public interface OrderCreditRepository extends CrudRepository<OrderCreditRow, Long> {

    List<OrderCreditRow> findByOrderRefOrderBySharePctDesc(String orderRef);

    List<OrderCreditRow> findByClientIdOrderByOrderedAtDesc(String clientId);

    List<OrderCreditRow> findByAdvisorAndOrderedAtGreaterThanEquals(String advisor, long since);

    void deleteByOrderRef(String orderRef);

    void deleteByClientId(String clientId);
}
