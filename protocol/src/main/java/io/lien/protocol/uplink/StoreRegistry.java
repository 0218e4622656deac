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
 * The part of a store's device registry a gateway needs: which devices exist and which zone each
 * beacon and reader covers. The server owns it and publishes it retained on
 * {@link UplinkTopics#REGISTRY}; product data never leaves the server.
 */
public record StoreRegistry(String storeId, Set<String> hangers, Map<String, String> beaconZones,
                            Map<String, String> readerZones, Set<String> fixtures) {

    public StoreRegistry {
        Ids.require(storeId, "store id");
        hangers = Set.copyOf(hangers);
        beaconZones = Map.copyOf(beaconZones);
        readerZones = Map.copyOf(readerZones);
        fixtures = Set.copyOf(fixtures);
    }

    public static StoreRegistry empty(String storeId) {
        return new StoreRegistry(storeId, Set.of(), Map.of(), Map.of(), Set.of());
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
        return JsonWriter.write(m);
    }

    public static StoreRegistry fromJson(String json) {
        Fields f = new Fields(Json.parseObject(json));
        return new StoreRegistry(f.id("store"), Set.copyOf(f.idList("hangers", 100_000)), zones(f.object("beacons")),
                zones(f.object("readers")), Set.copyOf(f.idList("fixtures", 10_000)));
    }

    private static Map<String, String> zones(Fields f) {
        Map<String, String> zones = new LinkedHashMap<>();
        for (String deviceId : f.raw().keySet()) {
            zones.put(Ids.require(deviceId, "device id"), f.id(deviceId));
        }
        return zones;
    }
}
