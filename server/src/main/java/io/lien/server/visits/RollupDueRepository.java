package io.lien.server.visits;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.H2)
public interface RollupDueRepository extends CrudRepository<RollupDue, Long> {

    /** The oldest marks first, a bounded number at a time. */
    @Query(value = "SELECT * FROM rollup_due ORDER BY id LIMIT :limit", nativeQuery = true)
    List<RollupDue> oldest(int limit);

    void deleteByIdIn(List<Long> ids);

    /** The store's hours in which the client's visits began (their figures change when they are erased). */
    @Query(value = "SELECT DISTINCT store_id, started_at FROM visit WHERE client_id = :clientId", nativeQuery = true)
    List<VisitStart> visitStartsOf(String clientId);

    /** The hours in which the client's credited handlings began. */
    @Query(value = "SELECT DISTINCT store_id, started_at FROM handling WHERE client_id = :clientId", nativeQuery = true)
    List<VisitStart> handlingStartsOf(String clientId);
}
