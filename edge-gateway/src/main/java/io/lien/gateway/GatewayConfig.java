package io.lien.gateway;

import io.lien.broker.EmbeddedMqttBroker;
import io.lien.gateway.cleaning.DeviceRateLimiter;
import io.lien.gateway.cleaning.PresenceTracker;
import io.lien.gateway.journal.Journal;
import io.lien.protocol.Ids;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Properties;

/**
 * Everything a gateway needs, from one properties file (see gateway.properties in the
 * distribution), each key overridable by an environment variable: {@code lan.uri} → {@code LIEN_GW_LAN_URI}.
 *
 * @param lanUri    the store LAN broker the devices talk to, when it is not the gateway's own
 * @param lanBroker the gateway's own store broker, which checks each device's credentials and topics
 * @param uplinkUri the central broker the server listens on
 * @param uplinkSecret the gateway's secret for the central broker, issued by the server (its user name and
 *                     client id are {@code gatewayId@storeId}); {@code null} for a broker that asks none
 * @param uplinkTrust  for an {@code ssl://} uplink, the certificates to trust (the central broker's, or its CA);
 *                     {@code null}: the JVM's own trusted authorities
 */
public record GatewayConfig(String storeId, String gatewayId, String lanUri, String uplinkUri, Path dataDir,
                            PresenceTracker.Settings presence, DeviceRateLimiter.Settings rateLimit,
                            Duration registryWait, Journal.Settings journal, int healthPort, long sessionExpirySeconds,
                            LanBroker lanBroker, String uplinkSecret, TrustStore uplinkTrust) {

    /** A key store of trusted certificates (PKCS#12 or JKS) and its password. */
    public record TrustStore(Path path, String password) {
    }

    /**
     * The store broker inside the gateway (decision 0008).
     *
     * @param embedded false when devices use a broker run beside the gateway ({@code lan.uri})
     * @param port     0 for a free port
     * @param tls      an MQTT-over-TLS listener as well, for the devices that can (null: none); to refuse plain text
     *                 on the store network, bind the plain listener to 127.0.0.1
     */
    public record LanBroker(boolean embedded, String bindAddress, int port, EmbeddedMqttBroker.Tls tls) {
        public static LanBroker external() {
            return new LanBroker(false, "127.0.0.1", 0, null);
        }
    }

    public GatewayConfig {
        Ids.require(storeId, "store id");
        Ids.require(gatewayId, "gateway id");
    }

    public static GatewayConfig of(String storeId, String gatewayId, String brokerUri, Path dataDir) {
        return new GatewayConfig(storeId, gatewayId, brokerUri, brokerUri, dataDir,
                PresenceTracker.Settings.defaults(), DeviceRateLimiter.Settings.defaults(), Duration.ofSeconds(30), defaultJournal(), 0,
                86_400, LanBroker.external(), null, null);
    }

    /** 512 MiB holds a 30-minute outage at 500 events/s several times over; normal events live 6 h. */
    static Journal.Settings defaultJournal() {
        return new Journal.Settings(512L << 20, Duration.ofHours(6).toMillis(), 16L << 20);
    }

    public GatewayConfig withUplink(String uri) {
        return new GatewayConfig(storeId, gatewayId, lanUri, uri, dataDir, presence, rateLimit, registryWait, journal, healthPort,
                sessionExpirySeconds, lanBroker, uplinkSecret, uplinkTrust);
    }

    public GatewayConfig withJournal(Journal.Settings settings) {
        return new GatewayConfig(storeId, gatewayId, lanUri, uplinkUri, dataDir, presence, rateLimit, registryWait, settings, healthPort,
                sessionExpirySeconds, lanBroker, uplinkSecret, uplinkTrust);
    }

    /** How long brokers keep this gateway's sessions while it is away. */
    public GatewayConfig withSessionExpiry(long seconds) {
        return new GatewayConfig(storeId, gatewayId, lanUri, uplinkUri, dataDir, presence, rateLimit, registryWait, journal, healthPort,
                seconds, lanBroker, uplinkSecret, uplinkTrust);
    }

    /** Signs in to the central broker as {@code gatewayId@storeId} with this secret (issued by the server). */
    public GatewayConfig withUplinkSecret(String secret) {
        return new GatewayConfig(storeId, gatewayId, lanUri, uplinkUri, dataDir, presence, rateLimit, registryWait, journal, healthPort,
                sessionExpirySeconds, lanBroker, secret, uplinkTrust);
    }

    /** Trusts these certificates for an {@code ssl://} uplink. */
    public GatewayConfig withUplinkTrust(TrustStore trust) {
        return new GatewayConfig(storeId, gatewayId, lanUri, uplinkUri, dataDir, presence, rateLimit, registryWait, journal, healthPort,
                sessionExpirySeconds, lanBroker, uplinkSecret, trust);
    }

    /** Each device's allowance before its messages are refused as a flood. */
    public GatewayConfig withRateLimit(DeviceRateLimiter.Settings settings) {
        return new GatewayConfig(storeId, gatewayId, lanUri, uplinkUri, dataDir, presence, settings, registryWait, journal, healthPort,
                sessionExpirySeconds, lanBroker, uplinkSecret, uplinkTrust);
    }

    /** Devices connect to the gateway's own broker on this address and port (0: a free one). */
    public GatewayConfig withEmbeddedLan(String bindAddress, int port) {
        return new GatewayConfig(storeId, gatewayId, lanUri, uplinkUri, dataDir, presence, rateLimit, registryWait, journal, healthPort,
                sessionExpirySeconds, new LanBroker(true, bindAddress, port, lanBroker.tls()), uplinkSecret, uplinkTrust);
    }

    /** The gateway's own store broker also listens over TLS (needs {@link #withEmbeddedLan}). */
    public GatewayConfig withLanTls(EmbeddedMqttBroker.Tls tls) {
        return new GatewayConfig(storeId, gatewayId, lanUri, uplinkUri, dataDir, presence, rateLimit, registryWait, journal, healthPort,
                sessionExpirySeconds, new LanBroker(lanBroker.embedded(), lanBroker.bindAddress(), lanBroker.port(), tls), uplinkSecret,
                uplinkTrust);
    }

    public static GatewayConfig load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            p.load(r);
        }
        PresenceTracker.Settings d = PresenceTracker.Settings.defaults();
        return new GatewayConfig(value(p, "store.id", null), value(p, "gateway.id", null),
                value(p, "lan.uri", "tcp://127.0.0.1:1883"), value(p, "uplink.uri", "tcp://127.0.0.1:1883"),
                Path.of(value(p, "data.dir", "./data/gateway")),
                new PresenceTracker.Settings(
                        Double.parseDouble(value(p, "presence.alpha", String.valueOf(d.alpha()))),
                        Integer.parseInt(value(p, "presence.confirmations", String.valueOf(d.confirmations()))),
                        Long.parseLong(value(p, "presence.leave-after-ms", String.valueOf(d.leaveAfterMs()))),
                        Double.parseDouble(value(p, "presence.path-loss-exponent", String.valueOf(d.pathLossExponent()))),
                        Integer.parseInt(value(p, "presence.particles", String.valueOf(d.particles()))),
                        Double.parseDouble(value(p, "presence.grid-cell-m", String.valueOf(d.gridCellM()))), d.noiseDb(), d.switchAt(),
                        Boolean.parseBoolean(value(p, "presence.learn-path-loss", String.valueOf(d.learnPathLoss())))),
                new DeviceRateLimiter.Settings(Double.parseDouble(value(p, "device.max-per-second", "10")),
                        Double.parseDouble(value(p, "device.burst", "30"))),
                Duration.ofSeconds(Long.parseLong(value(p, "registry.wait-seconds", "30"))),
                new Journal.Settings(Long.parseLong(value(p, "journal.max-mib", "512")) << 20,
                        Duration.ofMinutes(Long.parseLong(value(p, "journal.max-age-minutes", "360"))).toMillis(),
                        Long.parseLong(value(p, "journal.segment-mib", "16")) << 20),
                Integer.parseInt(value(p, "health.port", "8091")),
                Long.parseLong(value(p, "session.expiry-seconds", "86400")),
                new LanBroker(Boolean.parseBoolean(value(p, "lan.embedded", "true")), value(p, "lan.bind", "0.0.0.0"),
                        Integer.parseInt(value(p, "lan.port", "1883")), lanTls(p, file)),
                uplinkSecret(p, file),
                optional(p, "uplink.trust-store") == null ? null : new TrustStore(file.toAbsolutePath().getParent()
                        .resolve(optional(p, "uplink.trust-store")), Objects.requireNonNullElse(optional(p, "uplink.trust-store-password"), "")));
    }

    /**
     * The secret from {@code LIEN_GW_UPLINK_SECRET}, or from the file {@code uplink.secret-file} names (relative to
     * the properties file), so that it need not sit in the properties file itself; none: the broker asks none.
     */
    private static String uplinkSecret(Properties p, Path properties) throws IOException {
        String secret = System.getenv("LIEN_GW_UPLINK_SECRET");
        if (secret != null && !secret.isBlank()) {
            return secret.trim();
        }
        String file = optional(p, "uplink.secret-file");
        if (file == null) {
            return null;
        }
        Path path = properties.toAbsolutePath().getParent().resolve(file);
        if (!Files.isReadable(path)) {
            throw new IllegalArgumentException("gateway setting 'uplink.secret-file': cannot read " + path);
        }
        String read = Files.readString(path).trim();
        if (read.isEmpty()) {
            throw new IllegalArgumentException("gateway setting 'uplink.secret-file': " + path + " is empty");
        }
        return read;
    }

    /** The store broker's TLS listener: {@code lan.tls-port} (none unless set), its address, key store and password. */
    private static EmbeddedMqttBroker.Tls lanTls(Properties p, Path properties) {
        String port = optional(p, "lan.tls-port");
        if (port == null || Integer.parseInt(port) < 0) {
            return null;
        }
        String keyStore = optional(p, "lan.tls-key-store");
        if (keyStore == null) {
            throw new IllegalArgumentException("gateway setting 'lan.tls-key-store': needed when lan.tls-port is set");
        }
        Path path = properties.toAbsolutePath().getParent().resolve(keyStore);
        if (!Files.isReadable(path)) {
            throw new IllegalArgumentException("gateway setting 'lan.tls-key-store': cannot read " + path);
        }
        return new EmbeddedMqttBroker.Tls(value(p, "lan.tls-bind", "0.0.0.0"), Integer.parseInt(port), path,
                Objects.requireNonNullElse(optional(p, "lan.tls-key-store-password"), ""));
    }

    private static String optional(Properties p, String key) {
        String env = System.getenv("LIEN_GW_" + key.toUpperCase().replace('.', '_').replace('-', '_'));
        String v = env != null ? env : p.getProperty(key);
        return v == null || v.isBlank() ? null : v.trim();
    }

    private static String value(Properties p, String key, String fallback) {
        String env = System.getenv("LIEN_GW_" + key.toUpperCase().replace('.', '_').replace('-', '_'));
        String v = env != null ? env : p.getProperty(key, fallback);
        if (v == null) {
            throw new IllegalArgumentException("missing gateway setting '" + key + "'");
        }
        return v.trim();
    }
}
