package io.lien.gateway.mqtt;

import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;

/** Paho client construction shared by the gateway's two connections. */
public final class MqttClients {

    private MqttClients() {
    }

    public static MqttAsyncClient create(String uri, String clientId) {
        try {
            return new MqttAsyncClient(uri, clientId, new MemoryPersistence());
        } catch (MqttException e) {
            throw new IllegalStateException("cannot create MQTT client for " + uri, e);
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
