package io.lien.gateway;

import io.lien.gateway.cleaning.Deduplicator;
import io.lien.gateway.cleaning.DeviceRateLimiter;
import io.lien.gateway.cleaning.MotionDebouncer;
import io.lien.gateway.cleaning.PresenceTracker;
import io.lien.gateway.cleaning.SilenceWatch;
import io.lien.protocol.ProtocolViolation;
import io.lien.protocol.RejectReason;
import io.lien.protocol.device.AppSightings;
import io.lien.protocol.device.BeaconStatus;
import io.lien.protocol.device.Decoded;
import io.lien.protocol.device.DeviceMessage;
import io.lien.protocol.device.DeviceMessageDecoder;
import io.lien.protocol.device.DeviceTopic;
import io.lien.protocol.device.FixtureTap;
import io.lien.protocol.device.HangerButton;
import io.lien.protocol.device.HangerMotion;
import io.lien.protocol.device.ReaderTags;
import io.lien.protocol.uplink.StoreRegistry;
import io.lien.protocol.uplink.UplinkEvent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The gateway's cleaning pipeline, free of MQTT: a raw device message in, zero or more clean
 * events out. Not thread-safe; the gateway calls it from one thread at a time.
 */
public final class SignalCleaner {

    static final int LOW_BATTERY = 20;

    private final GatewayMetrics metrics;
    private final RejectionLog rejectionLog = new RejectionLog();
    private final Deduplicator deduplicator = new Deduplicator();
    private final MotionDebouncer motion = new MotionDebouncer();
    private final PresenceTracker presence;
    /** What each beacon says it reads at 1 m (its status, every 5 min); the usual value until it has spoken. */
    private final Map<String, Integer> txPowers = new HashMap<>();
    private static final int DEFAULT_TX_POWER = -59;
    private final DeviceRateLimiter rateLimiter;
    private final SilenceWatch silence = new SilenceWatch(SilenceWatch.Settings.defaults());
    private volatile StoreRegistry registry;

    public SignalCleaner(StoreRegistry registry, PresenceTracker.Settings presenceSettings, GatewayMetrics metrics) {
        this(registry, presenceSettings, DeviceRateLimiter.Settings.defaults(), metrics);
    }

    public SignalCleaner(StoreRegistry registry, PresenceTracker.Settings presenceSettings,
                         DeviceRateLimiter.Settings rateLimit, GatewayMetrics metrics) {
        this.registry = registry;
        this.metrics = metrics;
        this.presence = new PresenceTracker(presenceSettings);
        this.rateLimiter = new DeviceRateLimiter(rateLimit);
    }

    /** Also starts watching every registered device for silence, from {@code now}. */
    public void updateRegistry(StoreRegistry registry, long now) {
        this.registry = registry;
        registry.hangers().forEach(id -> silence.watch(id, "hanger", now));
        registry.beaconZones().keySet().forEach(id -> silence.watch(id, "beacon", now));
        registry.readerZones().keySet().forEach(id -> silence.watch(id, "reader", now));
        registry.fixtures().forEach(id -> silence.watch(id, "fixture", now));
    }

    public StoreRegistry registry() {
        return registry;
    }

    public List<UplinkEvent> accept(String topic, byte[] payload, long now) {
        metrics.received();
        String sender = deviceIdIn(topic);
        if (sender != null && !rateLimiter.allow(sender, now)) {
            return reject(sender, RejectReason.RATE_LIMITED, "more than its allowance of messages per second", now);
        }
        Decoded decoded = DeviceMessageDecoder.decode(topic, payload);
        if (decoded instanceof Decoded.Rejected r) {
            return reject(r.deviceId(), r.reason(), r.detail(), now);
        }
        DeviceMessage message = ((Decoded.Accepted) decoded).message();
        if (!(message instanceof AppSightings) && !registry.knows(message.deviceId())) {
            return reject(message.deviceId(), RejectReason.UNKNOWN_DEVICE, "not in store " + registry.storeId(), now);
        }
        Deduplicator.Verdict verdict = deduplicator.check(message.deviceId(), message.boot(), message.seq());
        if (verdict == Deduplicator.Verdict.DUPLICATE) {
            metrics.duplicate();
            return List.of();
        }
        metrics.lanLost(deduplicator.lanLost());
        metrics.accepted();
        List<UplinkEvent> events = new ArrayList<>(2);
        silence.heard(message.deviceId(), now).ifPresent(events::add);
        if (verdict == Deduplicator.Verdict.REBOOTED) {
            motion.forget(message.deviceId());
            events.add(new UplinkEvent.DeviceHealth(message.deviceId(), kindOf(message), "rebooted", 0));
        }
        events.addAll(clean(message, now));
        return events;
    }

