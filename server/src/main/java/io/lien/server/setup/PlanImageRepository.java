package io.lien.server.setup;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.H2)
public interface PlanImageRepository extends CrudRepository<PlanImageRow, String> {

    /** The picture's size and place without its bytes (every page of the plan draws it; only the picture's own address reads them). */
    @Query("SELECT store_id, media_type, width_px, height_px, width_m, '' AS data, updated_at FROM store_plan_image WHERE store_id = :storeId")
    Optional<PlanImageRow> findSizeOf(String storeId);
}
