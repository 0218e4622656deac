package io.lien.protocol.device;

/**
 * Every topic of device protocol v1 (../shared/device-protocol.md), with its direction and QoS.
 * A topic is {@code prefix/{deviceId}/suffix}.
 */
public enum DeviceChannel {
    HANGER_MOTION("dev/hanger", "motion", 0, Direction.UP),
    HANGER_BUTTON("dev/hanger", "button", 1, Direction.UP),
    READER_TAGS("dev/reader", "tags", 1, Direction.UP),
    BEACON_STATUS("dev/beacon", "status", 0, Direction.UP),
    APP_SIGHTINGS("app", "sightings", 1, Direction.UP),
    FIXTURE_TAP("dev/fixture", "tap", 1, Direction.UP),
    HANGER_DISPLAY("dev/hanger", "display", 1, Direction.DOWN),
    FIXTURE_DISPLAY("dev/fixture", "display", 1, Direction.DOWN);

    /** Largest payload a device may send or receive. */
    public static final int MAX_PAYLOAD_BYTES = 1024;

    /** Subscriptions that cover every device → gateway topic. */
    public static final String[] UPLINK_FILTERS = {"dev/+/+/+", "app/+/sightings"};

    public enum Direction { UP, DOWN }

    private final String prefix;
    private final String suffix;
    private final int qos;
    private final Direction direction;

    DeviceChannel(String prefix, String suffix, int qos, Direction direction) {
        this.prefix = prefix;
        this.suffix = suffix;
        this.qos = qos;
        this.direction = direction;
    }

    public String topic(String deviceId) {
        return prefix + "/" + deviceId + "/" + suffix;
    }

    /** The topic pattern as the protocol page writes it, e.g. {@code dev/hanger/{id}/motion}. */
    public String pattern() {
        return prefix + "/{id}/" + suffix;
    }

    public String prefix() {
        return prefix;
    }

    public String suffix() {
        return suffix;
    }

    public int qos() {
        return qos;
    }

    public Direction direction() {
        return direction;
    }
}
