package io.lien.protocol.uplink;

import io.lien.protocol.Fields;
import io.lien.protocol.Ids;
import io.lien.protocol.json.Json;
import io.lien.protocol.json.JsonWriter;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The part of a store's device registry a gateway needs: which devices exist, which zone each
 * beacon and reader covers, where beacons hang on the store plan (metres, optional) and each
 * device's credential (a salted hash, never the secret). The server owns it and publishes it
 * retained on {@link UplinkTopics#REGISTRY}; product and client data never leave the server.
 */
public record StoreRegistry(String storeId, Set<String> hangers, Map<String, String> beaconZones,
                            Map<String, String> readerZones, Set<String> fixtures,
                            Map<String, Point> beaconPositions, Map<String, DeviceCredential> credentials) {

    /** A place on the store plan, in metres. */
    public record Point(double x, double y) {
        public double distanceTo(double px, double py) {
            return Math.hypot(x - px, y - py);
        }
    }

    public StoreRegistry {
        Ids.require(storeId, "store id");
        hangers = Set.copyOf(hangers);
        beaconZones = Map.copyOf(beaconZones);
        readerZones = Map.copyOf(readerZones);
        fixtures = Set.copyOf(fixtures);
        beaconPositions = Map.copyOf(beaconPositions);
        credentials = Map.copyOf(credentials);
    }

    /** A registry without plan positions or credentials (tests, tools). */
    public StoreRegistry(String storeId, Set<String> hangers, Map<String, String> beaconZones,
                         Map<String, String> readerZones, Set<String> fixtures) {
        this(storeId, hangers, beaconZones, readerZones, fixtures, Map.of(), Map.of());
    }

    public static StoreRegistry empty(String storeId) {
        return new StoreRegistry(storeId, Set.of(), Map.of(), Map.of(), Set.of());
    }

    public StoreRegistry withBeaconPositions(Map<String, Point> positions) {
        return new StoreRegistry(storeId, hangers, beaconZones, readerZones, fixtures, positions, credentials);
    }

    public StoreRegistry withCredentials(Map<String, DeviceCredential> deviceCredentials) {
        return new StoreRegistry(storeId, hangers, beaconZones, readerZones, fixtures, beaconPositions, deviceCredentials);
    }

    /** What kind of device an id is in this store, or {@code null} for an unknown id. */
    public String kindOf(String deviceId) {
        if (hangers.contains(deviceId)) {
            return "hanger";
        }
        if (beaconZones.containsKey(deviceId)) {
            return "beacon";
        }
        if (readerZones.containsKey(deviceId)) {
            return "reader";
        }
        return fixtures.contains(deviceId) ? "fixture" : null;
    }

    public boolean knows(String deviceId) {
        return hangers.contains(deviceId) || beaconZones.containsKey(deviceId)
                || readerZones.containsKey(deviceId) || fixtures.contains(deviceId);
    }

    public String toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("store", storeId);
        m.put("hangers", List.copyOf(new TreeSet<>(hangers)));
        m.put("beacons", new TreeMap<>(beaconZones));
        m.put("readers", new TreeMap<>(readerZones));
        m.put("fixtures", List.copyOf(new TreeSet<>(fixtures)));
        Map<String, Object> positions = new TreeMap<>();
        beaconPositions.forEach((id, p) -> positions.put(id, List.of(p.x(), p.y())));
        m.put("beaconPositions", positions);
        Map<String, Object> secrets = new TreeMap<>();
        credentials.forEach((id, c) -> secrets.put(id, c.text()));
        m.put("credentials", secrets);
        return JsonWriter.write(m);
    }

    public static StoreRegistry fromJson(String json) {
        Fields f = new Fields(Json.parseObject(json));
        return new StoreRegistry(f.id("store"), Set.copyOf(f.idList("hangers", 100_000)), zones(f.object("beacons")),
                zones(f.object("readers")), Set.copyOf(f.idList("fixtures", 10_000)),
                f.has("beaconPositions") ? positions(f.object("beaconPositions")) : Map.of(),
                f.has("credentials") ? credentials(f.object("credentials")) : Map.of());
    }

    private static Map<String, Point> positions(Fields f) {
        Map<String, Point> positions = new LinkedHashMap<>();
        for (String deviceId : f.raw().keySet()) {
            List<Double> xy = f.numberList(Ids.require(deviceId, "beacon id"), 2, -10_000, 10_000);
            if (xy.size() != 2) {
                throw new IllegalArgumentException("the position of " + deviceId + " must be [x, y]");
            }
            positions.put(deviceId, new Point(xy.get(0), xy.get(1)));
        }
        return positions;
    }

    private static Map<String, DeviceCredential> credentials(Fields f) {
        Map<String, DeviceCredential> credentials = new LinkedHashMap<>();
        for (String deviceId : f.raw().keySet()) {
            credentials.put(Ids.require(deviceId, "device id"), new DeviceCredential(f.string(deviceId, 200)));
        }
        return credentials;
    }

    private static Map<String, String> zones(Fields f) {
        Map<String, String> zones = new LinkedHashMap<>();
        for (String deviceId : f.raw().keySet()) {
            zones.put(Ids.require(deviceId, "device id"), f.id(deviceId));
        }
        return zones;
    }
}
