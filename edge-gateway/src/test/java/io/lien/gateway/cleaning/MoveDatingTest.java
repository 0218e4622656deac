package io.lien.gateway.cleaning;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.function.IntFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MoveDatingTest {

    private static final double NOISY = MoveDating.NOISY_DB;
    private static final double QUIET = 3;

    private final MoveDating dating = new MoveDating();

    private void second(long at, double a, double b) {
        dating.remember(Map.of("a", a, "b", b), at);
    }

    /** Zone b's share of each second from 1 s on, zone a holding the rest. */
    private void bHeld(double... b) {
        for (int i = 0; i < b.length; i++) {
            second((i + 1) * 1_000L, 1 - b[i], b[i]);
        }
    }

    /** What the estimator now says of the seconds kept, newest first: b's share, a holding the rest; then nothing. */
    private static IntFunction<Map<String, Double>> seenAfterwards(double... b) {
        return k -> k < b.length ? Map.of("a", 1 - b[k], "b", b[k]) : null;
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
        bHeld(0.05, 0.10, 0.60);
        assertEquals(0, dating.agoMs("b", "a", 0, 3_000, NOISY));
    }

    @Test
    void aShareFarBelowTheOldZonesDoesNotDateTheMove() {
        bHeld(0.20, 0.55); // at 1 s a fifth of the belief, but a quarter of the old zone's
        assertEquals(0, dating.agoMs("b", "a", 0, 2_000, NOISY));
    }

    @Test
    void aStayTheNewZoneContestedEverySecondWasNeverRealAndLastsAMillisecondNoisyOrNot() {
        bHeld(0.50, 0.45, 0.60);
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
        bHeld(0.05, 0.10, 0.20, 0.70);
        dating.lookBack(seenAfterwards(0.9, 0.7, 0.5, 0.1)); // of 4, 3, 2 and 1 s: the shopper had crossed at 2 s
        assertEquals(2_000, dating.agoMs("b", "a", 0, 4_000, QUIET));
    }

    @Test
    void aSecondTheEstimatorCannotSeeAfterwardsKeepsWhatItSaidThen() {
        bHeld(0.10, 0.10, 0.70); // at 1 s, as said then, a tenth is no share; afterwards it might have been: nobody can say
        dating.lookBack(seenAfterwards(0.7, 0.8));
        assertEquals(1_000, dating.agoMs("b", "a", 0, 3_000, QUIET), "2 s, seen afterwards, held by b; 1 s, as said then, not");
    }

    @Test
    void aZoneNobodyHeldAfterwardsDoesNotCarryTheMoveBack() {
        bHeld(0.5, 0.5);
        dating.lookBack(k -> k == 0 ? Map.of("b", 1.0) : Map.of("c", 1.0));
        assertEquals(0, dating.agoMs("b", "a", 0, 2_000, NOISY), "at 1 s, seen afterwards, the shopper was in c: neither a nor b");
    }

    @Test
    void aStaySeenAfterwardsAsTheNewZonesWasNeverReal() {
        bHeld(0.1, 0.4, 0.8);
        dating.lookBack(seenAfterwards(0.6, 0.6, 0.6));
        assertEquals(1_499, dating.agoMs("b", "a", 1_500, 3_000, QUIET));
    }
}
