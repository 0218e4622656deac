package io.lien.sim;

/** How simulated devices reach the store broker: each device publishes as itself. */
public interface DeviceLink extends AutoCloseable {

    void publish(String deviceId, String topic, String payload, int qos);

    /** Lets a link connect these devices before the run starts (a large store); nothing by default. */
    default void prepare(java.util.Collection<String> deviceIds) {
    }

    /**
     * Lets a link listen, as each device, to its display topic ({@code topicOf}: null for a device
     * without a screen) and hand what arrives to {@code shown}; nothing by default.
     */
    default void showDisplays(java.util.function.Function<String, String> topicOf,
                              java.util.function.BiConsumer<String, String> shown) {
    }

    @Override
    void close();
}
