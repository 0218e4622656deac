package io.lien.sim;

/** How simulated devices reach the store broker: each device publishes as itself. */
public interface DeviceLink extends AutoCloseable {

    void publish(String deviceId, String topic, String payload, int qos);

    @Override
    void close();
}
