package io.lien.server.mqtt;

import io.lien.broker.EmbeddedMqttBroker;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import java.nio.file.Path;

/**
 * The central broker inside the server process by default (decision 0002). Binds to 127.0.0.1
 * only; its sessions and queued messages live under the data folder.
 */
@Singleton
@Requires(property = "lien.mqtt.embedded", notEquals = "false")
public class EmbeddedBroker implements AutoCloseable {

    private final EmbeddedMqttBroker broker;

    EmbeddedBroker(@Value("${lien.mqtt.embedded-port:18830}") int configuredPort,
                   @Value("${lien.data-dir:./data}") String dataDir) {
        this.broker = EmbeddedMqttBroker.start(Path.of(dataDir).resolve("broker"), "127.0.0.1", configuredPort, null);
    }

    public String uri() {
        return broker.uri();
    }

    public int port() {
        return broker.port();
    }

    @PreDestroy
    @Override
    public void close() {
        broker.close();
    }
}
