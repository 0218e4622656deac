package io.lien.sim;

/**
 * Where each shopper really was, each simulated second: the zone whose beacon is nearest to them.
 * What the gateway infers from noisy sightings is measured against this.
 */
public interface GroundTruth {

    /** @param zoneId the true zone, or {@code null} when the shopper is not in the store */
    void at(long second, String installId, String zoneId, double x, double y);

    GroundTruth NONE = (second, installId, zoneId, x, y) -> { };
}
