package io.lien.server.security;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.H2)
public interface SignInLockRepository extends CrudRepository<SignInLock, Long> {

    List<SignInLock> findTop100OrderByIdDesc();
}
