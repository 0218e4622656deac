package io.lien.server.clients;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.H2)
public interface ImportantDateRepository extends CrudRepository<ImportantDate, Long> {

    List<ImportantDate> findByClientId(String clientId);

    void deleteByClientId(String clientId);
}
