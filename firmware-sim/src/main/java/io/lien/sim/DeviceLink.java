package io.lien.sim;

/** How simulated devices reach the store broker: each device publishes as itself. */
public interface DeviceLink extends AutoCloseable {

    void publish(String deviceId, String topic, String payload, int qos);

    /** Lets a link connect these devices before the run starts (a large store); nothing by default. */
    default void prepare(java.util.Collection<String> deviceIds) {
    }

    @Override
    void close();
}
