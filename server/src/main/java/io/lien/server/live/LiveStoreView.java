package io.lien.server.live;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A store right now, as the "In store now" screen shows it. Anonymous shoppers are a number,
 * never a list: no install id leaves the server.
 */
@Serdeable
public record LiveStoreView(String storeId, int shoppersInStore, int anonymousShoppers, List<PresentClient> clients,
                            List<Garment> lifted, List<Garment> inFittingRooms) {

    @Serdeable
    public record PresentClient(String clientId, String firstName, String lastName, String zoneId, String zoneName,
                                String zoneNameFr, long arrivedAt, long zoneSince, String approachability) {
    }

    @Serdeable
    public record Garment(String hangerId, String productId, String productName, String productNameFr, String size,
                          long since, @Nullable String clientId, @Nullable String zoneId) {
    }
}
