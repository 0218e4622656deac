package io.lien.server.mqtt;

import io.lien.protocol.uplink.UplinkSignature;
import io.lien.server.settings.MqttSettings;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.MqttSubscription;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/**
 * The server's MQTT 5 connection to an external broker (with the embedded one the server needs
 * none: ADR 17). Persistent session (clean start off, expiry
 * {@code lien.mqtt.session-expiry-seconds}, one day by default) and manual
 * acks: a message is acknowledged only after its handler returned, so a crash before the database
 * commit means redelivery, never loss (decision 0003). Paho does not route {@code $share/…}
 * messages to per-subscription listeners, so one callback hands every message to the handler.
 */
@Singleton
public class MqttConnection implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MqttConnection.class);

    /** Handles one message with the gateway's signature it carried (null: none); returning normally acknowledges it. */
    public interface Handler {
        void handle(String topic, byte[] payload, String signature) throws Exception;
    }

    private final BrokerAddress address;
    private final String clientId;
    private final List<MqttSubscription> subscriptions = new CopyOnWriteArrayList<>();
    /**
     * Until the server says how to handle messages (its live state rebuilt), one that arrives waits,
     * unacknowledged: the connection can be made while the server is still getting ready.
     */
    private final CountDownLatch handlerSet = new CountDownLatch(1);
    private volatile Handler handler;
    private MqttAsyncClient client;

    private final long sessionExpirySeconds;
    private final String username;
    private final String password;

    MqttConnection(BrokerAddress address, MqttSettings settings) {
        this.address = address;
        this.clientId = settings.clientId();
        this.sessionExpirySeconds = settings.sessionExpirySeconds();
        this.username = settings.username();
        this.password = settings.password();
    }

    public synchronized void connect() throws MqttException {
        if (client != null) {
            return;
        }
        client = new MqttAsyncClient(address.uri(), clientId, new MemoryPersistence());
        client.setManualAcks(true);
        client.setCallback(new Callback());
        MqttConnectionOptions o = new MqttConnectionOptions();
        o.setCleanStart(false);
        o.setSessionExpiryInterval(sessionExpirySeconds);
        o.setAutomaticReconnect(true);
        // at most 2 s between attempts: consumption resumes within seconds of a broker restart (BrokerRestartIT)
        o.setAutomaticReconnectDelay(1, 2);
        o.setKeepAliveInterval(20);
        // the server's own identity: the broker's ACL lets it, and only it, read every store (docs/security.md)
        if (password != null) {
            o.setUserName(username);
            o.setPassword(password.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        IMqttToken connected = client.connect(o);
        connected.waitForCompletion(15_000);
        LOG.info("Connected to MQTT broker {} as {}", address.uri(), clientId);
        Integer aliases = connected.getResponseProperties() == null ? null : connected.getResponseProperties().getTopicAliasMaximum();
        if (aliases != null && aliases > 0) {
            // Paho resends in-flight messages with a stale alias after a reconnect (docs/operations.md)
            LOG.error("The broker {} offers {} topic aliases; configure it without (Mosquitto: max_topic_alias 0)",
                    address.uri(), aliases);
        }
    }

    public void handleWith(Handler handler) {
        this.handler = handler;
        handlerSet.countDown();
    }

    public void subscribe(String filter, int qos) throws MqttException {
        MqttSubscription subscription = new MqttSubscription(filter, qos);
        subscriptions.add(subscription);
        client.subscribe(new MqttSubscription[]{subscription}, null, null, new MqttProperties()).waitForCompletion(10_000);
    }

    public void publish(String topic, byte[] payload, int qos, boolean retained) throws MqttException {
        client.publish(topic, payload, qos, retained).waitForCompletion(10_000);
    }

    /** Publishes without waiting; the future ends when the broker acknowledged it. */
    public java.util.concurrent.CompletableFuture<Void> publishAsync(String topic, byte[] payload, int qos, boolean retained)
            throws MqttException {
        java.util.concurrent.CompletableFuture<Void> done = new java.util.concurrent.CompletableFuture<>();
        client.publish(topic, payload, qos, retained, null, new org.eclipse.paho.mqttv5.client.MqttActionListener() {
            @Override
            public void onSuccess(org.eclipse.paho.mqttv5.client.IMqttToken token) {
                done.complete(null);
            }

            @Override
            public void onFailure(org.eclipse.paho.mqttv5.client.IMqttToken token, Throwable failure) {
                done.completeExceptionally(failure);
            }
        });
        return done;
    }

    public boolean isConnected() {
        return client != null && client.isConnected();
    }

    /** The first {@link UplinkSignature#PROPERTY} user property of a message, or null. */
    static String signature(MqttMessage message) {
        MqttProperties properties = message.getProperties();
        if (properties == null || properties.getUserProperties() == null) {
            return null;
        }
        return properties.getUserProperties().stream().filter(p -> UplinkSignature.PROPERTY.equals(p.getKey()))
                .map(org.eclipse.paho.mqttv5.common.packet.UserProperty::getValue).findFirst().orElse(null);
    }

    private final class Callback implements MqttCallback {
        @Override
        public void messageArrived(String topic, MqttMessage message) {
            try {
                handlerSet.await();
                handler.handle(topic, message.getPayload(), signature(message));
                client.messageArrivedComplete(message.getId(), message.getQos());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                // not acknowledged: the broker redelivers it on the next session resume
                LOG.error("Handling a message on {} failed; it stays unacknowledged", topic, e);
            }
        }

        @Override
        public void connectComplete(boolean reconnect, String serverURI) {
            if (reconnect && !subscriptions.isEmpty()) {
                try {
                    client.subscribe(subscriptions.toArray(MqttSubscription[]::new), null, null, new MqttProperties());
                } catch (MqttException e) {
                    LOG.error("Resubscription failed", e);
                }
                LOG.info("Reconnected to {}", serverURI);
            }
        }

        @Override
        public void disconnected(MqttDisconnectResponse response) {
            LOG.warn("MQTT connection lost: {}", response.getReasonString());
        }

        @Override
        public void mqttErrorOccurred(MqttException exception) {
            LOG.warn("MQTT error: {}", exception.getMessage());
        }

        @Override
        public void deliveryComplete(IMqttToken token) {
        }

        @Override
        public void authPacketArrived(int reasonCode, MqttProperties properties) {
        }
    }

    @PreDestroy
    @Override
    public synchronized void close() {
        if (client == null) {
            return;
        }
        try {
            if (client.isConnected()) {
                client.disconnect().waitForCompletion(5_000);
            }
            client.close();
        } catch (MqttException e) {
            LOG.debug("MQTT close: {}", e.getMessage());
        }
        client = null;
    }
}
