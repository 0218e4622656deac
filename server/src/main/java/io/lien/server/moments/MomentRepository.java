package io.lien.server.moments;

import io.lien.server.moments.model.MomentKind;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.H2)
public interface MomentRepository extends CrudRepository<Moment, Long> {

    List<Moment> findByStoreIdAndIdGreaterThanOrderByIdAsc(String storeId, long afterId);

    List<Moment> findTop50ByStoreIdOrderByIdDesc(String storeId);

    List<Moment> findByClientIdOrderByIdAsc(String clientId);

    Optional<Moment> findByRefersTo(long momentId);

    /** Likes pressed on hangers and fixtures in store for a product. */
    long countByProductIdAndKind(String productId, MomentKind kind);

    /** Moments about a client carry their name and story in their texts: erasure deletes them. */
    void deleteByClientId(String clientId);
}
