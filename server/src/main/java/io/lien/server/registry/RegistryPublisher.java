package io.lien.server.registry;

import io.lien.protocol.uplink.UplinkTopics;
import io.lien.server.mqtt.MqttConnection;
import jakarta.inject.Singleton;
import org.eclipse.paho.mqttv5.common.MqttException;

import java.nio.charset.StandardCharsets;

/** Sends a store's registry, retained, to its gateways: at start and after every change. */
@Singleton
public class RegistryPublisher {

    private final DeviceRegistry registry;
    private final MqttConnection mqtt;

    RegistryPublisher(DeviceRegistry registry, MqttConnection mqtt) {
        this.registry = registry;
        this.mqtt = mqtt;
    }

    public void publish(String storeId) throws MqttException {
        mqtt.publish(UplinkTopics.registry(storeId), registry.forGateways(storeId).toJson().getBytes(StandardCharsets.UTF_8), 1, true);
    }
}
