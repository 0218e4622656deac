package io.lien.server.registry;

import io.lien.protocol.uplink.UplinkTopics;
import io.lien.server.mqtt.EmbeddedBroker;
import io.lien.server.mqtt.MqttConnection;
import jakarta.inject.Singleton;
import org.eclipse.paho.mqttv5.common.MqttException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Sends a store's registry, retained, to its gateways: at start and after every change. With the
 * embedded broker it is published from inside the broker; with an external one, on the server's
 * MQTT connection.
 */
@Singleton
public class RegistryPublisher {

    private final DeviceRegistry registry;
    private final MqttConnection mqtt;
    private final Optional<EmbeddedBroker> embeddedBroker;

    RegistryPublisher(DeviceRegistry registry, MqttConnection mqtt, Optional<EmbeddedBroker> embeddedBroker) {
        this.registry = registry;
        this.mqtt = mqtt;
        this.embeddedBroker = embeddedBroker;
    }

    public void publish(String storeId) throws IOException {
        retain(UplinkTopics.registry(storeId), registry.forGateways(storeId).toJson().getBytes(StandardCharsets.UTF_8));
    }

    /** Removes the store's retained registry, so a gateway starting later finds none (a store closed, a test's store). */
    public void withdraw(String storeId) throws IOException {
        retain(UplinkTopics.registry(storeId), new byte[0]);
    }

    private void retain(String topic, byte[] payload) throws IOException {
        if (embeddedBroker.isPresent()) {
            embeddedBroker.get().publishRetained(topic, payload);
            return;
        }
        try {
            mqtt.publish(topic, payload, 1, true);
        } catch (MqttException e) {
            throw new IOException("could not publish on " + topic + ": " + e.getMessage(), e);
        }
    }
}
