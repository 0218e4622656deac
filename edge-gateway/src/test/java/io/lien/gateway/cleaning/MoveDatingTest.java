package io.lien.gateway.cleaning;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MoveDatingTest {

    private static final double NOISY = MoveDating.NOISY_DB;
    private static final double QUIET = 3;

    private final MoveDating dating = new MoveDating();

    private void second(long at, double a, double b) {
        dating.remember(Map.of("a", a, "b", b), at);
    }

    /** Zone b grows for two seconds before it wins at 4 s. */
    private void bGrowsThenWins() {
        second(1_000, 0.95, 0.05);
        second(2_000, 0.70, 0.25); // a quarter, more than a third of a's
        second(3_000, 0.60, 0.40);
        second(4_000, 0.30, 0.70);
    }

    @Test
    void aNoisyPhonesMoveIsDatedToTheFirstSecondTheNewZoneAlreadyHeldAFairShare() {
        bGrowsThenWins();
        assertEquals(2_000, dating.agoMs("b", "a", 0, 4_000, NOISY));
    }

    @Test
    void aQuietPhonesMoveIsOnTimeAndNotDatedBack() {
        bGrowsThenWins();
        assertEquals(0, dating.agoMs("b", "a", 0, 4_000, QUIET));
    }

    @Test
    void aZoneThatOnlyNowWinsIsDatedNow() {
        second(1_000, 0.95, 0.05);
        second(2_000, 0.90, 0.10);
        second(3_000, 0.40, 0.60);
        assertEquals(0, dating.agoMs("b", "a", 0, 3_000, NOISY));
    }

    @Test
    void aShareFarBelowTheOldZonesDoesNotDateTheMove() {
        second(1_000, 0.80, 0.20); // a fifth of the belief, but a quarter of the old zone's
        second(2_000, 0.45, 0.55);
        assertEquals(0, dating.agoMs("b", "a", 0, 2_000, NOISY));
    }

    @Test
    void aStayTheNewZoneContestedEverySecondWasNeverRealAndLastsAMillisecondNoisyOrNot() {
        second(1_000, 0.50, 0.50);
        second(2_000, 0.55, 0.45);
        second(3_000, 0.40, 0.60);
        assertEquals(1_499, dating.agoMs("b", "a", 1_500, 3_000, NOISY), "a was reported at 1.5 s, against b's share all along");
        assertEquals(1_499, dating.agoMs("b", "a", 1_500, 3_000, QUIET));
    }

    @Test
    void neverMoreThanTheHindsightBack() {
        for (long t = 0; t <= 20_000; t += 1_000) {
            second(t, 0.5, 0.5);
        }
        assertEquals(MoveDating.HINDSIGHT_MS, dating.agoMs("b", "a", 0, 20_000, NOISY));
    }

    @Test
    void aSecondWithoutTheZoneEndsTheDating() {
        dating.remember(Map.of("a", 0.6, "b", 0.4), 1_000);
        dating.remember(Map.of("a", 0.9, "c", 0.1), 2_000); // b unheard of: nothing carries it back
        dating.remember(Map.of("a", 0.3, "b", 0.7), 3_000);
        assertEquals(0, dating.agoMs("b", "a", 0, 3_000, NOISY));
    }

    @Test
    void sharesSeenAfterwardsDateAQuietPhonesMoveToTheFirstSecondTheNewZoneHeldAtLeastTheOldOnes() {
        second(1_000, 0.95, 0.05);
        second(2_000, 0.90, 0.10);
        second(3_000, 0.80, 0.20);
        second(4_000, 0.30, 0.70);
        // what the estimator now says of 4, 3, 2 and 1 s: the shopper had crossed at 2 s
        List<Map<String, Double>> afterwards = List.of(Map.of("a", 0.1, "b", 0.9), Map.of("a", 0.3, "b", 0.7),
                Map.of("a", 0.5, "b", 0.5), Map.of("a", 0.9, "b", 0.1));
        dating.lookBack(afterwards::get);
        assertEquals(2_000, dating.agoMs("b", "a", 0, 4_000, QUIET));
    }

    @Test
    void aSecondTheEstimatorCannotSeeAfterwardsKeepsWhatItSaidThen() {
        second(1_000, 0.90, 0.10); // as said then: a tenth is no share; afterwards it might have been, but nobody can say
        second(2_000, 0.90, 0.10);
        second(3_000, 0.30, 0.70);
        dating.lookBack(k -> k == 0 ? Map.of("a", 0.3, "b", 0.7) : k == 1 ? Map.of("a", 0.2, "b", 0.8) : null);
        assertEquals(1_000, dating.agoMs("b", "a", 0, 3_000, QUIET), "2 s, seen afterwards, held by b; 1 s, as said then, not");
    }

    @Test
    void aZoneNobodyHeldAfterwardsDoesNotCarryTheMoveBack() {
        second(1_000, 0.5, 0.5);
        second(2_000, 0.5, 0.5);
        dating.lookBack(k -> k == 0 ? Map.of("b", 1.0) : Map.of("c", 1.0));
        assertEquals(0, dating.agoMs("b", "a", 0, 2_000, NOISY), "at 1 s, seen afterwards, the shopper was in c: neither a nor b");
    }

    @Test
    void aStaySeenAfterwardsAsTheNewZonesWasNeverReal() {
        second(1_000, 0.9, 0.1);
        second(2_000, 0.6, 0.4);
        second(3_000, 0.2, 0.8);
        dating.lookBack(k -> Map.of("a", 0.4, "b", 0.6));
        assertEquals(1_499, dating.agoMs("b", "a", 1_500, 3_000, QUIET));
    }
}
