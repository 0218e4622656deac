package io.lien.server.clients;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.H2)
public interface ClientRepository extends CrudRepository<Client, String> {

    List<Client> findAllOrderByLastName();

    /** Moves a departing advisor's client book to a colleague: books are the store's, not the advisor's. */
    @Query("UPDATE client SET advisor_username = :to WHERE advisor_username = :from")
    int moveBook(String from, String to);

    long countByAdvisorUsername(String advisorUsername);

    List<Client> findByEmail(String email);

    /** When the exact spelling is not on file: the same address in other letter case (a scan; rare). */
    @Query("SELECT * FROM client WHERE LOWER(email) = :lowerCase")
    List<Client> findByEmailInAnyCase(String lowerCase);

    void updatePresenceConsent(@Id String id, boolean presenceConsent);

    void updateApproachability(@Id String id, Approachability approachability);

    @Query("UPDATE client SET sizes = :sizes, interests = :interests, preferred_channel = :preferredChannel WHERE id = :id")
    int updateOwnWords(String id, @Nullable String sizes, @Nullable String interests, String preferredChannel);
}
