package io.lien.gateway.cleaning;

import io.lien.protocol.uplink.UplinkEvent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Notices devices that stop talking: silent after 3× their heartbeat (hangers 60 s, beacons
 * 5 min; readers and fixtures have none, so a configurable quiet time), reported once, and
 * reported back when they speak again.
 */
public final class SilenceWatch {

    public record Settings(long hangerHeartbeatMs, long beaconHeartbeatMs, long quietReaderMs) {
        public static Settings defaults() {
            return new Settings(60_000, 300_000, 3_600_000);
        }
    }

    private static final class Watched {
        final String kind;
        long lastHeard;
        boolean silent;

        Watched(String kind, long lastHeard) {
            this.kind = kind;
            this.lastHeard = lastHeard;
        }
    }

    private final Settings settings;
    private final Map<String, Watched> devices = new HashMap<>();

    public SilenceWatch(Settings settings) {
        this.settings = settings;
    }

    /** Starts watching a registered device as if just heard (a gateway start is not a silence). */
    public void watch(String deviceId, String kind, long now) {
        devices.putIfAbsent(deviceId, new Watched(kind, now));
    }

    /** @return a "back" event when the device had been reported silent */
    public Optional<UplinkEvent> heard(String deviceId, long now) {
        Watched w = devices.get(deviceId);
        if (w == null) {
            return Optional.empty();
        }
        long silentFor = now - w.lastHeard;
        w.lastHeard = now;
        if (!w.silent) {
            return Optional.empty();
        }
        w.silent = false;
        return Optional.of(new UplinkEvent.DeviceHealth(deviceId, w.kind, "back", silentFor));
    }

    public List<UplinkEvent> expire(long now) {
        List<UplinkEvent> silent = new ArrayList<>();
        devices.forEach((id, w) -> {
            if (!w.silent && now - w.lastHeard > 3 * heartbeat(w.kind)) {
                w.silent = true;
                silent.add(new UplinkEvent.DeviceHealth(id, w.kind, "silent", now - w.lastHeard));
            }
        });
        return silent;
    }

    private long heartbeat(String kind) {
        return switch (kind) {
            case "hanger" -> settings.hangerHeartbeatMs();
            case "beacon" -> settings.beaconHeartbeatMs();
            default -> settings.quietReaderMs() / 3;
        };
    }
}
