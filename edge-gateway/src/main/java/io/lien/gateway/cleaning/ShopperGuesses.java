package io.lien.gateway.cleaning;

import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * One shopper's particle filter (ADR 9) and what it learns of their phone: the cloud of guesses, moved as a person
 * walks and weighed by each second's readings, and the phone's reading noise as its readings show it. Each second it
 * also hands the floor's {@link PathLossLearner} what those readings say of the fading, when the phone's reports can.
 */
final class ShopperGuesses {

    /**
     * Readings are trusted a little less than the ±6 dB the protocol promises — and less still when a phone's own
     * readings show more noise (learnt per phone, up to 8 dB; issue 23: +1.8 points at σ 6 dB, level at σ 3 dB).
     */
    static final double SIGMA_DB = 4;
    private static final double NOISIEST_DB = 8;
    /** People walk at about 1.2 m/s, in straight lines between stops. */
    private static final double WALKING_M_PER_S = 1.2;
    /** Per second, the chance that a guess starts, stops or turns. */
    private static final double TURN_CHANCE = 0.2;
    /** Per second, how far a guess strays from its straight line, in metres. */
    private static final double JITTER_M = 0.3;

    private ParticleCloud cloud;
    /** The phone's reading noise as its readings show it, dB² (NaN: not yet known). */
    private double noise = Double.NaN;
    private final PathLossLearner.Reports reports = new PathLossLearner.Reports();

    /**
     * @param seconds       since the phone's previous sighting (ignored for its first)
     * @param exponent      the path-loss exponent to weigh the readings with
     * @param placedBeacons how many beacons the plan places (to tell a phone that reports only its loudest)
     */
    void hear(List<ParticleCloud.Heard> placed, double seconds, int particles, Random random, double exponent,
              PathLossLearner floor, int placedBeacons) {
        if (cloud == null) {
            ParticleCloud.Heard loudest = placed.stream().max(Comparator.comparingInt(ParticleCloud.Heard::rssi)).orElseThrow();
            cloud = new ParticleCloud(particles, loudest.at(), 6, random);
        } else {
            cloud.predict(seconds, WALKING_M_PER_S, TURN_CHANCE, JITTER_M);
        }
        double sigma = Double.isNaN(noise) ? SIGMA_DB : Math.sqrt(Math.max(SIGMA_DB * SIGMA_DB, Math.min(NOISIEST_DB * NOISIEST_DB, noise)));
        cloud.update(placed, exponent, sigma);
        if (reports.tellsTheFading(placed.size(), placedBeacons)) {
            floor.add(cloud.exponentCurve(placed, sigma));
        }
        if (placed.size() > 3) {
            double spread = cloud.spread(placed, exponent);
            noise = Double.isNaN(noise) ? SIGMA_DB * SIGMA_DB : noise + 0.05 * (spread - noise);
        }
    }

    ParticleCloud cloud() {
        return cloud;
    }

    /** The phone's reading noise as learnt, in dB (the fixed assumption until it is). */
    double noiseDb() {
        return Double.isNaN(noise) ? SIGMA_DB : Math.sqrt(noise);
    }
}