    /** The device a topic names, before anything else is read; null when the topic is unusable. */
    private static String deviceIdIn(String topic) {
        try {
            return DeviceTopic.parse(topic).deviceId();
        } catch (ProtocolViolation e) {
            return null;
        }
    }

    /** Leaves and silent devices are decided by silence, so the gateway ticks this about once a second. */
    public List<UplinkEvent> tick(long now) {
        List<UplinkEvent> events = new ArrayList<>(presence.expire(now));
        events.addAll(silence.expire(now));
        return events;
    }

    private static String kindOf(DeviceMessage m) {
        return switch (m.channel()) {
            case HANGER_MOTION, HANGER_BUTTON -> "hanger";
            case READER_TAGS -> "reader";
            case BEACON_STATUS -> "beacon";
            default -> "fixture";
        };
    }

    private List<UplinkEvent> clean(DeviceMessage message, long now) {
        StoreRegistry r = registry;
        if (message instanceof HangerMotion m) {
            return withBattery(motion.onMotion(m), "hanger", m.deviceId(), m.battery());
        }
        if (message instanceof HangerButton b) {
            return List.of(new UplinkEvent.HangerButtonPressed(b.deviceId(), b.button()));
        }
        if (message instanceof ReaderTags t) {
            return zoneChanges(t, r.readerZones().get(t.deviceId()));
        }
        if (message instanceof AppSightings s) {
            List<UplinkEvent> events = presence.onSightings(s, beacons(r), now);
            metrics.pathLossExponent(presence.learntPathLossExponent());
            return events;
        }
        if (message instanceof FixtureTap f) {
            return List.of(new UplinkEvent.FixtureTapped(f.deviceId(), f.action(), f.hangerId(), f.size()));
        }
        BeaconStatus b = (BeaconStatus) message;
        txPowers.put(b.deviceId(), b.txPower());
        return List.of(new UplinkEvent.DeviceStatus(b.deviceId(), "beacon", b.battery()));
    }

    private PresenceTracker.Beacons beacons(StoreRegistry r) {
        return new PresenceTracker.Beacons() {
            @Override
            public String zoneOf(String beaconId) {
                return r.beaconZones().get(beaconId);
            }

            @Override
            public StoreRegistry.Point positionOf(String beaconId) {
                return r.beaconPositions().get(beaconId);
            }

            @Override
            public int txPowerOf(String beaconId) {
                return txPowers.getOrDefault(beaconId, DEFAULT_TX_POWER);
            }

            @Override
            public java.util.Map<String, StoreRegistry.Point> placed() {
                return r.beaconPositions();
            }
        };
    }

    private static List<UplinkEvent> withBattery(Optional<UplinkEvent> event, String kind, String deviceId, int battery) {
        List<UplinkEvent> events = new ArrayList<>(2);
        event.ifPresent(events::add);
        if (battery < LOW_BATTERY && event.isPresent()) {
            events.add(new UplinkEvent.DeviceStatus(deviceId, kind, battery));
        }
        return events;
    }

    private static List<UplinkEvent> zoneChanges(ReaderTags t, String zone) {
        List<UplinkEvent> events = new ArrayList<>(t.enter().size() + t.leave().size());
        t.leave().forEach(h -> events.add(new UplinkEvent.HangerZoneChanged(h, t.deviceId(), zone, "leave")));
        t.enter().forEach(h -> events.add(new UplinkEvent.HangerZoneChanged(h, t.deviceId(), zone, "enter")));
        return events;
    }

    private List<UplinkEvent> reject(String deviceId, RejectReason reason, String detail, long now) {
        metrics.rejected(deviceId, reason);
        rejectionLog.log(deviceId, reason, detail, now);
        return List.of();
    }
}
