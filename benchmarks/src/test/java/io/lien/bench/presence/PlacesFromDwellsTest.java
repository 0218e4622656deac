package io.lien.bench.presence;

import io.lien.protocol.device.AppSightings;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;

class PlacesFromDwellsTest {

    private static final WalkStore FLOOR = WalkStore.demoLike(1);

    /** What a phone standing at (x, y) for {@code seconds} hears without noise, reading {@code gainDb} above the model. */
    private static List<List<AppSightings.Sighting>> dwellAt(double x, double y, int seconds, double gainDb) {
        Radio quiet = Radio.of(PlacesFromDwells.ASSUMED_EXPONENT, 0);
        List<List<AppSightings.Sighting>> heard = new ArrayList<>();
        for (int s = 0; s < seconds; s++) {
            heard.add(quiet.hear(FLOOR, x, y, s, new Random(s), gainDb));
        }
        return heard;
    }

    @Test
    void aDwellHeardWithoutNoiseIsPlacedWithinAGridStepOfWhereTheShopperStood() {
        double[] at = PlacesFromDwells.fit(FLOOR, dwellAt(5.3, 9.1, 10, 0));
        assertTrue(Math.hypot(at[0] - 5.3, at[1] - 9.1) <= PlacesFromDwells.GRID_M, "placed at " + at[0] + ", " + at[1]);
    }

    @Test
    void aLoudPhoneIsPlacedNearerWhenItsOffsetIsOneUnknownForTheWholeDwell() {
        List<List<AppSightings.Sighting>> seconds = dwellAt(5.3, 9.1, 30, 5); // reads 5 dB above the model
        double[] eachSecond = PlacesFromDwells.fit(FLOOR, seconds, false);
        double[] wholeDwell = PlacesFromDwells.fit(FLOOR, seconds, true);
        double off = Math.hypot(wholeDwell[0] - 5.3, wholeDwell[1] - 9.1);
        assertTrue(off <= 2 * PlacesFromDwells.GRID_M, "placed at " + wholeDwell[0] + ", " + wholeDwell[1]);
        assertTrue(off < Math.hypot(eachSecond[0] - 5.3, eachSecond[1] - 9.1), "an offset a second is drawn to zero by its prior");
    }
}
