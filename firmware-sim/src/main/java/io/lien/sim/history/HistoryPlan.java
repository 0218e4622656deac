package io.lien.sim.history;

import io.lien.sim.StoreLayout;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * What a generated history looks like: the store (its layout, as the device registry has it), how
 * busy it is, who among the shoppers consented to presence, what each hanger carries (for orders),
 * opening hours, and the seed that makes it reproducible.
 *
 * @param visitsPerDay       the average over a week; Saturdays are busier, Mondays quieter
 * @param consentingShare    the share of visits made by a consenting client's app (the rest anonymous)
 * @param consentingInstalls consenting clients' app install ids and the client each belongs to
 * @param garments           hanger id → the garment on it, to write the orders that follow tries
 */
public record HistoryPlan(StoreLayout layout, String gatewayId, int visitsPerDay, double consentingShare,
                          Map<String, String> consentingInstalls, Map<String, Garment> garments, ZoneId timeZone,
                          LocalTime opens, LocalTime closes, long seed) {

    /** A garment on a hanger: product, size and price. */
    public record Garment(String productId, String size, long priceCents, String title) {
    }

    public HistoryPlan {
        if (visitsPerDay < 0 || visitsPerDay > 100_000) {
            throw new IllegalArgumentException("visits per day must be 0 to 100000: " + visitsPerDay);
        }
        if (consentingShare < 0 || consentingShare > 1) {
            throw new IllegalArgumentException("the consenting share must be 0 to 1: " + consentingShare);
        }
        if (!closes.isAfter(opens)) {
            throw new IllegalArgumentException("the store must close after it opens: " + opens + "–" + closes);
        }
        consentingInstalls = Map.copyOf(consentingInstalls);
        garments = Map.copyOf(garments);
    }

    /** The zone shoppers arrive in: the layout's first. */
    String entrance() {
        return layout.zones().get(0).id();
    }

    /** Zones with racks, where garments are lifted. */
    List<String> floor() {
        return layout.racks().stream().map(StoreLayout.Rack::zoneId).distinct().toList();
    }
}
