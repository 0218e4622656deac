package io.lien.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A generated store at the protocol page's upper sizes: beacons on a grid (one zone each, 8 m
 * apart), hangers spread over the racks of every zone, fitting-room readers and fixtures; and
 * shoppers who wander from zone to zone, stop, lift things, and leave. Seeded.
 */
public final class LargeStore {

    static final double SPACING_M = 8;

    private LargeStore() {
    }

    public static StoreLayout layout(String storeId, int beacons, int hangers, int readers, int fixtures) {
        int columns = (int) Math.ceil(Math.sqrt(beacons * 1.6));
        List<StoreLayout.Zone> zones = new ArrayList<>();
        for (int i = 0; i < beacons; i++) {
            zones.add(new StoreLayout.Zone(String.format("z-%02d", i), (i % columns) * SPACING_M, (i / columns) * SPACING_M,
                    String.format("b-%02d", i)));
        }
        List<StoreLayout.Rack> racks = new ArrayList<>();
        for (int z = 0; z < beacons; z++) {
            List<String> ids = new ArrayList<>();
            for (int h = z; h < hangers; h += beacons) {
                ids.add(String.format("h-%04d", h));
            }
            racks.add(new StoreLayout.Rack(zones.get(z).id(), ids));
        }
        List<StoreLayout.Reader> fittingReaders = new ArrayList<>();
        for (int r = 0; r < readers; r++) {
            StoreLayout.Zone near = zones.get(zones.size() - 1 - (r % zones.size()));
            String zone = String.format("fit-%02d", r);
            zones.add(new StoreLayout.Zone(zone, near.x() + 1.5, near.y() + 1.5 + (r / zones.size()), null));
            fittingReaders.add(new StoreLayout.Reader(String.format("r-%02d", r), zone));
        }
        List<String> fixtureIds = new ArrayList<>();
        for (int f = 0; f < fixtures; f++) {
            fixtureIds.add(String.format("m-%02d", f));
        }
        return new StoreLayout(storeId, zones, racks, fittingReaders, fixtureIds);
    }

    /**
     * {@code count} shoppers arriving over {@code spreadSeconds}, each visiting 3–8 zones and
     * staying 10–90 s in each, sometimes lifting a garment there.
     */
    public static List<Shopper> shoppers(StoreLayout layout, int count, int spreadSeconds, long seed) {
        Random random = new Random(seed);
        List<StoreLayout.Zone> beaconZones = layout.zones().stream().filter(z -> z.beaconId() != null).toList();
        List<Shopper> shoppers = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            StoreLayout.Zone start = beaconZones.get(0);
            List<Step> script = new ArrayList<>();
            int stops = 3 + random.nextInt(6);
            for (int i = 0; i < stops; i++) {
                StoreLayout.Zone z = beaconZones.get(random.nextInt(beaconZones.size()));
                script.add(new Step.WalkTo(z.id()));
                script.add(new Step.Wait(10 + random.nextInt(81)));
                List<String> rack = layout.racks().stream().filter(r -> r.zoneId().equals(z.id())).findFirst()
                        .map(StoreLayout.Rack::hangerIds).orElse(List.of());
                if (!rack.isEmpty() && random.nextInt(3) == 0) {
                    String hanger = rack.get(random.nextInt(rack.size()));
                    script.add(new Step.Lift(hanger));
                    script.add(new Step.Wait(3 + random.nextInt(10)));
                    script.add(new Step.PutBack(hanger));
                }
            }
            script.add(new Step.WalkTo(start.id()));
            script.add(new Step.Leave());
            shoppers.add(new Shopper("shopper-" + s, String.format("inst-%04d", s), random.nextInt(Math.max(1, spreadSeconds)),
                    start.x(), start.y(), script));
        }
        return shoppers;
    }
}
