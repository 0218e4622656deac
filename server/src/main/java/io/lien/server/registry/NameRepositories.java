package io.lien.server.registry;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/** The names of products and zones, by language. */
final class NameRepositories {

    private NameRepositories() {
    }

    @JdbcRepository(dialect = Dialect.H2)
    interface ProductNames extends CrudRepository<NameRow.ProductName, Long> {
        void deleteByProductId(String productId);
    }

    @JdbcRepository(dialect = Dialect.H2)
    interface ZoneNames extends CrudRepository<NameRow.ZoneName, Long> {
        void deleteByZoneId(String zoneId);
    }
}
