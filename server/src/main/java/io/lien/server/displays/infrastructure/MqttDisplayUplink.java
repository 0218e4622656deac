package io.lien.server.displays.infrastructure;

import io.lien.protocol.uplink.DisplayCommand;
import io.lien.protocol.uplink.UplinkTopics;
import io.lien.server.displays.application.DisplayUplink;
import io.lien.server.mqtt.Downlink;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

/** Display commands on the store's displays topic (docs/asyncapi.yaml), QoS 1: every gateway of the store relays them. */
@Singleton
final class MqttDisplayUplink implements DisplayUplink {

    private final Downlink downlink;

    MqttDisplayUplink(Downlink downlink) {
        this.downlink = downlink;
    }

    @Override
    public CompletableFuture<Void> send(String storeId, DisplayCommand command) {
        return downlink.send(UplinkTopics.displays(storeId), command.toJson().getBytes(StandardCharsets.UTF_8), false);
    }
}
