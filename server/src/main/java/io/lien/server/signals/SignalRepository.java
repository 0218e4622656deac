package io.lien.server.signals;

import io.micronaut.data.annotation.Query;
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

    /** The install ids in presence signals stored in the id range (afterId, upToId]. */
    @Query("SELECT DISTINCT device_id FROM signal WHERE id > :afterId AND id <= :upToId AND type = 'shopper.presence'")
    List<String> installsBetween(long afterId, long upToId);

    /** The newest signal id received at or before {@code receivedAt}, 0 if none. */
    @Query("SELECT COALESCE(MAX(id), 0) FROM signal WHERE received_at <= :receivedAt")
    long lastIdReceivedBy(long receivedAt);

    /** Deletes presence signals received before the cut-off; the visits built from them stay. */
    @Query("DELETE FROM signal WHERE type = 'shopper.presence' AND received_at < :before")
    int deletePresenceReceivedBefore(long before);

    /**
     * Replaces an app install id wherever a presence signal carries it with a new random id
     * ({@code prefix} + 13 base-36 characters, never kept anywhere else). @return the new id
     */
    default String replaceInstall(String installId, String prefix) {
        String replacement = prefix + Long.toString(InstallIds.RANDOM.nextLong() & Long.MAX_VALUE, 36);
        renameInstall(installId, replacement, "\"" + installId + "\"", "\"" + replacement + "\"");
        return replacement;
    }

    /** Holds the random source of {@link #replaceInstall}. */
    final class InstallIds {
        static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

        private InstallIds() {
        }
    }

    /** Replaces an app install id in the presence signals that carry it (erasure unlinks them). */
    @Query("UPDATE signal SET payload = REPLACE(payload, :quotedOld, :quotedNew), device_id = :newId "
            + "WHERE device_id = :oldId AND type = 'shopper.presence'")
    int renameInstall(String oldId, String newId, String quotedOld, String quotedNew);

    long countByStoreIdAndType(String storeId, String type);

    /** A page of signals in stored order after a given id (keyset paging), for rebuilding live state. */
    List<Signal> findByIdGreaterThanAndReceivedAtGreaterThanEqualsOrderByIdAsc(long afterId, long since, Pageable page);
}
