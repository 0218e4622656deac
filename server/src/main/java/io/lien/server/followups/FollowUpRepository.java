package io.lien.server.followups;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.H2)
public interface FollowUpRepository extends CrudRepository<FollowUp, Long> {

    List<FollowUp> findByStoreIdAndDueOnBetweenOrderByDueOnAscAndIdAsc(String storeId, LocalDate from, LocalDate to);

    List<FollowUp> findByStoreIdAndAdvisorAndDueOnBetweenOrderByDueOnAscAndIdAsc(String storeId, String advisor, LocalDate from, LocalDate to);

    /** Still to do and already late: they stay on the list until done. */
    List<FollowUp> findByStoreIdAndDoneAtIsNullAndDueOnLessThanOrderByDueOnAscAndIdAsc(String storeId, LocalDate before);

    List<FollowUp> findByClientIdOrderByDueOnAsc(String clientId);

    Optional<FollowUp> findByRequestId(String requestId);

    void updateDoneAt(@Id Long id, Long doneAt);

    void deleteByClientId(String clientId);
}
