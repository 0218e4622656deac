package io.lien.server.registry;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.H2)
public interface StoreSetupRepository extends CrudRepository<StoreSetupRow, String> {
}
