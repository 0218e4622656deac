package io.lien.server.clients;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.H2)
public interface RelationshipRepository extends CrudRepository<Relationship, Long> {

    List<Relationship> findByClientId(String clientId);

    /** Where others name this client: "brought by Camille", "friend of Camille". */
    List<Relationship> findByRelatedClientId(String clientId);

    void deleteByClientId(String clientId);

    void deleteByRelatedClientId(String clientId);
}
