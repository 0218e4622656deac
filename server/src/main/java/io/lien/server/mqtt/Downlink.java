package io.lien.server.mqtt;

import jakarta.inject.Singleton;
import org.eclipse.paho.mqttv5.common.MqttException;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The server's one way to send to gateways, QoS 1: from inside the embedded broker when it runs
 * here (no client connection needed), else on the server's MQTT connection.
 */
@Singleton
public class Downlink {

    private final MqttConnection mqtt;
    private final Optional<EmbeddedBroker> embeddedBroker;

    Downlink(MqttConnection mqtt, Optional<EmbeddedBroker> embeddedBroker) {
        this.mqtt = mqtt;
        this.embeddedBroker = embeddedBroker;
    }

    /** Sends without waiting; the future ends when the broker has taken it (or could not). */
    public CompletableFuture<Void> send(String topic, byte[] payload, boolean retained) {
        if (embeddedBroker.isPresent()) {
            return embeddedBroker.get().publish(topic, payload, retained);
        }
        if (!mqtt.isConnected()) {
            return CompletableFuture.failedFuture(new IOException("not connected to the MQTT broker"));
        }
        try {
            return mqtt.publishAsync(topic, payload, 1, retained);
        } catch (MqttException e) {
            return CompletableFuture.failedFuture(new IOException("could not publish on " + topic + ": " + e.getMessage(), e));
        }
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
}
