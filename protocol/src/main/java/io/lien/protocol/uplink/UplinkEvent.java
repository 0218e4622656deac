package io.lien.protocol.uplink;

import io.lien.protocol.Fields;
import io.lien.protocol.Ids;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A clean store event, as the gateway forwards it. Each record's components are exactly the
 * fields of its {@code data} object in the AsyncAPI document (a test holds them together).
 */
public sealed interface UplinkEvent {

    /** The event type written in the envelope, e.g. {@code hanger.lifted}. */
    String type();

    /** The device the event is about (hanger, reader, fixture, beacon or app install). */
    String deviceId();

    Map<String, Object> data();

    /** Every event type, in the order the AsyncAPI document lists them. */
    List<Class<? extends UplinkEvent>> TYPES = List.of(HangerLifted.class, HangerPutBack.class,
            HangerButtonPressed.class, HangerZoneChanged.class, ShopperPresence.class, FixtureTapped.class,
            DeviceStatus.class, DeviceHealth.class);

    static UplinkEvent read(String type, Fields d) {
        return switch (type) {
            case HangerLifted.TYPE -> new HangerLifted(d.id("hangerId"), d.intValue("battery", 0, 100));
            case HangerPutBack.TYPE -> new HangerPutBack(d.id("hangerId"), d.longValue("liftedMs", 0, Long.MAX_VALUE));
            case HangerButtonPressed.TYPE -> new HangerButtonPressed(d.id("hangerId"), d.oneOf("button", Set.of("like", "help")));
            case HangerZoneChanged.TYPE -> new HangerZoneChanged(d.id("hangerId"), d.id("readerId"), d.id("zone"),
                    d.oneOf("change", Set.of("enter", "leave")));
            case ShopperPresence.TYPE -> new ShopperPresence(d.id("installId"), d.id("zone"),
                    d.oneOf("change", Set.of("enter", "move", "leave")), d.longValue("dwellMs", 0, Long.MAX_VALUE),
                    d.optionalNumber("confidence", 0, 1), d.longValue("agoMs", 0, ShopperPresence.MAX_AGO_MS, 0));
            case FixtureTapped.TYPE -> new FixtureTapped(d.id("fixtureId"),
                    d.oneOf("action", Set.of("call-advisor", "other-size", "like")), d.optionalId("hangerId"),
                    d.optionalString("size", 16));
            case DeviceStatus.TYPE -> new DeviceStatus(d.id("deviceId"), d.oneOf("kind", DeviceStatus.KINDS),
                    d.intValue("battery", 0, 100));
            case DeviceHealth.TYPE -> new DeviceHealth(d.id("deviceId"), d.oneOf("kind", DeviceStatus.KINDS),
                    d.oneOf("state", DeviceHealth.STATES), d.longValue("silentMs", 0, Long.MAX_VALUE));
            default -> throw new IllegalArgumentException("unknown event type '" + type + "'");
        };
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    /** A hanger was taken off its rack (debounced from motion). */
    record HangerLifted(String hangerId, int battery) implements UplinkEvent {
        public static final String TYPE = "hanger.lifted";

        public HangerLifted {
            Ids.require(hangerId, "hanger id");
        }

        public String type() {
            return TYPE;
        }

        public String deviceId() {
            return hangerId;
        }

        public Map<String, Object> data() {
            return map("hangerId", hangerId, "battery", battery);
        }
    }

    /** A lifted hanger has been still again; {@code liftedMs} is how long it was away. */
    record HangerPutBack(String hangerId, long liftedMs) implements UplinkEvent {
        public static final String TYPE = "hanger.put-back";

        public HangerPutBack {
            Ids.require(hangerId, "hanger id");
        }

        public String type() {
            return TYPE;
        }

        public String deviceId() {
            return hangerId;
        }

        public Map<String, Object> data() {
            return map("hangerId", hangerId, "liftedMs", liftedMs);
        }
    }

    /** A shopper pressed a hanger's button ({@code like} or {@code help}). */
    record HangerButtonPressed(String hangerId, String button) implements UplinkEvent {
        public static final String TYPE = "hanger.button";

        public HangerButtonPressed {
            Ids.require(hangerId, "hanger id");
        }

        public String type() {
            return TYPE;
        }

        public String deviceId() {
            return hangerId;
        }

        public Map<String, Object> data() {
            return map("hangerId", hangerId, "button", button);
        }
    }

    /** A zone reader saw a hanger arrive in ({@code enter}) or leave its zone. */
    record HangerZoneChanged(String hangerId, String readerId, String zone, String change) implements UplinkEvent {
        public static final String TYPE = "hanger.zone";

        public HangerZoneChanged {
            Ids.require(hangerId, "hanger id");
        }

        public String type() {
            return TYPE;
        }

        public String deviceId() {
            return hangerId;
        }

        public Map<String, Object> data() {
            return map("hangerId", hangerId, "readerId", readerId, "zone", zone, "change", change);
        }
    }

    /**
     * An app install entered the store's zone, moved to another zone, or left; {@code dwellMs} is
     * the time spent in the previous zone (0 on enter). {@code confidence} is how sure the gateway
     * was of the new zone when it reported it (0..1, two decimals), {@code null} when its estimator
     * cannot say (a gateway from before it was sent, a plan without beacon positions, a leave).
     * {@code agoMs} is how long before the envelope's {@code ts} the change happened, as the readings that followed
     * it show (0: when it was reported); {@code dwellMs} is counted between those moments.
     */
    record ShopperPresence(String installId, String zone, String change, long dwellMs, Double confidence, long agoMs)
            implements UplinkEvent {
        public static final String TYPE = "shopper.presence";
        /** A change is never dated further back than this before it is reported. */
        public static final long MAX_AGO_MS = 10_000;

        public ShopperPresence {
            Ids.require(installId, "install id");
            Ids.require(zone, "zone");
            if (confidence != null) {
                if (!(confidence >= 0 && confidence <= 1)) {
                    throw new IllegalArgumentException("confidence must be in 0..1, was " + confidence);
                }
                confidence = Math.round(confidence * 100) / 100.0;
            }
            if (agoMs < 0 || agoMs > MAX_AGO_MS) {
                throw new IllegalArgumentException("agoMs must be in 0.." + MAX_AGO_MS + ", was " + agoMs);
            }
        }

        /** A presence change reported as it happened. */
        public ShopperPresence(String installId, String zone, String change, long dwellMs, Double confidence) {
            this(installId, zone, change, dwellMs, confidence, 0);
        }

        /** A presence change whose confidence is not known, reported as it happened. */
        public ShopperPresence(String installId, String zone, String change, long dwellMs) {
            this(installId, zone, change, dwellMs, null, 0);
        }

        public String type() {
            return TYPE;
        }

        public String deviceId() {
            return installId;
        }

        public Map<String, Object> data() {
            return map("installId", installId, "zone", zone, "change", change, "dwellMs", dwellMs, "confidence", confidence,
                    "agoMs", agoMs == 0 ? null : agoMs);
        }
    }

    /** A shopper used a connected fixture. */
    record FixtureTapped(String fixtureId, String action, String hangerId, String size) implements UplinkEvent {
        public static final String TYPE = "fixture.tap";

        public FixtureTapped {
            Ids.require(fixtureId, "fixture id");
        }

        public String type() {
            return TYPE;
        }

        public String deviceId() {
            return fixtureId;
        }

        public Map<String, Object> data() {
            return map("fixtureId", fixtureId, "action", action, "hangerId", hangerId, "size", size);
        }
    }

    /** A device's health report (battery). */
    record DeviceStatus(String deviceId, String kind, int battery) implements UplinkEvent {
        public static final String TYPE = "device.status";
        static final Set<String> KINDS = Set.of("hanger", "reader", "beacon", "fixture");

        public DeviceStatus {
            Ids.require(deviceId, "device id");
        }

        public String type() {
            return TYPE;
        }

        public Map<String, Object> data() {
            return map("deviceId", deviceId, "kind", kind, "battery", battery);
        }
    }

    /**
     * A device went silent (nothing for 3× its heartbeat; {@code silentMs} so far), is back, or
     * rebooted (a new boot id: it lost its display and its state).
     */
    record DeviceHealth(String deviceId, String kind, String state, long silentMs) implements UplinkEvent {
        public static final String TYPE = "device.health";
        public static final Set<String> STATES = Set.of("silent", "back", "rebooted");

        public DeviceHealth {
            Ids.require(deviceId, "device id");
        }

        public String type() {
            return TYPE;
        }

        public Map<String, Object> data() {
            return map("deviceId", deviceId, "kind", kind, "state", state, "silentMs", silentMs);
        }
    }
}
