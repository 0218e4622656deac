package io.lien.server.insights.model;

/**
 * One zone over a period: the visits that went through it, entries, time spent, garments lifted
 * from its hangers, and the entries that were unsure passes (the gateway was unsure of the zone and
 * the shopper was gone from it within seconds: most likely back-and-forth on a border).
 */
public record ZoneFigure(String zoneId, String name, long visits, long entries, long dwellMs, long handlings, long unsure) {

    /** Unsure passes ÷ entries, in percent; null without entries. */
    public Integer unsureShare() {
        return Rates.percent(unsure, entries);
    }

    /** Zone visits ÷ store visits, in percent. */
    public Integer exposure(long storeVisits) {
        return Rates.percent(visits, storeVisits);
    }

    /** Average time per visit that went through it, in whole minutes. */
    public Long averageMinutes() {
        return visits == 0 ? null : Math.round(dwellMs / 60_000.0 / visits);
    }

    public long dwellMinutes() {
        return Math.round(dwellMs / 60_000.0);
    }
}
