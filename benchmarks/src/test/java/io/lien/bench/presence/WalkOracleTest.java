package io.lien.bench.presence;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;

class WalkOracleTest {

    @Test
    void knowing_the_walks_it_is_almost_always_right_when_the_radio_barely_lies() {
        double right = score(Radio.of(2.2, 0.5));
        assertTrue(right > 99.0, "right in " + right + " % of seconds");
    }

    @Test
    void at_six_decibels_it_stays_above_the_plain_reference_as_a_bound_must() {
        ZonePresenceBenchmark.Case noisy = new ZonePresenceBenchmark.Case("σ 6 dB", Walks.Model.SPOTS, Radio.of(2.2, 6));
        PresenceScore bound = new PresenceScore();
        PresenceScore reference = new PresenceScore();
        ZonePresenceBenchmark.Run run = ZonePresenceBenchmark.run(noisy, 10, 1);
        bound.add(run.truth(), run.bound());
        reference.add(run.truth(), run.reference());

        assertTrue(bound.rightPercent() > reference.rightPercent(), bound.rightPercent() + " % against " + reference.rightPercent() + " %");
        assertTrue(bound.rightPercent() < 100.0, "six decibels of noise cannot be read through every second");
    }

    private static double score(Radio radio) {
        WalkStore store = WalkStore.demoLike(3);
        List<Walks.Walker> walkers = Walks.of(Walks.Model.SPOTS, store, 5, 42);
        WalkOracle oracle = new WalkOracle(store, radio);
        Random noise = new Random(1);
        long seconds = 0;
        long right = 0;
        for (Walks.Walker w : walkers) {
            for (int i = 0; i < w.x().length; i++) {
                String zone = oracle.take(w.installId(), radio.hear(store, w.x()[i], w.y()[i], w.from() + i, noise, 0));
                seconds++;
                right += zone.equals(store.zoneAt(w.x()[i], w.y()[i])) ? 1 : 0;
            }
        }
        return 100.0 * right / seconds;
    }
}
