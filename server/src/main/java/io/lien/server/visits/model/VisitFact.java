package io.lien.server.visits.model;

/**
 * What applying one store event changed in visits and garment handlings, to be stored in the
 * same transaction as the signal. Ids are the ids of the signals that began things, so applying
 * the same signals again (the live-state replay after a restart) yields the same facts.
 */
public sealed interface VisitFact {

    /** A shopper's visit began; {@code clientId} only with presence consent. */
    record Opened(long visitId, String storeId, String clientId, long ts) implements VisitFact {
    }

    /** @param confidence how sure the gateway was of the zone (null: it did not say) */
    record ZoneEntered(long entryId, long visitId, String zoneId, long ts, Double confidence) implements VisitFact {
    }

    record ZoneLeft(long entryId, long visitId, long ts) implements VisitFact {
    }

    /** The visit ended at the shopper's last leave, after an absence longer than the store's setting. */
    record Ended(long visitId, long ts) implements VisitFact {
    }

    /**
     * A garment was taken in hand (lifted, or first seen by a reader when its lift went unseen), from a
     * rack in {@code zoneId}: the handling keeps that zone when the hanger is moved or re-assigned later.
     */
    record HandlingStarted(long handlingId, String storeId, String hangerId, String productId, String size, String zoneId,
                           long ts, Long visitId, String clientId, Attribution attribution) implements VisitFact {
    }

    /** Better evidence of whose hands the garment is in. */
    record HandlingAttributed(long handlingId, Long visitId, String clientId, Attribution attribution) implements VisitFact {
    }

    /** Taken away from its rack: seen elsewhere, or kept in hand long enough. */
    record Carried(long handlingId, long ts) implements VisitFact {
    }

    /** Seen in a fitting room. */
    record Tried(long handlingId, String zoneId, long ts) implements VisitFact {
    }

    record HandlingEnded(long handlingId, long ts) implements VisitFact {
    }
}
