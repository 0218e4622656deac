package io.lien.server.signals;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.H2)
public interface DeadLetterRepository extends CrudRepository<DeadLetter, Long> {

    long countByReason(String reason);

    /** Replaces an identifier wherever a refused message kept it (erasure). */
    @Query("UPDATE dead_letter SET payload = REPLACE(payload, :old, :replacement), detail = REPLACE(detail, :old, :replacement) "
            + "WHERE POSITION(:old IN payload) > 0 OR POSITION(:old IN detail) > 0")
    int replaceEverywhere(String old, String replacement);
}
