package io.lien.gateway.cleaning;

import io.lien.protocol.device.AppSightings;
import io.lien.protocol.uplink.StoreRegistry.Point;
import io.lien.protocol.uplink.UplinkEvent;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Zone presence from a position estimate, with beacons placed on the plan: a row of three zones 8 m apart. */
class PositionPresenceTest {

    private static final Map<String, String> ZONES = Map.of("b-a", "a", "b-b", "b", "b-c", "c");
    // sorted: the noise drawn for each beacon must not depend on Map.of's order, which changes between JVM runs
    private static final Map<String, Point> PLACES = new java.util.TreeMap<>(Map.of("b-a", new Point(0, 0), "b-b", new Point(8, 0),
            "b-c", new Point(16, 0)));
    private final PresenceTracker tracker = new PresenceTracker(PresenceTracker.Settings.defaults());
    private final Random noise = new Random(3);
    private long seq;

    private final PresenceTracker.Beacons beacons = beacons(PLACES, -59);

    /** The row of three zones, with these plan positions and this level at 1 m. */
    private static PresenceTracker.Beacons beacons(Map<String, Point> places, int txPower) {
        return new PlacedBeacons(ZONES, places, txPower);
    }

    /** What a phone at (x, 1) hears, with σ = 3 dB noise, and what the tracker makes of it. */
    private List<UplinkEvent> at(double x, long now) {
        List<AppSightings.Sighting> heard = new ArrayList<>();
        PLACES.forEach((id, p) -> {
            double d = Math.max(0.5, Math.hypot(p.x() - x, p.y() - 1));
            heard.add(new AppSightings.Sighting(id, (int) Math.round(-59 - 22 * Math.log10(d) + noise.nextGaussian() * 3)));
        });
        return tracker.onSightings(new AppSightings("inst-1", seq++, now, heard), beacons, now);
    }

    @Test
    void aShopperStandingInAZoneEntersItOnceDespiteTheNoise() {
        List<UplinkEvent> events = new ArrayList<>();
        for (int t = 0; t < 120; t++) {
            events.addAll(at(8, t * 1000L));
        }
        assertEquals(List.of(new UplinkEvent.ShopperPresence("inst-1", "b", "enter", 0)), withoutConfidence(events));
    }

    @Test
    void aShopperComingInSaysHowSureTheFilterIsSureUnderABeaconLessSoOnABorder() {
        double[] underB = new double[20];
        double[] onTheBorder = new double[20];
        for (int i = 0; i < 20; i++) {
            underB[i] = confidenceOfEntering("under-" + i, 8);
            onTheBorder[i] = confidenceOfEntering("border-" + i, 4);
        }
        double meanUnderB = java.util.Arrays.stream(underB).average().orElseThrow();
        double meanOnTheBorder = java.util.Arrays.stream(onTheBorder).average().orElseThrow();
        assertTrue(meanUnderB >= 0.8, "under b's beacon: " + java.util.Arrays.toString(underB));
        assertTrue(meanOnTheBorder < meanUnderB - 0.1, "on the a|b border: " + java.util.Arrays.toString(onTheBorder)
                + ", under b: " + java.util.Arrays.toString(underB));
    }

    /** The confidence a phone standing at (x, 1) comes in with. */
    private double confidenceOfEntering(String install, double x) {
        List<AppSightings.Sighting> heard = new ArrayList<>();
        for (Map.Entry<String, Point> p : PLACES.entrySet()) {
            double d = Math.max(0.5, Math.hypot(p.getValue().x() - x, p.getValue().y() - 1));
            heard.add(new AppSightings.Sighting(p.getKey(), (int) Math.round(-59 - 22 * Math.log10(d) + noise.nextGaussian() * 3)));
        }
        UplinkEvent.ShopperPresence entered = (UplinkEvent.ShopperPresence) tracker.onSightings(new AppSightings(install, 0, 0, heard),
                beacons, 0).get(0);
        assertEquals("enter", entered.change());
        return entered.confidence();
    }

