package io.lien.server.registry;

import io.lien.protocol.uplink.UplinkTopics;
import io.lien.server.mqtt.Downlink;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Sends a store's registry, retained, to its gateways: at start and after every change (through
 * the embedded broker's own API when it runs here, else on the server's MQTT connection).
 */
@Singleton
public class RegistryPublisher {

    private final DeviceRegistry registry;
    private final Downlink downlink;

    RegistryPublisher(DeviceRegistry registry, Downlink downlink) {
        this.registry = registry;
        this.downlink = downlink;
    }

    public void publish(String storeId) throws IOException {
        downlink.sendAndWait(UplinkTopics.registry(storeId), registry.forGateways(storeId).toJson().getBytes(StandardCharsets.UTF_8), true);
    }

    /** Removes the store's retained registry, so a gateway starting later finds none (a store closed, a test's store). */
    public void withdraw(String storeId) throws IOException {
        downlink.sendAndWait(UplinkTopics.registry(storeId), new byte[0], true);
    }
}
