package io.lien.server.signals;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.H2)
public interface SignalRepository extends CrudRepository<Signal, Long> {

    boolean existsByGatewayIdAndSeq(String gatewayId, long seq);

    /**
     * The stored seqs of a gateway in {@code from..to}: a range of the (gateway, seq) index. (An
     * {@code IN} list made H2 test every row of the gateway.)
     */
    List<Long> findSeqByGatewayIdAndSeqBetween(String gatewayId, long from, long to);

    long countByStoreId(String storeId);

    long countByStoreIdAndType(String storeId, String type);

    /** A page of signals in stored order after a given id (keyset paging), for rebuilding live state. */
    List<Signal> findByIdGreaterThanAndReceivedAtGreaterThanEqualsOrderByIdAsc(long afterId, long since, Pageable page);
}
