package io.lien.server.clients;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.H2)
public interface ClientEventRepository extends CrudRepository<ClientEvent, Long> {

    List<ClientEvent> findByClientIdOrderByTsDesc(String clientId);

    void deleteByClientId(String clientId);

    Optional<ClientEvent> findByExternalRef(String externalRef);
}
