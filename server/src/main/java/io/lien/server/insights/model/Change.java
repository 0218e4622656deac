package io.lien.server.insights.model;

/** A figure beside the same figure for the previous period. */
public record Change(double now, double before) {

    /** The change in percent, rounded; none when there was nothing before to compare with. */
    public Integer percent() {
        if (before == 0) {
            return null;
        }
        return (int) Math.round((now - before) * 100.0 / before);
    }

    public boolean up() {
        return now > before;
    }
}
