package io.lien.gateway.cleaning;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StandingMapTest {

    /** A belief over a window of four cells of a 100-cell floor, all of it standing at floor cell 42. */
    private static void standAt42(StandingMap map) {
        map.add(new double[]{0, 0.5, 0, 0}, new int[]{41, 42, 43, 44}, 0.5);
    }

    @Test
    void aNewFloorLetsWalkersStopAnywhereUntilItHasSeenEnoughStanding() {
        StandingMap map = new StandingMap(100);
        for (int s = 1; s < StandingMap.LEARNT_AFTER_S; s++) {
            standAt42(map);
        }
        assertEquals(1, map.stopWeight(42));
        assertEquals(1, map.stopWeight(7));
    }

    @Test
    void whereShoppersStoodWalkersStopMoreAndLessWhereNobodyDid() {
        StandingMap map = new StandingMap(100);
        for (int s = 0; s < StandingMap.LEARNT_AFTER_S; s++) {
            standAt42(map);
        }
        assertEquals(StandingMap.STOP_MAX, map.stopWeight(42), "capped");
        assertEquals(StandingMap.STOP_BASE, map.stopWeight(41), 1e-9);
        assertEquals(StandingMap.STOP_BASE, map.stopWeight(7), 1e-9);
    }

    @Test
    void theMapForgetsByHalvesSoAFloorLaidOutAgainIsLearntAgain() {
        StandingMap map = new StandingMap(100);
        for (int s = 0; s < StandingMap.HALVED_AT_S + 10; s++) {
            standAt42(map);
        }
        assertTrue(map.seconds() < StandingMap.HALVED_AT_S, "seconds kept: " + map.seconds());
        assertTrue(map.seconds() > StandingMap.HALVED_AT_S / 2 - 1);
    }
}
