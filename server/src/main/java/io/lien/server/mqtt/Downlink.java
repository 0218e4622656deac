package io.lien.server.mqtt;

import io.lien.server.settings.MqttSettings;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttActionListener;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The server's one way to send to gateways (registries, displays), QoS 1, {@value #WINDOW} in flight
 * and the rest waiting in order — a broker takes only so many at once (Paho refuses the eleventh).
 * <p>
 * With the embedded broker, until {@link #start()} (the start-up, before gateways are let in) a
 * message goes from inside the broker; after it, on a client connection of its own: HiveMQ's
 * extension services are one per JVM, so in a process that also runs a gateway's store broker (the
 * demo, the end-to-end tests) they would publish into the wrong broker. With an external broker,
 * on the server's connection.
 */
@Singleton
public class Downlink {

    private static final Logger LOG = LoggerFactory.getLogger(Downlink.class);
    static final int WINDOW = 8;

    private record Pending(String topic, byte[] payload, boolean retained, CompletableFuture<Void> done) {
    }

    private final MqttConnection mqtt;
    private final Optional<EmbeddedBroker> embeddedBroker;
    private final String clientId;
    private final String username;
    private final Deque<Pending> waiting = new ArrayDeque<>();
    private int inFlight;
    private volatile MqttAsyncClient own;

    Downlink(MqttConnection mqtt, Optional<EmbeddedBroker> embeddedBroker, MqttSettings settings) {
        this.mqtt = mqtt;
        this.embeddedBroker = embeddedBroker;
        this.clientId = CentralBrokerAccess.downlinkClientId(settings.clientId());
        this.username = settings.username();
    }

    /** From now on (the embedded broker lets clients in) messages go on a connection of the server's own. */
    public void start() {
        if (embeddedBroker.isEmpty() || own != null) {
            return;
        }
        try {
            MqttAsyncClient client = new MqttAsyncClient(embeddedBroker.get().uri(), clientId, new MemoryPersistence());
            client.setCallback(new Reconnected());
            MqttConnectionOptions o = new MqttConnectionOptions();
            o.setCleanStart(true);
            o.setAutomaticReconnect(true);
            o.setAutomaticReconnectDelay(1, 2);
            // the server's identity, with the secret its embedded broker made at this start (decision 0028)
            o.setUserName(username);
            o.setPassword(embeddedBroker.get().processSecret());
            own = client;
            client.connect(o);
        } catch (MqttException e) {
            LOG.error("The server's downlink connection to its broker failed; displays wait", e);
        }
    }

    /** Sends without waiting; the future ends when the broker has taken it (or could not). */
    public CompletableFuture<Void> send(String topic, byte[] payload, boolean retained) {
        if (embeddedBroker.isPresent() && own == null) {
            return embeddedBroker.get().publish(topic, payload, retained);
        }
        Pending p = new Pending(topic, payload, retained, new CompletableFuture<>());
        synchronized (this) {
            waiting.addLast(p);
        }
        drain();
        return p.done();
    }

    /** Sends and waits up to 10 s for the broker to take it. */
    public void sendAndWait(String topic, byte[] payload, boolean retained) throws IOException {
        try {
            send(topic, payload, retained).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while publishing on " + topic, e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException("could not publish on " + topic, e.getCause());
        } catch (TimeoutException e) {
            throw new IOException("could not publish on " + topic + " within 10 s", e);
        }
    }

    private void drain() {
        while (true) {
            Pending next;
            synchronized (this) {
                if (inFlight >= WINDOW || waiting.isEmpty() || !connected()) {
                    return;
                }
                next = waiting.pollFirst();
                inFlight++;
            }
            try {
                publish(next);
            } catch (MqttException e) {
                synchronized (this) {
                    inFlight--;
                }
                next.done().completeExceptionally(new IOException("could not publish on " + next.topic() + ": " + e.getMessage(), e));
            }
        }
    }

    private boolean connected() {
        return embeddedBroker.isPresent() ? own != null && own.isConnected() : mqtt.isConnected();
    }

    private void publish(Pending p) throws MqttException {
        if (embeddedBroker.isEmpty()) {
            mqtt.publishAsync(p.topic(), p.payload(), 1, p.retained()).whenComplete((ok, failure) -> done(p, failure));
            return;
        }
        own.publish(p.topic(), p.payload(), 1, p.retained(), null, new MqttActionListener() {
            @Override
            public void onSuccess(IMqttToken token) {
                done(p, null);
            }

            @Override
            public void onFailure(IMqttToken token, Throwable failure) {
                done(p, failure);
            }
        });
    }

    private void done(Pending p, Throwable failure) {
        synchronized (this) {
            inFlight--;
        }
        if (failure == null) {
            p.done().complete(null);
        } else {
            p.done().completeExceptionally(failure);
        }
        drain();
    }

    @PreDestroy
    void close() {
        MqttAsyncClient client = own;
        if (client != null) {
            try {
                if (client.isConnected()) {
                    client.disconnect().waitForCompletion(2_000);
                }
                client.close();
            } catch (MqttException e) {
                LOG.debug("Downlink connection closed uncleanly: {}", e.getMessage());
            }
        }
    }

    /** The connection came (back): what waited goes. */
    private final class Reconnected extends CallbackAdapter {
        @Override
        public void connectComplete(boolean reconnect, String serverURI) {
            drain();
        }
    }
}
