package io.lien.server.setup;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.H2)
public interface StaffInvitationRepository extends CrudRepository<StaffInvitation, String> {

    /** Takes the link once: 1 when this call used it, 0 when it was used, or expired, already. */
    @Query("UPDATE staff_invitation SET used_at = :now WHERE token_hash = :tokenHash AND used_at IS NULL AND expires_at > :now")
    int use(String tokenHash, long now);

    /** Earlier links of someone stop working when a new one is made. */
    @Query("UPDATE staff_invitation SET used_at = :now WHERE username = :username AND used_at IS NULL")
    int cancelAll(String username, long now);
}
