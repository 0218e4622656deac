package io.lien.server.clients;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.H2)
public interface AppInstallRepository extends CrudRepository<AppInstall, String> {

    java.util.List<AppInstall> findByClientId(String clientId);

    void deleteByClientId(String clientId);
}
