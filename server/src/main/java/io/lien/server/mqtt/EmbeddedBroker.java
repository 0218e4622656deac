package io.lien.server.mqtt;

import com.hivemq.embedded.EmbeddedHiveMQ;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * HiveMQ CE inside the server process: MQTT 5, persistent sessions and shared subscriptions with
 * nothing to install (decision 0002). Binds to 127.0.0.1 only; sessions and queued messages are
 * kept on disk under the data folder so a restart loses nothing.
 */
@Singleton
@Requires(property = "lien.mqtt.embedded", notEquals = "false")
public class EmbeddedBroker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedBroker.class);

    private final EmbeddedHiveMQ hivemq;
    private final int port;

    EmbeddedBroker(@Value("${lien.mqtt.embedded-port:18830}") int configuredPort,
                   @Value("${lien.data-dir:./data}") String dataDir) {
        this.port = configuredPort == 0 ? freePort() : configuredPort;
        Path root = Path.of(dataDir).toAbsolutePath().resolve("broker");
        try {
            Files.createDirectories(root.resolve("conf"));
            Files.createDirectories(root.resolve("data"));
            Files.createDirectories(root.resolve("extensions"));
            Files.writeString(root.resolve("conf/config.xml"), config(port));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the embedded broker under " + root, e);
        }
        long started = System.nanoTime();
        this.hivemq = EmbeddedHiveMQ.builder()
                .withConfigurationFolder(root.resolve("conf"))
                .withDataFolder(root.resolve("data"))
                .withExtensionsFolder(root.resolve("extensions"))
                .withoutLoggingBootstrap()
                .build();
        try {
            hivemq.start().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the embedded MQTT broker did not start on port " + port, e);
        }
        LOG.info("Embedded MQTT 5 broker on tcp://127.0.0.1:{} (started in {} ms)", port,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    public String uri() {
        return "tcp://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    private static String config(int port) {
        return """
                <?xml version="1.0"?>
                <hivemq>
                  <listeners>
                    <tcp-listener>
                      <port>%d</port>
                      <bind-address>127.0.0.1</bind-address>
                    </tcp-listener>
                  </listeners>
                  <persistence>
                    <mode>file</mode>
                  </persistence>
                  <anonymous-usage-statistics>
                    <enabled>false</enabled>
                  </anonymous-usage-statistics>
                </hivemq>
                """.formatted(port);
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PreDestroy
    @Override
    public void close() {
        try {
            hivemq.stop().get(30, TimeUnit.SECONDS);
            hivemq.close();
        } catch (Exception e) {
            LOG.warn("Embedded broker did not stop cleanly: {}", e.toString());
        }
    }
}
