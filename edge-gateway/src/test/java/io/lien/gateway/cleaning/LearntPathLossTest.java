package io.lien.gateway.cleaning;

import io.lien.protocol.device.AppSightings;
import io.lien.protocol.uplink.StoreRegistry.Point;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A tracker configured for one floor finds out, from its shoppers' readings, how fast signal really fades on it. */
class LearntPathLossTest {

    /** Six zones, 3 × 2, a beacon in the middle of each, 8 m apart. */
    private static final Map<String, Point> PLACES = new TreeMap<>();
    private static final Map<String, String> ZONES = new TreeMap<>();

    static {
        for (int col = 0; col < 3; col++) {
            for (int row = 0; row < 2; row++) {
                String id = "b-" + col + row;
                PLACES.put(id, new Point(4 + 8 * col, 4 + 8 * row));
                ZONES.put(id, "z" + col + row);
            }
        }
    }

    private final PlacedBeacons beacons = new PlacedBeacons(ZONES, PLACES, -59);
    private final Random random = new Random(11);

    @ParameterizedTest(name = "a floor fading at {0}")
    @ValueSource(doubles = {1.8, 2.2, 2.6})
    void twentyShoppersStandingAboutForTwoMinutesShowTheFloorsExponent(double floor) {
        PresenceTracker tracker = new PresenceTracker(PresenceTracker.Settings.defaults().withLearntPathLoss(true));
        double[][] at = new double[20][];
        for (int s = 0; s < at.length; s++) {
            at[s] = new double[] {1 + 22 * random.nextDouble(), 1 + 14 * random.nextDouble()};
        }
        for (int second = 0; second < 120; second++) {
            for (int s = 0; s < at.length; s++) {
                if (random.nextDouble() < 0.05) { // now and then a shopper moves on to another spot
                    at[s] = new double[] {1 + 22 * random.nextDouble(), 1 + 14 * random.nextDouble()};
                }
                long now = second * 1_000L;
                tracker.onSightings(new AppSightings("inst-" + s, second, now, heard(at[s], floor)), beacons, now);
            }
        }
        assertEquals(floor, tracker.learntPathLossExponent(), 0.2);
    }

    @Test
    void phonesThatReportOnlyTheirLoudestBeaconsLeaveTheConfiguredExponentAlone() {
        PresenceTracker tracker = new PresenceTracker(PresenceTracker.Settings.defaults().withLearntPathLoss(true));
        for (int second = 0; second < 120; second++) {
            for (int s = 0; s < 20; s++) {
                double[] at = {1 + 22 * random.nextDouble(), 1 + 14 * random.nextDouble()};
                List<AppSightings.Sighting> loudest = heard(at, 1.8).stream()
                        .sorted(Comparator.comparingInt(AppSightings.Sighting::rssi).reversed()).limit(4).toList();
                long now = second * 1_000L;
                tracker.onSightings(new AppSightings("inst-" + s, second, now, loudest), beacons, now);
            }
        }
        assertEquals(PresenceTracker.Settings.defaults().pathLossExponent(), tracker.learntPathLossExponent(), 1e-9);
    }

    /** Every beacon, under the log-distance model at {@code exponent}, σ 4 dB, each phone at its own level. */
    private List<AppSightings.Sighting> heard(double[] at, double exponent) {
        List<AppSightings.Sighting> heard = new ArrayList<>();
        PLACES.forEach((id, p) -> {
            double d = Math.max(0.5, Math.hypot(p.x() - at[0], p.y() - at[1]));
            double rssi = -59 - 10 * exponent * Math.log10(d) + random.nextGaussian() * 4;
            if (rssi > -100) {
                heard.add(new AppSightings.Sighting(id, (int) Math.round(rssi)));
            }
        });
        return heard;
    }
}
