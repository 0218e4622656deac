package io.lien.server.displays.infrastructure;

import io.lien.protocol.uplink.DisplayCommand;
import io.lien.protocol.uplink.UplinkTopics;
import io.lien.server.displays.application.DisplayUplink;
import io.lien.server.mqtt.Downlink;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

/**
 * Display commands on each device's display topic (docs/asyncapi.yaml), QoS 1, retained: every gateway
 * of the store relays them, and one that subscribes later gets them all at once.
 */
@Singleton
final class MqttDisplayUplink implements DisplayUplink {

    private final Downlink downlink;

    MqttDisplayUplink(Downlink downlink) {
        this.downlink = downlink;
    }

    @Override
    public CompletableFuture<Void> send(String storeId, DisplayCommand command) {
        return downlink.send(UplinkTopics.display(storeId, command.deviceId()), command.toJson().getBytes(StandardCharsets.UTF_8), true);
    }

    @Override
    public CompletableFuture<Void> withdraw(String storeId, String deviceId) {
        return downlink.send(UplinkTopics.display(storeId, deviceId), new byte[0], true);
    }
}