    /** The events as a gateway without a confidence would have sent them. */
    private static List<UplinkEvent> withoutConfidence(List<UplinkEvent> events) {
        return events.stream().map(e -> e instanceof UplinkEvent.ShopperPresence p
                ? (UplinkEvent) new UplinkEvent.ShopperPresence(p.installId(), p.zone(), p.change(), p.dwellMs()) : e).toList();
    }

    @Test
    void aWalkAcrossTheStoreIsReportedAsOneMovePerZoneNearTheBoundaries() {
        List<UplinkEvent> events = new ArrayList<>();
        Map<String, Double> movedAt = new java.util.HashMap<>();
        for (int t = 0; t < 30; t++) {
            at(0, t * 1000L);
        }
        double x = 0;
        for (int t = 30; x < 16; t++) {
            x = Math.min(16, x + 1.2);
            for (UplinkEvent e : at(x, t * 1000L)) {
                events.add(e);
                movedAt.put(((UplinkEvent.ShopperPresence) e).zone(), x);
            }
        }
        for (int t = 50; t < 80; t++) {
            events.addAll(at(16, t * 1000L));
        }
        assertEquals(List.of("b", "c"), events.stream().map(e -> ((UplinkEvent.ShopperPresence) e).zone()).toList(),
                "one move into b, one into c: " + events);
        assertTrue(Math.abs(movedAt.get("b") - 4) <= 2.5, "into b near x = 4, was " + movedAt.get("b"));
        assertTrue(Math.abs(movedAt.get("c") - 12) <= 2.5, "into c near x = 12, was " + movedAt.get("c"));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "grid cell {0} m (0: particles)")
    @org.junit.jupiter.params.provider.ValueSource(doubles = {0, 0.5})
    void movesDatedBackStayInOrderWithinTheHindsightAndDwellRunsBetweenDatedMoments(double cell) {
        PresenceTracker.Settings d = PresenceTracker.Settings.defaults();
        PresenceTracker walks = new PresenceTracker(d.withGrid(cell, d.noiseDb(), d.switchAt()));
        int moves = 0;
        int datedBack = 0;
        for (int w = 0; w < 12; w++) {
            String install = "walker-" + w;
            long lastDated = -1;
            double x = 0;
            for (int t = 0; t < 80; t++) {
                x = t < 30 ? 0 : Math.min(16, x + 1.0);
                long now = t * 1000L;
                for (UplinkEvent e : walks.onSightings(new AppSightings(install, t, now, heardAt(x, 6)), beacons, now)) {
                    UplinkEvent.ShopperPresence p = (UplinkEvent.ShopperPresence) e;
                    long dated = now - p.agoMs();
                    assertTrue(p.agoMs() >= 0 && p.agoMs() <= MoveDating.HINDSIGHT_MS, "dated within the hindsight: " + p);
                    if (p.change().equals("move")) {
                        moves++;
                        datedBack += p.agoMs() > 0 ? 1 : 0;
                        assertTrue(dated > lastDated, install + ": dated at " + dated + ", not after the previous move (" + lastDated + ")");
                        assertEquals(dated - lastDated, p.dwellMs(), install + ": the time in the zone left runs between the dated moves");
                    } else {
                        assertEquals(0, p.agoMs(), "an arrival has nothing before it to date it by");
                    }
                    lastDated = dated;
                }
            }
        }
        assertTrue(moves >= 24, "a move into b and into c per walk at least: " + moves);
        assertTrue(datedBack > 0 && datedBack < moves, datedBack + " of " + moves + " moves dated back");
    }

