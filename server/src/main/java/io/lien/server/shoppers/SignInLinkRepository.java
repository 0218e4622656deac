package io.lien.server.shoppers;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.H2)
public interface SignInLinkRepository extends CrudRepository<SignInLink, String> {

    long countByClientIdAndCreatedAtGreaterThan(String clientId, long since);

    /** Used once, before it runs out: 1 for the one use that counts. */
    @Query("UPDATE shopper_sign_in_link SET used_at = :now WHERE token_hash = :tokenHash AND used_at IS NULL AND expires_at > :now")
    int use(String tokenHash, long now);

    void deleteByClientId(String clientId);
}
