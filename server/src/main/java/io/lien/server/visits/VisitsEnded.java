package io.lien.server.visits;

import java.util.List;

/**
 * Visits that just ended (published in the transaction that ends them; a listener that writes
 * listens after its commit). Those of consenting clients carry the client, for what depends on who.
 */
public record VisitsEnded(List<Ended> visits) {

    public VisitsEnded {
        visits = List.copyOf(visits);
    }

    /** A visit that ended; {@code clientId} only with presence consent. */
    public record Ended(long visitId, String storeId, String clientId, long startedAt, long endedAt) {
    }
}
