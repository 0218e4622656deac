package io.lien.bench.presence;

import io.lien.protocol.uplink.UplinkEvent.ShopperPresence;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LossCeilingsTest {

    /** z0 for 10 s, then z1 for 10 s; the gateway dates its move a second late and wavers into z2 for a second. */
    @Test
    void aLateMoveIsMendedByTheCrossingAndAFalseMoveByItsRemovalEachApart() {
        Map<Long, String> walk = new HashMap<>();
        for (long s = 0; s < 20; s++) {
            walk.put(s, s < 10 ? "z0" : "z1");
        }
        Timelines told = new Timelines();
        told.record(new ShopperPresence("p", "z0", "enter", 0), 0);
        told.record(new ShopperPresence("p", "z1", "move", 11_000, 0.6, 1_000), 12_000); // dated 11 s: a second late
        told.record(new ShopperPresence("p", "z2", "move", 2_000, 0.5, 0), 13_000); // never in z2
        told.record(new ShopperPresence("p", "z1", "move", 1_000, 0.7, 0), 14_000);
        LossCeilings mended = new LossCeilings();

        mended.add(Map.of("p", walk), told);

        assertEquals(1, mended.falseChanges);
        // at the crossing: z1 from 10 s; the way back from z2 dated at the crossing too, so a ms after z2 began
        assertEquals(100.0, mended.datedAtTheCrossing.rightPercent(), 1e-9);
        // without the waver, the late second (10 s) is still wrong
        assertEquals(100.0 * 19 / 20, mended.withoutFalseChanges.rightPercent(), 1e-9);
        assertEquals(100.0, mended.both.rightPercent(), 1e-9);
        PresenceScore asTold = new PresenceScore();
        told.scoreInto(asTold, Map.of("p", walk));
        assertEquals(100.0 * 18 / 20, asTold.rightPercent(), 1e-9, "the late second and the waver's");
    }
}
