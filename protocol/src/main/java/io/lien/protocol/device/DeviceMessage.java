package io.lien.protocol.device;

/**
 * A message a device sends to the gateway. The device id comes from the topic, not the payload,
 * so it is part of each record but not of its JSON.
 */
public sealed interface DeviceMessage
        permits HangerMotion, HangerButton, ReaderTags, BeaconStatus, AppSightings, FixtureTap {

    /** Range of {@code boot}: a 32-bit integer, signed or unsigned depending on the firmware. */
    long BOOT_MIN = Integer.MIN_VALUE;
    long BOOT_MAX = 0xFFFF_FFFFL;

    DeviceChannel channel();

    String deviceId();

    /** The power-up id; the shopper app has none and answers 0. */
    long boot();

    long seq();

    long ts();

    String toJson();

    default String topic() {
        return channel().topic(deviceId());
    }
}
