package io.lien.server.setup;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.H2)
public interface SetupChangeRepository extends CrudRepository<SetupChange, Long> {

    /** The store's changes, in the page's order (newest first: sort by id, descending). */
    List<SetupChange> findByStoreId(String storeId, Pageable page);

    /** Every change, in the page's order. */
    List<SetupChange> list(Pageable page);
}
