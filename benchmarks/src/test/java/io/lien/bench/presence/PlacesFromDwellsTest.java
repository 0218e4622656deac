package io.lien.bench.presence;

import io.lien.protocol.device.AppSightings;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;

class PlacesFromDwellsTest {

    @Test
    void aDwellHeardWithoutNoiseIsPlacedWithinAGridStepOfWhereTheShopperStood() {
        WalkStore floor = WalkStore.demoLike(1);
        Radio quiet = Radio.of(PlacesFromDwells.ASSUMED_EXPONENT, 0);
        List<List<AppSightings.Sighting>> seconds = new ArrayList<>();
        for (int s = 0; s < 10; s++) {
            seconds.add(quiet.hear(floor, 5.3, 9.1, s, new Random(s), 0));
        }
        double[] at = PlacesFromDwells.fit(floor, seconds);
        assertTrue(Math.hypot(at[0] - 5.3, at[1] - 9.1) <= PlacesFromDwells.GRID_M, "placed at " + at[0] + ", " + at[1]);
    }
}
