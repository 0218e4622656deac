package io.lien.broker;

import com.hivemq.embedded.EmbeddedExtension;
import com.hivemq.embedded.EmbeddedHiveMQ;
import com.hivemq.embedded.EmbeddedHiveMQBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * HiveMQ CE inside a Lien process: MQTT 3.1.1 and 5, persistent sessions and shared
 * subscriptions with nothing to install (decision 0002). Sessions and queued messages are kept
 * on disk under its folder so a restart loses nothing, unless {@link Persistence#IN_MEMORY} is
 * asked for (decision 0015). An optional embedded extension decides
 * who may connect and publish where (the gateway's store broker uses one, decision 0008).
 */
public final class EmbeddedMqttBroker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMqttBroker.class);

    private final EmbeddedHiveMQ hivemq;
    private final String bindAddress;
    private final int port;
    private final Tls tls;

    /**
     * A TLS listener beside the plain one (MQTT over TLS, decision 0028): for clients on other machines, while
     * plain text stays on the loopback address or off the network.
     *
     * @param bindAddress where it listens (0.0.0.0: every interface)
     * @param port        its port (0 for a free one)
     * @param keyStore    a PKCS#12 (.p12/.pfx) or JKS key store holding the broker's key and certificate
     * @param password    the key store's (and the key's) password
     */
    public record Tls(String bindAddress, int port, Path keyStore, String password) {
        public Tls {
            if (keyStore == null || !Files.isReadable(keyStore)) {
                throw new IllegalArgumentException("the broker's TLS key store cannot be read: " + keyStore);
            }
        }

        Tls withPort(int chosen) {
            return new Tls(bindAddress, chosen, keyStore, password);
        }
    }

    /** Where the broker keeps sessions, subscriptions, retained and queued messages. */
    public enum Persistence {
        /** On disk under the broker's folder: they survive a restart (costs ~1 s of start-up). */
        FILE("file"),
        /** In memory: gone with the process; for a broker whose clients re-create what they need. */
        IN_MEMORY("in-memory");

        final String mode;

        Persistence(String mode) {
            this.mode = mode;
        }

        /** From configuration: {@code file} or {@code in-memory}; anything else is refused with the choices. */
        public static Persistence of(String mode) {
            for (Persistence p : values()) {
                if (p.mode.equals(mode)) {
                    return p;
                }
            }
            throw new IllegalArgumentException("broker persistence '" + mode + "' is neither 'file' nor 'in-memory'");
        }
    }

    private EmbeddedMqttBroker(Path folder, String bindAddress, int port, EmbeddedExtension extension, int maxPacketBytes,
                               Persistence persistence, Tls tls) {
        this.bindAddress = bindAddress;
        this.port = port == 0 ? freePort() : port;
        this.tls = tls == null ? null : tls.port() == 0 ? tls.withPort(freePort()) : tls;
        Path root = folder.toAbsolutePath();
        try {
            Files.createDirectories(root.resolve("conf"));
            Files.createDirectories(root.resolve("data"));
            Files.createDirectories(root.resolve("extensions"));
            Files.writeString(root.resolve("conf/config.xml"), config(bindAddress, this.port, maxPacketBytes, persistence, this.tls));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the embedded broker under " + root, e);
        }
        EmbeddedHiveMQBuilder builder = EmbeddedHiveMQ.builder()
                .withConfigurationFolder(root.resolve("conf"))
                .withDataFolder(root.resolve("data"))
                .withExtensionsFolder(root.resolve("extensions"))
                .withoutLoggingBootstrap();
        if (extension != null) {
            builder.withEmbeddedExtension(extension);
        }
        this.hivemq = builder.build();
    }

    /**
     * Starts a broker keeping its state under {@code folder}.
     *
     * @param port 0 for a free port
     * @param extension what decides who connects and publishes where, or {@code null} for anyone
     */
    public static EmbeddedMqttBroker start(Path folder, String bindAddress, int port, EmbeddedExtension extension) {
        return start(folder, bindAddress, port, extension, 0);
    }

    /**
     * @param maxPacketBytes the largest MQTT packet accepted (a larger one closes the connection);
     *                       0 for HiveMQ's default (256 MiB)
     */
    public static EmbeddedMqttBroker start(Path folder, String bindAddress, int port, EmbeddedExtension extension,
                                           int maxPacketBytes) {
        return start(folder, bindAddress, port, extension, maxPacketBytes, Persistence.FILE);
    }

    public static EmbeddedMqttBroker start(Path folder, String bindAddress, int port, EmbeddedExtension extension,
                                           int maxPacketBytes, Persistence persistence) {
        return start(folder, bindAddress, port, extension, maxPacketBytes, persistence, null);
    }

    /** @param tls a TLS listener as well, or {@code null} */
    public static EmbeddedMqttBroker start(Path folder, String bindAddress, int port, EmbeddedExtension extension,
                                           int maxPacketBytes, Persistence persistence, Tls tls) {
        EmbeddedMqttBroker broker = new EmbeddedMqttBroker(folder, bindAddress, port, extension, maxPacketBytes, persistence, tls);
        long started = System.nanoTime();
        try {
            // join() hangs for ever when HiveMQ fails early (STACK.md): bounded wait
            broker.hivemq.start().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            broker.close();
            throw new IllegalStateException("the embedded MQTT broker did not start on " + broker.uri(), e);
        }
        LOG.info("Embedded MQTT broker on {} (started in {} ms)", broker.uri(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        return broker;
    }

    public String uri() {
        String host = bindAddress.equals("0.0.0.0") ? "127.0.0.1" : bindAddress;
        return "tcp://" + host + ":" + port;
    }

    public int port() {
        return port;
    }

    /** The TLS listener's address ({@code ssl://host:port}), or {@code null} when there is none. */
    public String tlsUri() {
        if (tls == null) {
            return null;
        }
        String host = tls.bindAddress().equals("0.0.0.0") ? "127.0.0.1" : tls.bindAddress();
        return "ssl://" + host + ":" + tls.port();
    }

    /**
     * HiveMQ discards QoS 1 messages queued beyond {@code max-queue-size} (1,000 by default) for a
     * client that is away or falls behind — silently, after the publisher had its PUBACK. A server
     * restarting under load must find its backlog intact: ten million messages are kept per client
     * (on disk with file persistence), about five hours of a busy store at 500 events/s.
     */
    static final long MAX_QUEUED_PER_CLIENT = 10_000_000;

    /**
     * QoS 1 publishes a client may have in flight (HiveMQ's default is 10): a gateway keeps 20 in
     * flight so that the server's batches fill up.
     */
    static final int RECEIVE_MAXIMUM = 100;

    /*
     * Topic aliases are off: Paho 1.2.5 gives its outgoing publishes aliases on its own when the
     * broker allows them, and after a reconnect it resends unacknowledged publishes with the old
     * connection's alias and no topic; the broker then drops the connection ("Topic alias in PUBLISH
     * could not be mapped") again and again, and the backlog never drains (found by ServerKillIT).
     */

    private static String tlsListener(Tls tls) {
        if (tls == null) {
            return "";
        }
        String keyStore = tls.keyStore().toAbsolutePath().toString();
        return """
                    <tls-tcp-listener>
                      <port>%d</port>
                      <bind-address>%s</bind-address>
                      <tls>
                        <protocols><protocol>TLSv1.3</protocol><protocol>TLSv1.2</protocol></protocols>
                        <keystore>
                          <path>%s</path>
                          <password>%s</password>
                          <private-key-password>%s</private-key-password>
                        </keystore>
                      </tls>
                    </tls-tcp-listener>
                """.formatted(tls.port(), xml(tls.bindAddress()), xml(keyStore), xml(tls.password()), xml(tls.password()));
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String config(String bindAddress, int port, int maxPacketBytes, Persistence persistence, Tls tls) {
        String packets = maxPacketBytes <= 0 ? "" : """
                    <packets>
                      <max-packet-size>%d</max-packet-size>
                    </packets>
                """.formatted(maxPacketBytes);
        String restrictions = maxPacketBytes <= 0 ? "" : """
                  <restrictions>
                    <max-client-id-length>80</max-client-id-length>
                    <max-topic-length>256</max-topic-length>
                  </restrictions>
                """;
        return """
                <?xml version="1.0"?>
                <hivemq>
                  <listeners>
                    <tcp-listener>
                      <port>%d</port>
                      <bind-address>%s</bind-address>
                    </tcp-listener>
                %s  </listeners>
                  <mqtt>
                    <topic-alias>
                      <enabled>false</enabled>
                    </topic-alias>
                    <receive-maximum>
                      <server-receive-maximum>%d</server-receive-maximum>
                    </receive-maximum>
                    <queued-messages>
                      <max-queue-size>%d</max-queue-size>
                      <strategy>discard</strategy>
                    </queued-messages>
                %s  </mqtt>
                  <persistence>
                    <mode>%s</mode>
                  </persistence>
                  <anonymous-usage-statistics>
                    <enabled>false</enabled>
                  </anonymous-usage-statistics>
                %s</hivemq>
                """.formatted(port, bindAddress, tlsListener(tls), RECEIVE_MAXIMUM, MAX_QUEUED_PER_CLIENT, packets, persistence.mode,
                restrictions);
    }

    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            hivemq.stop().get(30, TimeUnit.SECONDS);
            hivemq.close();
        } catch (Exception e) {
            LOG.warn("Embedded broker on {} did not stop cleanly: {}", uri(), e.toString());
        }
    }
}
