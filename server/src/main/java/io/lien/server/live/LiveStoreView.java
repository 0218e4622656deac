package io.lien.server.live;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import io.lien.server.visits.VisitReport;

import java.util.List;
import java.util.function.Function;

/**
 * A store right now, as the "In store now" screen shows it, named in the reader's language. Anonymous shoppers are a number,
 * never a list: no install id leaves the server.
 */
@Serdeable
public record LiveStoreView(String storeId, int shoppersInStore, int anonymousShoppers, List<PresentClient> clients,
                            List<Garment> lifted, List<Garment> inFittingRooms) {

    /** {@code visitSoFar}: the typologies their visit earns so far, with the evidence (docs/visit-typologies.md). */
    @Serdeable
    public record PresentClient(String clientId, String firstName, String lastName, String zoneId, String zoneName,
                                long arrivedAt, long zoneSince, String approachability,
                                List<VisitReport.Typology> visitSoFar) {
    }

    /** The same view, each present client with what their visit looks like so far. */
    public LiveStoreView withVisitsSoFar(Function<String, List<VisitReport.Typology>> soFar) {
        return new LiveStoreView(storeId, shoppersInStore, anonymousShoppers, clients.stream()
                .map(c -> new PresentClient(c.clientId(), c.firstName(), c.lastName(), c.zoneId(), c.zoneName(),
                        c.arrivedAt(), c.zoneSince(), c.approachability(), soFar.apply(c.clientId())))
                .toList(), lifted, inFittingRooms);
    }

    @Serdeable
    public record Garment(String hangerId, String productId, String productName, String size,
                          long since, @Nullable String clientId, @Nullable String zoneId) {
    }
}
