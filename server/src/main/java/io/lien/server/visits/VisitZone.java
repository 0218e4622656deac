package io.lien.server.visits;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.lien.server.visits.model.PresenceCertainty;

/**
 * A zone a visit went through; left_at stays empty while the shopper is there; confidence is how sure the gateway was
 * of the zone when it reported it (empty: it did not say).
 */
@MappedEntity(value = "visit_zone", escape = false)
public record VisitZone(@Id Long id, long visitId, String zoneId, long enteredAt, @Nullable Long leftAt, @Nullable Double confidence) {

    /** Whether the stay was a visit to the zone: not one the gateway undid once later readings showed it never real. */
    public boolean counts() {
        return PresenceCertainty.counts(enteredAt, leftAt);
    }
}
