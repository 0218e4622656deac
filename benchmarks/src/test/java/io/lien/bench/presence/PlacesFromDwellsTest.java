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

    @Test
    void aLoudPhoneIsPlacedNearerWhenItsOffsetIsOneUnknownForTheWholeDwell() {
        WalkStore floor = WalkStore.demoLike(1);
        Radio quiet = Radio.of(PlacesFromDwells.ASSUMED_EXPONENT, 0);
        List<List<AppSightings.Sighting>> seconds = new ArrayList<>();
        for (int s = 0; s < 30; s++) {
            seconds.add(quiet.hear(floor, 5.3, 9.1, s, new Random(s), 5)); // reads 5 dB above the model
        }
        double[] eachSecond = PlacesFromDwells.fit(floor, seconds, false);
        double[] wholeDwell = PlacesFromDwells.fit(floor, seconds, true);
        double off = Math.hypot(wholeDwell[0] - 5.3, wholeDwell[1] - 9.1);
        assertTrue(off <= 2 * PlacesFromDwells.GRID_M, "placed at " + wholeDwell[0] + ", " + wholeDwell[1]);
        assertTrue(off < Math.hypot(eachSecond[0] - 5.3, eachSecond[1] - 9.1), "an offset a second is drawn to zero by its prior");
    }
}
