package io.lien.protocol.uplink;

import io.lien.protocol.Ids;
import io.lien.protocol.ProtocolViolation;
import io.lien.protocol.RejectReason;

/**
 * Topics between store gateways and the central server (docs/asyncapi.yaml). Every topic is
 * scoped by store so that one broker serves a chain and ACLs can be written per store.
 */
public final class UplinkTopics {

    public static final String VERSION = "v1";
    public static final String ROOT = "lien/" + VERSION + "/stores/";

    /** Gateway → server: cleaned store events, QoS 1. */
    public static final String EVENTS = ROOT + "{storeId}/gateways/{gatewayId}/events";
    /** Server → gateways: the store's device registry, retained, QoS 1. */
    public static final String REGISTRY = ROOT + "{storeId}/registry";
    /**
     * Server → gateways: what a hanger or fixture should display, QoS 1, retained per device: a
     * gateway that (re)subscribes gets every device's current display at once.
     */
    public static final String DISPLAYS = ROOT + "{storeId}/displays/{deviceId}";

    /** What the server subscribes to for every store's events. */
    public static final String ALL_EVENTS_FILTER = ROOT + "+/gateways/+/events";

    private UplinkTopics() {
    }

    public static String events(String storeId, String gatewayId) {
        return ROOT + Ids.require(storeId, "store id") + "/gateways/" + Ids.require(gatewayId, "gateway id") + "/events";
    }

    public static String registry(String storeId) {
        return ROOT + Ids.require(storeId, "store id") + "/registry";
    }

    /** The device's display topic. */
    public static String display(String storeId, String deviceId) {
        return ROOT + Ids.require(storeId, "store id") + "/displays/" + Ids.require(deviceId, "device id");
    }

    /** What a store's gateways subscribe to: every device's display. */
    public static String displays(String storeId) {
        return ROOT + Ids.require(storeId, "store id") + "/displays/+";
    }

    /** Whether the topic is one of the store's device displays. */
    public static boolean isDisplay(String storeId, String topic) {
        String prefix = ROOT + storeId + "/displays/";
        return topic.startsWith(prefix) && Ids.isValid(topic.substring(prefix.length()));
    }

    /** The (store, gateway) an events topic names. */
    public record EventsTopic(String storeId, String gatewayId) {
    }

    public static EventsTopic parseEvents(String topic) {
        if (topic == null || !topic.startsWith(ROOT)) {
            throw new ProtocolViolation(RejectReason.BAD_TOPIC, "not an uplink topic");
        }
        String[] parts = topic.substring(ROOT.length()).split("/", -1);
        if (parts.length != 4 || !parts[1].equals("gateways") || !parts[3].equals("events")) {
            throw new ProtocolViolation(RejectReason.BAD_TOPIC, "not an events topic");
        }
        if (!Ids.isValid(parts[0]) || !Ids.isValid(parts[2])) {
            throw new ProtocolViolation(RejectReason.BAD_ID, "store and gateway ids must match [A-Za-z0-9_-]{1,32}");
        }
        return new EventsTopic(parts[0], parts[2]);
    }
}
