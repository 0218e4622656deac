package io.lien.gateway.cleaning;

import io.lien.protocol.uplink.StoreRegistry.Point;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The particle filter's past: each guess carries where its ancestors stood, so today's guesses can say where the shopper was. */
class ParticleCloudTest {

    private static final ParticleCloud.Heard WEST = new ParticleCloud.Heard("b-w", new Point(0, 0), 0, -59);
    private static final ParticleCloud.Heard EAST = new ParticleCloud.Heard("b-e", new Point(10, 0), 0, -59);
    private static final List<ParticleCloud.Heard> BEACONS = List.of(WEST, EAST);
    private static final int[] LABELS = {0, 1};

    /** Readings as a phone standing at {@code x} on the line between the two beacons would hear them, without noise. */
    private static List<ParticleCloud.Heard> heardAt(double x) {
        return List.of(
                new ParticleCloud.Heard("b-w", WEST.at(), (int) Math.round(-59 - 22 * Math.log10(Math.max(0.5, x))), -59),
                new ParticleCloud.Heard("b-e", EAST.at(), (int) Math.round(-59 - 22 * Math.log10(Math.max(0.5, 10 - x))), -59));
    }

    @Test
    void aCloudSaysNothingOfSecondsBeforeItWasFirstLabelled() {
        ParticleCloud cloud = new ParticleCloud(100, new Point(5, 0), 6, new Random(1));
        assertNull(cloud.labelsAgo(0, 2));
        cloud.nearestVotes(BEACONS, LABELS);
        assertEquals(100, cloud.labelsAgo(0, 2)[0] + cloud.labelsAgo(0, 2)[1]);
        assertNull(cloud.labelsAgo(1, 2), "one second labelled, not two");
    }

    @Test
    void theLastSecondsLabelsAreTheVotesOfThatSecond() {
        ParticleCloud cloud = new ParticleCloud(200, new Point(5, 0), 6, new Random(2));
        int[] votes = cloud.nearestVotes(BEACONS, LABELS);
        assertArrayEquals(votes, cloud.labelsAgo(0, 2));
    }

    @Test
    void guessesRedrawnByLaterReadingsKeepTheirAncestorsPast() {
        ParticleCloud cloud = new ParticleCloud(200, new Point(5, 0), 6, new Random(3));
        int[] before = cloud.nearestVotes(BEACONS, LABELS);
        assertTrue(before[0] > 40 && before[1] > 40, "the cloud starts spread over both sides: " + before[0] + " / " + before[1]);
        for (int s = 0; s < 3; s++) {
            cloud.predict(1, 1.2, 0.2, 0.3);
            cloud.update(heardAt(9), 2.2, 4);
            cloud.nearestVotes(BEACONS, LABELS);
        }
        int[] then = cloud.labelsAgo(3, 2);
        assertEquals(200, then[0] + then[1]);
        assertTrue(then[1] > 180, "the guesses that survived readings from the east side descend from guesses that stood there: " + then[1]);
        assertTrue(cloud.labelsAgo(3, 2)[1] > before[1], "the first second, seen afterwards, leans east more than it did at the time");
    }

    @Test
    void onlyTheLastSixSecondsAreKept() {
        ParticleCloud cloud = new ParticleCloud(50, new Point(5, 0), 6, new Random(4));
        for (int s = 0; s < 10; s++) {
            cloud.nearestVotes(BEACONS, LABELS);
        }
        assertEquals(50, cloud.labelsAgo(ParticleCloud.PAST - 1, 2)[0] + cloud.labelsAgo(ParticleCloud.PAST - 1, 2)[1]);
        assertNull(cloud.labelsAgo(ParticleCloud.PAST, 2));
    }

    @Test
    void theLikelihoodCurveOfOneSecondPeaksAtTheFloorsExponentWhateverThePhonesLevel() {
        Point phone = new Point(3, 2);
        List<ParticleCloud.Heard> heard = new java.util.ArrayList<>();
        Point[] beacons = {new Point(0, 0), new Point(8, 0), new Point(0, 8), new Point(8, 8), new Point(16, 0)};
        for (int b = 0; b < beacons.length; b++) {
            double d = Math.hypot(beacons[b].x() - phone.x(), beacons[b].y() - phone.y());
            // a floor fading at 2.8, a phone reading 5 dB louder than the beacons' nominal level
            heard.add(new ParticleCloud.Heard("b-" + b, beacons[b], (int) Math.round(-59 + 5 - 28 * Math.log10(d)), -59));
        }
        ParticleCloud cloud = new ParticleCloud(400, phone, 0.3, new Random(4));
        double[] curve = cloud.exponentCurve(heard, 4);
        assertTrue(curve[1] < 0, "a curve with a top");
        assertEquals(2.8, -curve[0] / (2 * curve[1]), 0.15);
    }
}
