package io.lien.server.displays;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.H2)
public interface FixtureTapRepository extends CrudRepository<FixtureTap, Long> {

    Optional<FixtureTap> findByFixtureIdAndTapKey(String fixtureId, String tapKey);
}
