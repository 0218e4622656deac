package io.lien.bench.presence;

import io.lien.gateway.cleaning.PresenceTracker;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ToldTest {

    @Test
    void theBoundsAreToldTheTruthUnlessARunAsksForAPaceOrAMapOff() {
        assertEquals(ZonePresenceBenchmark.Told.TRUTH, ZonePresenceBenchmark.Told.of());
        boolean learns = PresenceTracker.Settings.defaults().learnPathLoss();
        assertEquals(new ZonePresenceBenchmark.Told(1.1, 0.5, learns), ZonePresenceBenchmark.Told.of("bound-speed=1.1", "bound-fixtures-off=0.5"));
        assertEquals(new ZonePresenceBenchmark.Told(1.0, 0, !learns), ZonePresenceBenchmark.Told.of("learn-path-loss=" + !learns));
        assertThrows(IllegalArgumentException.class, () -> ZonePresenceBenchmark.Told.of("bound-sped=1.1"), "a typo is not the truth");
    }

    @Test
    void aMapKnownRoughlyMovesEveryFixtureAndNothingElse() {
        WalkStore floor = WalkStore.demoLike(1);
        assertSame(floor, floor.withSpotsMoved(0, 1));
        WalkStore rough = floor.withSpotsMoved(0.5, 1);
        assertEquals(floor.beacons(), rough.beacons());
        assertEquals(floor.spots().size(), rough.spots().size());
        for (int i = 0; i < floor.spots().size(); i++) {
            assertEquals(floor.spots().get(i).zone(), rough.spots().get(i).zone());
            assertNotEquals(floor.spots().get(i).x(), rough.spots().get(i).x());
        }
        assertEquals(rough, floor.withSpotsMoved(0.5, 1), "the same seed, the same map");
    }
}