    @Test
    void theParticleFilterDatesAQuietPhonesMoveByWhereItsGuessesCameFromNotOnlyANoisyPhones() {
        PresenceTracker walks = new PresenceTracker(PresenceTracker.Settings.defaults());
        int moves = 0;
        int datedBack = 0;
        long worst = 0;
        for (int w = 0; w < 12; w++) {
            double x = 0;
            for (int t = 0; t < 80; t++) {
                x = t < 30 ? 0 : Math.min(16, x + 1.0);
                long now = t * 1000L;
                for (UplinkEvent e : walks.onSightings(new AppSightings("quiet-" + w, t, now, heardAt(x, 3)), beacons, now)) {
                    UplinkEvent.ShopperPresence p = (UplinkEvent.ShopperPresence) e;
                    if (p.change().equals("move")) {
                        long crossed = (p.zone().equals("b") ? 34 : 42) * 1000L; // the borders lie at x = 4 and x = 12
                        worst = Math.max(worst, Math.abs(now - p.agoMs() - crossed));
                        datedBack += p.agoMs() > 0 ? 1 : 0;
                        moves++;
                    }
                }
            }
        }
        assertTrue(moves >= 24, "a move into b and into c per walk at least: " + moves);
        assertTrue(datedBack > 0, "a phone this quiet was never dated back before its guesses' past was read: " + datedBack);
        assertTrue(worst <= 2_000, "every move dated within 2 s of its crossing: " + worst + " ms");
    }

    /** What a phone at (x, 1) hears with σ dB of noise. */
    private List<AppSightings.Sighting> heardAt(double x, double sigma) {
        List<AppSightings.Sighting> heard = new ArrayList<>();
        PLACES.forEach((id, p) -> {
            double d = Math.max(0.5, Math.hypot(p.x() - x, p.y() - 1));
            heard.add(new AppSightings.Sighting(id, (int) Math.round(-59 - 22 * Math.log10(d) + noise.nextGaussian() * sigma)));
        });
        return heard;
    }

    @Test
    void aPhoneThatHearsEverythingTwoDecibelsLouderIsStillPlacedRight() {
        PresenceTracker.Beacons louder = beacons(PLACES, -61);
        List<UplinkEvent> events = new ArrayList<>();
        for (int t = 0; t < 60; t++) {
            List<AppSightings.Sighting> heard = List.of(new AppSightings.Sighting("b-a", -75), new AppSightings.Sighting("b-b", -62),
                    new AppSightings.Sighting("b-c", -75));
            events.addAll(tracker.onSightings(new AppSightings("inst-2", t, t * 1000L, heard), louder, t * 1000L));
        }
        assertEquals(List.of(new UplinkEvent.ShopperPresence("inst-2", "b", "enter", 0)), withoutConfidence(events));
    }

    @Test
    void aShopperStandingInAZoneWhoseBeaconDiedIsStillPlacedThere() {
        Map<Long, String> zoneFrom = new java.util.TreeMap<>();
        for (int t = 0; t < 60; t++) {
            List<AppSightings.Sighting> heard = new ArrayList<>(heardAt(8, 3));
            heard.removeIf(h -> h.beaconId().equals("b-b")); // b's beacon is dead: its neighbours, 8 m away each side, still heard
            for (UplinkEvent e : tracker.onSightings(new AppSightings("inst-dead", t, t * 1000L, heard), beacons, t * 1000L)) {
                zoneFrom.put(t * 1000L, ((UplinkEvent.ShopperPresence) e).zone());
            }
        }
        // the cloud starts around the loudest beacon heard (a's or c's) and finds b between them
        assertEquals("b", ((java.util.TreeMap<Long, String>) zoneFrom).lastEntry().getValue(),
                "the zone is drawn from every beacon the plan places, not only those heard: " + zoneFrom);
        assertTrue(((java.util.TreeMap<Long, String>) zoneFrom).lastKey() <= 5_000, "in b within 5 s, for good: " + zoneFrom);
    }

    @Test
    void beaconsWithoutAPlaceFallBackToTheLoudestZone() {
        PresenceTracker.Beacons unplaced = beacons(Map.of(), -59);
        List<UplinkEvent> events = tracker.onSightings(new AppSightings("inst-3", 0, 0,
                List.of(new AppSightings.Sighting("b-c", -60), new AppSightings.Sighting("b-a", -80))), unplaced, 0);
        assertEquals(List.of(new UplinkEvent.ShopperPresence("inst-3", "c", "enter", 0)), events);
    }
}
