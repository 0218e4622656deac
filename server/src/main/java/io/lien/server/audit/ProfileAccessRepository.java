package io.lien.server.audit;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.H2)
public interface ProfileAccessRepository extends CrudRepository<ProfileAccess, Long> {

    List<ProfileAccess> findByClientIdOrderByTsDescAndIdDesc(String clientId);

    void deleteByClientId(String clientId);
}
