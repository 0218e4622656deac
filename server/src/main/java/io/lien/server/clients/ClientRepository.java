package io.lien.server.clients;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.H2)
public interface ClientRepository extends CrudRepository<Client, String> {

    List<Client> findAllOrderByLastName();

    void updatePresenceConsent(@Id String id, boolean presenceConsent);

    void updateApproachability(@Id String id, Approachability approachability);
}
