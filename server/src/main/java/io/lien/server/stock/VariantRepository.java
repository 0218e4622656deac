package io.lien.server.stock;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.H2)
public interface VariantRepository extends CrudRepository<Variant, String> {

    List<Variant> findByProductIdOrderBySizeOrderAscAndIdAsc(String productId);

    Optional<Variant> findBySku(String sku);
}
