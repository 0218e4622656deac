package io.lien.gateway.cleaning;

import io.lien.protocol.device.AppSightings;
import io.lien.protocol.uplink.StoreRegistry.Point;
import io.lien.protocol.uplink.UplinkEvent;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The forward filter over the plan: zones drawn from the beacons, a standing shopper held, a walk followed. */
class ZoneBeliefTest {

    /** Three zones in a row, beacons 8 m apart. */
    private static final Map<String, Point> PLACED = new LinkedHashMap<>();

    static {
        // in this order, always: the noise drawn for each beacon must not depend on a map's iteration order
        PLACED.put("b-a", new Point(4, 4));
        PLACED.put("b-b", new Point(12, 4));
        PLACED.put("b-c", new Point(20, 4));
    }
    private static final Map<String, String> ZONES = Map.of("b-a", "a", "b-b", "b", "b-c", "c");

    private PresenceTracker tracker = new PresenceTracker(PresenceTracker.Settings.defaults().withGrid(0.5, 5, 0.5));
    private Random noise = new Random(3);
    /** The zone of the loudest beacon each second: what one second's readings say on their own. */
    private final List<String> loudest = new ArrayList<>();

    private final PresenceTracker.Beacons beacons = new PlacedBeacons(ZONES, PLACED, -59);

    private List<AppSightings.Sighting> heard(double x, double y, double sigma, String silent) {
        List<AppSightings.Sighting> heard = new ArrayList<>();
        PLACED.forEach((id, at) -> {
            if (!id.equals(silent)) {
                double rssi = -59 - 22 * Math.log10(Math.max(0.5, at.distanceTo(x, y))) + noise.nextGaussian() * sigma;
                heard.add(new AppSightings.Sighting(id, (int) Math.round(rssi)));
            }
        });
        return heard;
    }

    /** Zone reported each second while the phone walks from (x0, y) to (x1, y) at 1 m/s after standing {@code stand} s. */
    private List<String> walk(double x0, double x1, double y, int stand, double sigma, String silent) {
        List<String> zones = new ArrayList<>();
        String zone = null;
        int seconds = stand + (int) Math.abs(x1 - x0) + 10;
        for (int s = 0; s < seconds; s++) {
            double x = s < stand ? x0 : x0 + Math.signum(x1 - x0) * Math.min(Math.abs(x1 - x0), s - stand);
            List<AppSightings.Sighting> heard = heard(x, y, sigma, silent);
            loudest.add(ZONES.get(heard.stream().max(java.util.Comparator.comparingInt(AppSightings.Sighting::rssi)).orElseThrow().beaconId()));
            for (UplinkEvent e : tracker.onSightings(new AppSightings("inst-1", s + 1, s * 1000L, heard), beacons, s * 1000L)) {
                zone = ((UplinkEvent.ShopperPresence) e).zone();
            }
            zones.add(zone);
        }
        return zones;
    }

    @Test
    void zonesAreTheNearestBeaconsAndALargeFloorGetsLargerCells() {
        FloorGrid grid = FloorGrid.of(PLACED, ZONES::get, 0.5);
        int atA = (int) ((4 - grid.y0) / grid.cell) * grid.columns + (int) ((7.5 - grid.x0) / grid.cell);
        int atB = (int) ((4 - grid.y0) / grid.cell) * grid.columns + (int) ((8.5 - grid.x0) / grid.cell);
        assertEquals("a", grid.zones.get(grid.zoneOfCell[atA]));
        assertEquals("b", grid.zones.get(grid.zoneOfCell[atB]));
        Map<String, Point> mall = new LinkedHashMap<>();
        for (int i = 0; i < 20; i++) {
            mall.put("m-" + i, new Point(i * 20.0, i % 2 * 60.0));
        }
        FloorGrid large = FloorGrid.of(mall, id -> "z" + id, 0.5);
        assertTrue(large.cells() <= FloorGrid.MAX_CELLS + large.columns + large.rows, "cells " + large.cells());
        assertTrue(large.cell > 0.5, "a floor of " + large.columns + " × " + large.rows + " cells of " + large.cell + " m");
        assertNull(FloorGrid.of(Map.of("b-a", new Point(0, 0)), ZONES::get, 0.5), "one beacon is no plan");
    }

    @Test
    void aShopperStandingAMetreFromABorderUnderSixDecibelsOfNoiseIsHeldInTheirZone() {
        // 20 phones, each standing a minute 1 m from the border of zone a (σ 6 dB): one second's loudest beacon is often
        // b's; the belief adds the seconds up
        int wrong = 0;
        int loudestWrong = 0;
        for (int phone = 0; phone < 20; phone++) {
            tracker = new PresenceTracker(PresenceTracker.Settings.defaults().withGrid(0.5, 5, 0.5));
            noise = new Random(phone);
            loudest.clear();
            List<String> zones = walk(7, 7, 4, 60, 6, null);
            wrong += (int) zones.subList(10, 60).stream().filter(z -> !"a".equals(z)).count();
            loudestWrong += (int) loudest.subList(10, 60).stream().filter(z -> !"a".equals(z)).count();
        }
        assertTrue(wrong <= 50, "seconds out of zone a after the first ten, of 1,000: " + wrong);
        assertTrue(wrong * 4 <= loudestWrong, "the belief (" + wrong + " wrong) against one second's loudest beacon (" + loudestWrong + ")");
    }

    @Test
    void aWalkAcrossTheStoreIsFollowedZoneByZone() {
        List<String> zones = walk(4, 20, 4, 20, 3, null);
        assertEquals("a", zones.get(19));
        // crossing into b at second 24 (x = 8), into c at second 32 (x = 16)
        assertEquals("b", zones.get(24 + 3), zones.toString());
        assertEquals("c", zones.get(zones.size() - 1), zones.toString());
    }

    @Test
    void aShopperComingInOnABorderIsReportedLessSurelyThanOneUnderABeacon() {
        double underB = 0;
        double onTheBorder = 0;
        for (int phone = 0; phone < 20; phone++) {
            underB += entering("under-" + phone, 12);
            onTheBorder += entering("border-" + phone, 8);
        }
        assertTrue(underB / 20 >= 0.8, "under b's beacon, on average: " + underB / 20);
        assertTrue(onTheBorder / 20 <= 0.75, "on the a|b border, on average: " + onTheBorder / 20);
    }

    /** The confidence of the first report of a phone heard standing at (x, 4) for the first time. */
    private double entering(String install, double x) {
        UplinkEvent.ShopperPresence first = (UplinkEvent.ShopperPresence) tracker.onSightings(
                new AppSightings(install, 1, 0, heard(x, 4, 3, null)), beacons, 0).get(0);
        assertEquals("enter", first.change());
        return first.confidence();
    }

    @Test
    void aSilentBeaconDoesNotHideItsZone() {
        List<String> zones = walk(12, 12, 4, 40, 3, "b-b");
        assertEquals("b", zones.get(39), "the shopper stands under the silent beacon of zone b: " + zones);
    }
}
