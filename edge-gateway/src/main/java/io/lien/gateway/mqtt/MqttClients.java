package io.lien.gateway.mqtt;

import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttSubscription;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Paho client construction shared by the gateway's two connections. */
public final class MqttClients {

    private static final Logger LOG = LoggerFactory.getLogger(MqttClients.class);

    private MqttClients() {
    }

    public static MqttAsyncClient create(String uri, String clientId) {
        try {
            return new MqttAsyncClient(uri, clientId, new MemoryPersistence());
        } catch (MqttException e) {
            throw new IllegalStateException("cannot create MQTT client for " + uri, e);
        }
    }

    /** Subscribes without waiting; a failure is logged (the reconnect subscribes again). */
    public static void subscribe(MqttAsyncClient client, MqttSubscription... subscriptions) {
        try {
            client.subscribe(subscriptions, null, null, new MqttProperties());
        } catch (MqttException e) {
            LOG.error("Subscription failed on {}", client.getServerURI(), e);
        }
    }

    /** Disconnects politely if connected, then releases the client. */
    public static void disconnect(MqttAsyncClient client) {
        try {
            if (client.isConnected()) {
                client.disconnect().waitForCompletion(5_000);
            }
            client.close();
        } catch (MqttException e) {
            LOG.debug("Disconnect of {} failed: {}", client.getClientId(), e.getMessage());
        }
    }

    /**
     * Paho 1.2.5 replaces a topic by an alias in the message it keeps in flight, and after a
     * reconnect resends it with the alias alone, which the broker no longer knows: it drops the
     * connection, again and again, and the backlog never drains (BrokerRestartIT found it with
     * Mosquitto's default {@code max_topic_alias 10}). Lien's own brokers offer no aliases; a
     * broker that does must be told not to.
     */
    public static void warnIfTopicAliasesOffered(IMqttToken connected, String uri) {
        MqttProperties offered = connected.getResponseProperties();
        Integer max = offered == null ? null : offered.getTopicAliasMaximum();
        if (max != null && max > 0) {
            LOG.error("The broker {} offers {} topic aliases: after a reconnect it will drop this client's resent "
                    + "messages and the backlog will not drain. Configure it without topic aliases "
                    + "(Mosquitto: max_topic_alias 0), see docs/operations.md", uri, max);
        }
    }

    /**
     * TLS trusting the certificates of a key store (the central broker's own, or its authority's), for an
     * {@code ssl://} broker; the broker's name is checked against its certificate as for any TLS client.
     */
    public static javax.net.ssl.SSLSocketFactory trusting(java.nio.file.Path keyStore, String password) {
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(keyStore)) {
            java.security.KeyStore store = java.security.KeyStore.getInstance(keyStore.toString().endsWith(".jks") ? "JKS" : "PKCS12");
            store.load(in, password.toCharArray());
            javax.net.ssl.TrustManagerFactory trust = javax.net.ssl.TrustManagerFactory.getInstance(
                    javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            javax.net.ssl.SSLContext tls = javax.net.ssl.SSLContext.getInstance("TLS");
            tls.init(null, trust.getTrustManagers(), null);
            return tls.getSocketFactory();
        } catch (java.io.IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the trusted certificates in " + keyStore + ": " + e.getMessage(), e);
        }
    }

    /** A persistent session (clean start off) so that QoS 1 messages survive a reconnect. */
    public static MqttConnectionOptions persistentSession(long expirySeconds) {
        MqttConnectionOptions o = new MqttConnectionOptions();
        o.setCleanStart(false);
        o.setSessionExpiryInterval(expirySeconds);
        o.setAutomaticReconnect(true);
        // at most 2 s between attempts: consumption resumes within seconds of a broker restart (BrokerRestartIT)
        o.setAutomaticReconnectDelay(1, 2);
        o.setKeepAliveInterval(20);
        o.setConnectionTimeout(10);
        return o;
    }
}
