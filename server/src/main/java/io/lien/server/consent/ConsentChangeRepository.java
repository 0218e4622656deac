package io.lien.server.consent;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.H2)
public interface ConsentChangeRepository extends CrudRepository<ConsentChange, Long> {

    List<ConsentChange> findByClientIdOrderByTsAscAndIdAsc(String clientId);

    void deleteByClientId(String clientId);
}
