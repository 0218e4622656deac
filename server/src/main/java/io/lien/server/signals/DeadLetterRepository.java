package io.lien.server.signals;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.H2)
public interface DeadLetterRepository extends CrudRepository<DeadLetter, Long> {

    long countByReason(String reason);
}
