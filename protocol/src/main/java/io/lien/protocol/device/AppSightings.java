package io.lien.protocol.device;

import io.lien.protocol.Fields;
import io.lien.protocol.Ids;
import io.lien.protocol.json.JsonWriter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code app/{installId}/sightings}: the beacons the shopper app heard in the last second.
 * The install id identifies nobody by itself; the app has no boot id.
 */
public record AppSightings(String deviceId, long seq, long ts, List<Sighting> beacons) implements DeviceMessage {

    /** A payload is at most 1 KiB, which bounds the list; this is a second guard. */
    public static final int MAX_BEACONS = 32;

    public record Sighting(String beaconId, int rssi) {
        public Sighting {
            Ids.require(beaconId, "beacon id");
            if (rssi < -120 || rssi > 0) {
                throw new IllegalArgumentException("rssi must be in -120..0");
            }
        }
    }

    public AppSightings {
        Ids.require(deviceId, "install id");
        beacons = List.copyOf(beacons);
    }

    @Override
    public long boot() {
        return 0;
    }

    @Override
    public DeviceChannel channel() {
        return DeviceChannel.APP_SIGHTINGS;
    }

    static AppSightings read(String deviceId, Fields f) {
        List<Sighting> sightings = new ArrayList<>();
        for (Fields b : f.objectList("beacons", MAX_BEACONS)) {
            sightings.add(new Sighting(b.id("id"), b.intValue("rssi", -120, 0)));
        }
        return new AppSightings(deviceId, DeviceFields.seq(f), DeviceFields.ts(f), sightings);
    }

    @Override
    public String toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seq", seq);
        m.put("ts", ts);
        List<Map<String, Object>> list = new ArrayList<>();
        for (Sighting s : beacons) {
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("id", s.beaconId());
            b.put("rssi", s.rssi());
            list.add(b);
        }
        m.put("beacons", list);
        return JsonWriter.write(m);
    }
}
