package io.lien.server.visits;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A store's hour whose visits or handlings changed since its insight rollups were computed: written
 * in the transaction of the change, read and deleted by whoever recomputes the rollups.
 */
@MappedEntity(value = "rollup_due", escape = false)
public record RollupDue(@Id @GeneratedValue Long id, String storeId, long hourStart) {

    public static final long HOUR_MS = 3_600_000L;

    public static long hourOf(long ts) {
        return Math.floorDiv(ts, HOUR_MS) * HOUR_MS;
    }
}
