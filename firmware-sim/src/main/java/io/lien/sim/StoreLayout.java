package io.lien.sim;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Where things physically are in a simulated store. Device ids here must match the store's
 * device registry on the server, as they would for real hardware.
 */
public record StoreLayout(String storeId, List<Zone> zones, List<Rack> racks, List<Reader> readers, List<String> fixtures) {

    /** A zone with its beacon at its centre ({@code beaconId} null for a zone without one); metres. */
    public record Zone(String id, double x, double y, String beaconId) {
    }

    /** Hangers hanging in a zone. */
    public record Rack(String zoneId, List<String> hangerIds) {
    }

    /** A fitting-room reader in a zone (a shopper carrying a hanger into that zone is seen by it). */
    public record Reader(String readerId, String zoneId) {
    }

    public Map<String, Zone> zonesById() {
        return zones.stream().collect(Collectors.toMap(Zone::id, Function.identity()));
    }

    public List<String> hangerIds() {
        return racks.stream().flatMap(r -> r.hangerIds().stream()).toList();
    }

    /** Every device of the store: hangers, beacons, readers, fixtures. */
    public List<String> deviceIds() {
        List<String> ids = new java.util.ArrayList<>(hangerIds());
        zones.stream().map(Zone::beaconId).filter(java.util.Objects::nonNull).forEach(ids::add);
        readers.stream().map(Reader::readerId).forEach(ids::add);
        ids.addAll(fixtures);
        return ids;
    }

    public String rackZoneOf(String hangerId) {
        return racks.stream().filter(r -> r.hangerIds().contains(hangerId)).map(Rack::zoneId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no rack holds " + hangerId));
    }
}
