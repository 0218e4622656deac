package io.lien.server.insights.model;

/**
 * One zone over a period: the visits that went through it, entries, time spent, garments lifted
 * from its hangers.
 */
public record ZoneFigure(String zoneId, String name, long visits, long entries, long dwellMs, long handlings) {

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
