package io.lien.gateway.cleaning;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The floor's exponent, learnt from the likelihood curves the particle filter hands over. */
class PathLossLearnerTest {

    /** One sighting's curve whose top is at {@code top}, as sharp as {@code weight} says. */
    private static double[] peakingAt(double top, double weight) {
        return new double[] {2 * top * weight, -weight};
    }

    @Test
    void theConfiguredExponentHoldsUntilEnoughSightingsAreIn() {
        PathLossLearner learner = new PathLossLearner(2.2, true);
        for (int i = 1; i < PathLossLearner.WARM_UP; i++) {
            learner.add(peakingAt(2.6, 1));
        }
        assertEquals(2.2, learner.exponent(), 1e-9);
        learner.add(peakingAt(2.6, 1));
        assertEquals(2.6, learner.exponent(), 1e-6);
    }

    @Test
    void theExponentIsTheTopOfEverySightingsCurveAddedUpTheSharperWeighingMore() {
        PathLossLearner learner = new PathLossLearner(2.2, true);
        for (int i = 0; i < PathLossLearner.WARM_UP; i++) {
            learner.add(peakingAt(2.0, 1));
            learner.add(peakingAt(3.0, 3));
        }
        // (2.0 · 1 + 3.0 · 3) / 4
        assertEquals(2.75, learner.exponent(), 0.01);
    }

    @Test
    void oldEvidenceFadesSoAFloorThatChangesIsFollowed() {
        PathLossLearner learner = new PathLossLearner(2.2, true);
        for (int i = 0; i < 20_000; i++) {
            learner.add(peakingAt(1.8, 1));
        }
        assertEquals(1.8, learner.exponent(), 1e-6);
        for (int i = 0; i < 60_000; i++) {
            learner.add(peakingAt(2.6, 1));
        }
        assertEquals(2.6, learner.exponent(), 0.05);
    }

    @Test
    void anExponentNoFloorHasIsNeverTakenNorACurveWithoutATop() {
        PathLossLearner learner = new PathLossLearner(2.2, true);
        for (int i = 0; i < PathLossLearner.WARM_UP; i++) {
            learner.add(peakingAt(9, 1));
        }
        assertEquals(PathLossLearner.HIGHEST, learner.exponent(), 1e-9);
        PathLossLearner flat = new PathLossLearner(2.2, true);
        for (int i = 0; i < PathLossLearner.WARM_UP; i++) {
            flat.add(new double[] {1, 0.5});
        }
        assertEquals(2.2, flat.exponent(), 1e-9, "a curve without a top says nothing");
    }

    @Test
    void theConfiguredExponentIsKeptUnlessTheReadingsSayItIsSurelyOff() {
        PathLossLearner nearlyRight = new PathLossLearner(2.2, true);
        PathLossLearner wrong = new PathLossLearner(2.6, true);
        PathLossLearner notAllowed = new PathLossLearner(2.6, false);
        for (int i = 0; i < PathLossLearner.WARM_UP; i++) {
            for (PathLossLearner learner : new PathLossLearner[] {nearlyRight, wrong, notAllowed}) {
                learner.add(peakingAt(2.1, 1));
            }
        }
        assertEquals(2.1, nearlyRight.exponent(), 1e-6, "what the readings say is shown");
        assertEquals(2.2, nearlyRight.toWeighWith(), 1e-9, "within the learner's own bias: the configured value holds");
        assertEquals(2.1, wrong.toWeighWith(), 1e-6, "0.5 off: the readings win");
        assertEquals(2.1, notAllowed.exponent(), 1e-6, "learnt and shown all the same");
        assertEquals(2.6, notAllowed.toWeighWith(), 1e-9, "presence.learn-path-loss=false: the setting, always");
    }

    @Test
    void aPhoneReportingOnlyItsLoudestBeaconsTeachesNothingOnceItShowsItself() {
        PathLossLearner.Reports loudestTwelve = new PathLossLearner.Reports();
        for (int i = 1; i < PathLossLearner.SAME_LENGTH; i++) {
            assertTrue(loudestTwelve.tellsTheFading(12, 60), "not yet seen to be cut");
        }
        assertFalse(loudestTwelve.tellsTheFading(12, 60));
        assertTrue(loudestTwelve.tellsTheFading(9, 60), "fewer heard than it would report: nothing left out");

        PathLossLearner.Reports everything = new PathLossLearner.Reports();
        for (int i = 0; i < 20; i++) {
            assertTrue(everything.tellsTheFading(6, 6), "every placed beacon, every second");
        }
        assertFalse(new PathLossLearner.Reports().tellsTheFading(3, 6), "three readings fix a place and a level, no more");
    }
}
