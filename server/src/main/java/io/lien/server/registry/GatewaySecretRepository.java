package io.lien.server.registry;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.H2)
public interface GatewaySecretRepository extends CrudRepository<GatewaySecret, String> {

    List<GatewaySecret> findByStoreIdOrderByGatewayId(String storeId);
}
