package io.lien.gateway.cleaning;

import io.lien.protocol.device.AppSightings;
import io.lien.protocol.uplink.UplinkEvent;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PresenceTrackerTest {

    private static final Map<String, String> ZONES = Map.of("b-coats", "coats", "b-knit", "knitwear");
    private final PresenceTracker tracker = new PresenceTracker(new PresenceTracker.Settings(0.35, 2, 10_000));
    private long seq;

    private List<UplinkEvent> heard(long now, int coats, int knit) {
        List<AppSightings.Sighting> s = new ArrayList<>();
        s.add(new AppSightings.Sighting("b-coats", coats));
        s.add(new AppSightings.Sighting("b-knit", knit));
        return tracker.onSightings(new AppSightings("inst-1", seq++, now, s), ZONES::get, now);
    }

    @Test
    void theFirstSightingEntersTheStrongestZone() {
        assertEquals(List.of(new UplinkEvent.ShopperPresence("inst-1", "coats", "enter", 0)), heard(0, -60, -80));
    }

    @Test
    void aSingleNoisySecondDoesNotMoveTheShopper() {
        heard(0, -60, -80);
        for (int t = 1; t < 10; t++) {
            boolean spike = t == 5;
            assertTrue(heard(t * 1000L, spike ? -85 : -61, spike ? -58 : -79).isEmpty(), "second " + t);
        }
    }

    @Test
    void aRealMoveIsReportedOnceWithTheDwellOfThePreviousZone() {
        heard(0, -60, -80);
        List<UplinkEvent> events = new ArrayList<>();
        for (int t = 1; t <= 8; t++) {
            events.addAll(heard(t * 1000L, -82, -58));
        }
        assertEquals(1, events.size());
        UplinkEvent.ShopperPresence move = (UplinkEvent.ShopperPresence) events.get(0);
        assertEquals("knitwear", move.zone());
        assertEquals("move", move.change());
        assertTrue(move.dwellMs() > 0);
    }

    @Test
    void silenceMeansTheShopperLeft() {
        heard(0, -60, -80);
        assertTrue(tracker.expire(5_000).isEmpty());
        assertEquals(List.of(new UplinkEvent.ShopperPresence("inst-1", "coats", "leave", 10_000)), tracker.expire(10_000));
        assertEquals(0, tracker.tracked());
    }

    @Test
    void beaconsOutsideTheRegistryAreIgnored() {
        List<UplinkEvent> events = tracker.onSightings(new AppSightings("inst-2", 0, 0,
                List.of(new AppSightings.Sighting("b-neighbour-shop", -40))), ZONES::get, 0);
        assertTrue(events.isEmpty());
        assertEquals(0, tracker.tracked());
    }
}
