package io.lien.bench.presence;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PresenceScoreTest {

    @Test
    void aWaverOnABorderCountsAsTwoChangesReportedForOneMadeAndItsSecondsAsWrong() {
        Map<Long, String> walk = new HashMap<>();
        for (long s = 0; s < 20; s++) {
            walk.put(s, s < 10 ? "a" : "b");
        }
        NavigableMap<Long, String> believed = new TreeMap<>();
        believed.put(0L, "a");
        believed.put(11_000L, "b"); // a second late
        believed.put(13_000L, "a"); // wavers back for two seconds
        believed.put(15_000L, "b");
        PresenceScore score = new PresenceScore();
        score.add(Map.of("p", walk), Map.of("p", believed));

        assertEquals(3.0, score.reportedPerTrueChange());
        assertEquals(100.0 * 17 / 20, score.rightPercent(), 1e-9);
        assertEquals(1, score.changes());
    }
}
