package io.lien.server.advisors;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.H2)
public interface AdvisorStoreRepository extends CrudRepository<AdvisorStore, Long> {

    List<String> findStoreIdByUsername(String username);

    void deleteByUsername(String username);
}
