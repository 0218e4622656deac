package io.lien.server.shoppers;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.H2)
public interface SavedPieceRepository extends CrudRepository<SavedPiece, Long> {

    List<SavedPiece> findByClientIdOrderBySavedAtDesc(String clientId);

    boolean existsByClientIdAndProductId(String clientId, String productId);

    void deleteByClientId(String clientId);

    /** The shopper takes a kept garment out of their space: 1 when it was theirs. */
    @Query("DELETE FROM saved_piece WHERE id = :id AND client_id = :clientId")
    int deleteOwn(long id, String clientId);
}
