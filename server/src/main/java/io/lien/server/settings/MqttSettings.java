package io.lien.server.settings;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.util.Set;

/**
 * The server's MQTT side: its own embedded broker, or an external one.
 *
 * @param embedded               run the MQTT 5 broker inside this process (no install needed)
 * @param embeddedPort           the embedded broker's port on 127.0.0.1 (0 = any free port)
 * @param embeddedPersistence    {@code in-memory} or {@code file}: where the embedded broker keeps sessions
 * @param uri                    the broker to use when {@code embedded} is false
 * @param clientId               one id per server instance; its persistent session keeps QoS 1 events while it restarts
 * @param sessionExpirySeconds   how long the broker keeps an absent instance's session
 * @param sharedSubscription     several instances split store events through a shared subscription
 * @param shareGroup             the shared-subscription group, the same for every instance of a deployment
 * @param username               the server's MQTT user name (the only identity that reads every store)
 * @param password               its password: given to an external broker; with the embedded one, the only
 *                               way to connect as the server (none: nobody can)
 * @param embeddedTlsPort        the embedded broker's MQTT-over-TLS listener for gateways on other machines (-1: none;
 *                               the plain listener stays on 127.0.0.1)
 * @param embeddedTlsBind        the TLS listener's address
 * @param tlsKeyStore            the broker's key and certificate (PKCS#12 .p12, or JKS) for that listener
 * @param tlsKeyStorePassword    its password
 * @param requireSignedUplink    with an external broker, refuse an uplink message without its gateway's signature
 *                               (false only while gateways older than signatures are being upgraded; a wrong
 *                               signature is refused either way)
 */
@ConfigurationProperties("lien.mqtt")
public record MqttSettings(@Bindable(defaultValue = "true") boolean embedded,
                           @Bindable(defaultValue = "18830") int embeddedPort,
                           @Bindable(defaultValue = "in-memory") String embeddedPersistence,
                           @Bindable(defaultValue = "tcp://127.0.0.1:1883") String uri,
                           @Bindable(defaultValue = "lien-server") String clientId,
                           @Bindable(defaultValue = "86400") long sessionExpirySeconds,
                           @Bindable(defaultValue = "false") boolean sharedSubscription,
                           @Bindable(defaultValue = "lien-server") String shareGroup,
                           @Bindable(defaultValue = "lien-server") String username,
                           @Nullable String password,
                           @Bindable(defaultValue = "-1") int embeddedTlsPort,
                           @Bindable(defaultValue = "0.0.0.0") String embeddedTlsBind,
                           @Nullable String tlsKeyStore,
                           @Nullable String tlsKeyStorePassword,
                           @Bindable(defaultValue = "true") boolean requireSignedUplink) {

    private static final String ID = "[A-Za-z0-9_-]{1,64}";

    public MqttSettings {
        InvalidSetting.require(embeddedPort >= 0 && embeddedPort <= 65535, "lien.mqtt.embedded-port",
                "must be a port, 0–65535 (0 = any free port)", embeddedPort);
        InvalidSetting.require(Set.of("in-memory", "file").contains(embeddedPersistence), "lien.mqtt.embedded-persistence",
                "must be in-memory or file", embeddedPersistence);
        InvalidSetting.require(uri != null && uri.matches("(tcp|ssl|ws|wss)://[^\\s/:]+(:\\d{1,5})?/?"), "lien.mqtt.uri",
                "must be a broker address such as tcp://127.0.0.1:1883", uri);
        InvalidSetting.require(clientId != null && clientId.matches(ID), "lien.mqtt.client-id",
                "must be 1–64 letters, digits, - or _", clientId);
        InvalidSetting.require(sessionExpirySeconds >= 1 && sessionExpirySeconds <= 4_294_967_295L,
                "lien.mqtt.session-expiry-seconds", "must be 1–4294967295 seconds (MQTT 5)", sessionExpirySeconds);
        InvalidSetting.require(shareGroup != null && shareGroup.matches(ID), "lien.mqtt.share-group",
                "must be 1–64 letters, digits, - or _", shareGroup);
        InvalidSetting.require(username != null && username.matches(ID), "lien.mqtt.username",
                "must be 1–64 letters, digits, - or _ (a gateway's name has an @; the server's has none)", username);
        InvalidSetting.require(password == null || password.length() >= 16, "lien.mqtt.password",
                "must be at least 16 characters (the server's identity reads every store)", "(hidden)");
        InvalidSetting.require(embeddedTlsPort >= -1 && embeddedTlsPort <= 65535, "lien.mqtt.embedded-tls-port",
                "must be a port, 0–65535, or -1 for none", embeddedTlsPort);
        InvalidSetting.require(embeddedTlsPort < 0 || tlsKeyStore != null && java.nio.file.Files.isReadable(java.nio.file.Path.of(tlsKeyStore)),
                "lien.mqtt.tls-key-store", "must be a readable key store when lien.mqtt.embedded-tls-port is set", tlsKeyStore);
    }
}
