package io.lien.bench.presence;

import io.lien.protocol.uplink.StoreRegistry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The floor the walks happen on, laid out like the demo store but written here, apart from firmware-sim: a grid of
 * {@code columns × rows} zones, 8 m square, one beacon in the middle of each (so beacons are 8 m apart and a zone is
 * the area nearest its beacon), and a few fixtures per zone where shoppers stop.
 */
record WalkStore(int columns, int rows, double cell, List<Beacon> beacons, List<Spot> spots) {

    record Beacon(String id, String zone, double x, double y) {
    }

    /** A place shoppers stop at: a rack, a table, a mirror. */
    record Spot(String zone, double x, double y) {
    }

    static WalkStore demoLike(long seed) {
        return grid(3, 2, 8.0, 3, seed, 8.0 / 2 - 0.8);
    }

    /** The same plan with fixtures standing within {@code reach} metres of their zone's middle (along each axis). */
    static WalkStore fixturesNearTheMiddle(long seed, double reach) {
        return grid(3, 2, 8.0, 3, seed, reach);
    }

    /** @param reach how far from its zone's middle a fixture may stand, along each axis */
    static WalkStore grid(int columns, int rows, double cell, int spotsPerZone, long seed, double reach) {
        Random random = new Random(seed);
        List<Beacon> beacons = new ArrayList<>();
        List<Spot> spots = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                String zone = "z" + r + c;
                beacons.add(new Beacon("b-" + zone, zone, (c + 0.5) * cell, (r + 0.5) * cell));
                for (int i = 0; i < spotsPerZone; i++) {
                    double mx = (c + 0.5) * cell;
                    double my = (r + 0.5) * cell;
                    spots.add(new Spot(zone, mx + (random.nextDouble() * 2 - 1) * reach, my + (random.nextDouble() * 2 - 1) * reach));
                }
            }
        }
        return new WalkStore(columns, rows, cell, List.copyOf(beacons), List.copyOf(spots));
    }

    /** The same floor with each fixture moved by a random offset (σ {@code offM} along each axis): a map known roughly. */
    WalkStore withSpotsMoved(double offM, long seed) {
        if (offM == 0) {
            return this;
        }
        Random random = new Random(seed + 99);
        List<Spot> moved = spots.stream().map(s -> new Spot(s.zone(), s.x() + offM * random.nextGaussian(),
                s.y() + offM * random.nextGaussian())).toList();
        return new WalkStore(columns, rows, cell, beacons, moved);
    }

    double width() {
        return columns * cell;
    }

    double height() {
        return rows * cell;
    }

    /** Ground truth: the zone of the beacon nearest to where the shopper stands. */
    String zoneAt(double x, double y) {
        int c = (int) Math.min(columns - 1, Math.max(0, Math.floor(x / cell)));
        int r = (int) Math.min(rows - 1, Math.max(0, Math.floor(y / cell)));
        return "z" + r + c;
    }

    /** What the server would send a gateway for this floor: the beacons, their zones and their places on the plan. */
    StoreRegistry registry(String storeId) {
        Map<String, String> zones = new LinkedHashMap<>();
        Map<String, StoreRegistry.Point> places = new LinkedHashMap<>();
        for (Beacon b : beacons) {
            zones.put(b.id(), b.zone());
            places.put(b.id(), new StoreRegistry.Point(b.x(), b.y()));
        }
        return new StoreRegistry(storeId, Set.of(), zones, Map.of(), Set.of()).withBeaconPositions(places);
    }
}
