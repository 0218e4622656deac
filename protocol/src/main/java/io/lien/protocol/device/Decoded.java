package io.lien.protocol.device;

import io.lien.protocol.RejectReason;

/** The outcome of decoding one device message: accepted, or rejected with a reason. */
public sealed interface Decoded {

    record Accepted(DeviceMessage message) implements Decoded {
    }

    /**
     * @param deviceId the device the topic names, or {@code null} when the topic itself is unusable
     */
    record Rejected(String deviceId, RejectReason reason, String detail) implements Decoded {
    }
}
