package io.lien.gateway.cleaning;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The floor's exponent, learnt from the likelihood curves the particle filter hands over. */
class PathLossLearnerTest {

    /** One sighting's curve whose top is at {@code top}, as sharp as {@code weight} says. */
    private static double[] peakingAt(double top, double weight) {
        return new double[] {2 * top * weight, -weight};
    }

    @Test
    void theConfiguredExponentHoldsUntilEnoughSightingsAreIn() {
        PathLossLearner learner = new PathLossLearner(2.2);
        for (int i = 1; i < PathLossLearner.WARM_UP; i++) {
            learner.add(peakingAt(2.6, 1));
        }
        assertEquals(2.2, learner.exponent(), 1e-9);
        learner.add(peakingAt(2.6, 1));
        assertEquals(2.6, learner.exponent(), 1e-6);
    }

    @Test
    void theExponentIsTheTopOfEverySightingsCurveAddedUpTheSharperWeighingMore() {
        PathLossLearner learner = new PathLossLearner(2.2);
        for (int i = 0; i < PathLossLearner.WARM_UP; i++) {
            learner.add(peakingAt(2.0, 1));
            learner.add(peakingAt(3.0, 3));
        }
        // (2.0 · 1 + 3.0 · 3) / 4
        assertEquals(2.75, learner.exponent(), 0.01);
    }

    @Test
    void oldEvidenceFadesSoAFloorThatChangesIsFollowed() {
        PathLossLearner learner = new PathLossLearner(2.2);
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
        PathLossLearner learner = new PathLossLearner(2.2);
        for (int i = 0; i < PathLossLearner.WARM_UP; i++) {
            learner.add(peakingAt(9, 1));
        }
        assertEquals(PathLossLearner.HIGHEST, learner.exponent(), 1e-9);
        PathLossLearner flat = new PathLossLearner(2.2);
        for (int i = 0; i < PathLossLearner.WARM_UP; i++) {
            flat.add(new double[] {1, 0.5});
        }
        assertEquals(2.2, flat.exponent(), 1e-9, "a curve without a top says nothing");
    }
}
