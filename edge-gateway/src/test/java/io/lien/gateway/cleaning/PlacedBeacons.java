package io.lien.gateway.cleaning;

import io.lien.protocol.uplink.StoreRegistry.Point;

import java.util.Map;

/** The beacons of a test floor, as a registry would give them to the tracker: their zones, places and level at 1 m. */
record PlacedBeacons(Map<String, String> zones, Map<String, Point> places, int txPower) implements PresenceTracker.Beacons {

    @Override
    public String zoneOf(String beaconId) {
        return zones.get(beaconId);
    }

    @Override
    public Point positionOf(String beaconId) {
        return places.get(beaconId);
    }

    @Override
    public int txPowerOf(String beaconId) {
        return txPower;
    }

    @Override
    public Map<String, Point> placed() {
        return places;
    }
}
