package io.lien.server.insights.model;

/** Shares as whole percents; none when the whole is empty (a rate of nothing is not 0 %). */
public final class Rates {

    private Rates() {
    }

    public static Integer percent(long part, long whole) {
        return whole <= 0 ? null : (int) Math.round(part * 100.0 / whole);
    }
}
