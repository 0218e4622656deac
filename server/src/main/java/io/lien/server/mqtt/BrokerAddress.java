package io.lien.server.mqtt;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.util.Optional;

/** Where the server's MQTT connection goes: the embedded broker, or {@code lien.mqtt.uri}. */
public record BrokerAddress(String uri, boolean embedded) {

    @Factory
    static class BrokerAddressFactory {
        @Singleton
        BrokerAddress brokerAddress(Optional<EmbeddedBroker> embedded,
                                    @Value("${lien.mqtt.uri:tcp://127.0.0.1:1883}") String externalUri) {
            return embedded.map(b -> new BrokerAddress(b.uri(), true)).orElse(new BrokerAddress(externalUri, false));
        }
    }
}
