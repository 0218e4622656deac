package io.lien.protocol.device;

import io.lien.protocol.Ids;
import io.lien.protocol.ProtocolViolation;
import io.lien.protocol.RejectReason;

/** A parsed device topic: which channel, which device. */
public record DeviceTopic(DeviceChannel channel, String deviceId) {

    public DeviceTopic {
        Ids.require(deviceId, "device id");
    }

    /**
     * Parses a topic of the device protocol.
     *
     * @throws ProtocolViolation with {@link RejectReason#BAD_TOPIC} or {@link RejectReason#BAD_ID}
     */
    public static DeviceTopic parse(String topic) {
        if (topic == null || topic.length() > 128) {
            throw new ProtocolViolation(RejectReason.BAD_TOPIC, "topic missing or too long");
        }
        int lastSlash = topic.lastIndexOf('/');
        int idSlash = lastSlash <= 0 ? -1 : topic.lastIndexOf('/', lastSlash - 1);
        if (idSlash <= 0) {
            throw new ProtocolViolation(RejectReason.BAD_TOPIC, "unknown topic " + printable(topic));
        }
        String prefix = topic.substring(0, idSlash);
        String id = topic.substring(idSlash + 1, lastSlash);
        String suffix = topic.substring(lastSlash + 1);
        for (DeviceChannel channel : DeviceChannel.values()) {
            if (channel.prefix().equals(prefix) && channel.suffix().equals(suffix)) {
                if (!Ids.isValid(id)) {
                    throw new ProtocolViolation(RejectReason.BAD_ID, "device id in topic must match [A-Za-z0-9_-]{1,32}");
                }
                return new DeviceTopic(channel, id);
            }
        }
        throw new ProtocolViolation(RejectReason.BAD_TOPIC, "unknown topic " + printable(topic));
    }

    public String topic() {
        return channel.topic(deviceId);
    }

    private static String printable(String s) {
        String cut = s.length() > 64 ? s.substring(0, 64) + "…" : s;
        return cut.replaceAll("[^\\x20-\\x7e…]", "?");
    }
}
