package io.lien.server.shoppers;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.H2)
public interface ShopperLoginRepository extends CrudRepository<ShopperLogin, String> {

    void deleteByClientId(String clientId);

    java.util.Optional<ShopperLogin> findByClientId(String clientId);
}
