package io.lien.server.community;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.H2)
public interface ProductFeedbackRepository extends CrudRepository<ProductFeedback, Long> {

    List<ProductFeedback> findByProductIdAndKindOrderByTsDesc(String productId, String kind);

    long countByProductIdAndKind(String productId, String kind);

    boolean existsByProductIdAndClientIdAndKind(String productId, String clientId, String kind);

    List<ProductFeedback> findByClientIdOrderByTsDesc(String clientId);

    void deleteByClientId(String clientId);
}
