package io.lien.server.community;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.H2)
public interface ProductFeedbackRepository extends CrudRepository<ProductFeedback, Long> {

    List<ProductFeedback> findByProductIdAndKindOrderByTsDesc(String productId, String kind);

    long countByProductIdAndKind(String productId, String kind);

    long countByProductIdAndKindAndTone(String productId, String kind, String tone);

    boolean existsByProductIdAndClientIdAndKind(String productId, String clientId, String kind);

    List<ProductFeedback> findByClientIdOrderByTsDesc(String clientId);

    void deleteByClientId(String clientId);

    /** The client takes back their own like or words: 1 when it was theirs. */
    @Query("DELETE FROM product_feedback WHERE id = :id AND client_id = :clientId")
    int deleteOwn(long id, String clientId);

    /** The client hides (or shows) their first name on their own words: 1 when it was theirs. */
    @Query("UPDATE product_feedback SET signed = :signed WHERE id = :id AND client_id = :clientId")
    int signOwn(long id, String clientId, boolean signed);
}
