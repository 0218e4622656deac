package io.lien.gateway.mqtt;

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

    /** A persistent session (clean start off) so that QoS 1 messages survive a reconnect. */
    public static MqttConnectionOptions persistentSession(long expirySeconds) {
        MqttConnectionOptions o = new MqttConnectionOptions();
        o.setCleanStart(false);
        o.setSessionExpiryInterval(expirySeconds);
        o.setAutomaticReconnect(true);
        o.setAutomaticReconnectDelay(1, 5);
        o.setKeepAliveInterval(20);
        o.setConnectionTimeout(10);
        return o;
    }
}
