package io.lien.server.mqtt;

import io.lien.server.settings.MqttSettings;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.util.Optional;

/** Where the server's MQTT connection goes: the embedded broker, or {@code lien.mqtt.uri}. */
public record BrokerAddress(String uri, boolean embedded) {

    @Factory
    static class BrokerAddressFactory {
        @Singleton
        BrokerAddress brokerAddress(Optional<EmbeddedBroker> embedded,
                                    MqttSettings settings) {
            return embedded.map(b -> new BrokerAddress(b.uri(), true)).orElse(new BrokerAddress(settings.uri(), false));
        }
    }
}
