package io.lien.gateway;

import io.lien.gateway.journal.Journal;
import io.lien.protocol.uplink.UplinkMessage;
import io.lien.protocol.uplink.UplinkSignature;
import io.lien.protocol.uplink.UplinkTopics;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttActionListener;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.eclipse.paho.mqttv5.common.packet.UserProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Sends journal entries upstream with QoS 1, in journal order, with a bounded number of messages
 * in flight (brokers grant a small Receive Maximum and Paho fails publishes beyond it). Each
 * message carries every entry ready at that moment, up to {@link UplinkMessage#MAX_EVENTS}: a
 * quiet store sends one event per message without waiting, a busy one many (decision 0012). An
 * entry is acknowledged in the journal only when the central broker acknowledged its message; the
 * watermark is persisted every {@link #CHECKPOINT_MS} ms, so after a crash at most that much is
 * sent twice (the server drops it by gateway id + sequence).
 */
final class UplinkForwarder implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(UplinkForwarder.class);
    /** Within Mosquitto's default receive maximum (20); Lien's embedded broker allows 100. */
    static final int MAX_IN_FLIGHT = 20;
    static final long CHECKPOINT_MS = 200;
    /** How long to wait after the server answered "could not store" before sending again. */
    static final long REFUSED_HOLD_MS = 1_000;
    /** MQTT 5 PUBACK "No matching subscribers": the broker took the message but nobody will read it. */
    static final int NO_MATCHING_SUBSCRIBERS = 0x10;

    private final MqttAsyncClient client;
    private final Journal journal;
    private final String storeId;
    private final String gatewayId;
    private final String topic;
    private final GatewayMetrics metrics;
    private final Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
    /**
     * Entries to send again, lowest seq first: failures of a window of in-flight entries come back
     * in any order, and must go out again in the order they were journalled.
     */
    private final Queue<Journal.Entry> retry = new PriorityBlockingQueue<>(64, Comparator.comparingLong(Journal.Entry::seq));
    /** A permit means "new entries may be readable": a wake-up given before the wait is not lost. */
    private final Semaphore wake = new Semaphore(0);
    private volatile boolean running = true;
    private volatile long holdUntil;
    private long lastCheckpoint;
    private final byte[] signingKey;

    /** @param signingKey the key of the messages' signatures, from the gateway's broker secret; null: unsigned (no secret) */
    UplinkForwarder(MqttAsyncClient client, Journal journal, String storeId, String gatewayId, GatewayMetrics metrics, byte[] signingKey) {
        this.signingKey = signingKey;
        this.client = client;
        this.journal = journal;
        this.storeId = storeId;
        this.gatewayId = gatewayId;
        this.topic = UplinkTopics.events(storeId, gatewayId);
        this.metrics = metrics;
    }

    /** The message at QoS 1, signed so that the server knows it is this gateway's whatever broker carried it (decision 0028). */
    private MqttMessage message(byte[] payload) {
        MqttMessage message = new MqttMessage(payload, 1, false, null);
        if (signingKey != null) {
            MqttProperties properties = new MqttProperties();
            properties.setUserProperties(List.of(new UserProperty(UplinkSignature.PROPERTY, UplinkSignature.sign(signingKey, topic, payload))));
            message.setProperties(properties);
        }
        return message;
    }

    /** New entries are in the journal. */
    void wake() {
        if (wake.availablePermits() == 0) {
            wake.release();
        }
    }

    @Override
    public void run() {
        while (running) {
            try {
                step();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.error("Uplink forwarder step failed; retrying", e);
                pause(500);
            }
        }
    }

    private void step() throws InterruptedException {
        checkpointIfDue();
        if (!client.isConnected()) {
            metrics.uplinkConnected(false);
            pause(100);
            return;
        }
        metrics.uplinkConnected(true);
        if (System.currentTimeMillis() < holdUntil) {
            pause(50);
            return;
        }
        List<Journal.Entry> batch = ready();
        if (batch.isEmpty()) {
            if (wake.tryAcquire(50, TimeUnit.MILLISECONDS)) {
                wake.drainPermits();
            }
            return;
        }
        if (!inFlight.tryAcquire(1, TimeUnit.SECONDS)) {
            retry.addAll(batch);
            return;
        }
        publish(batch);
    }

    /** Entries to send now, lowest seq first: those to send again, then new ones from the journal. */
    private List<Journal.Entry> ready() {
        List<Journal.Entry> batch = new ArrayList<>();
        while (batch.size() < UplinkMessage.MAX_EVENTS) {
            Journal.Entry next = retry.poll();
            if (next == null) {
                Optional<Journal.Entry> fromJournal = journal.next(System.currentTimeMillis(), e -> metrics.journalExpired());
                if (fromJournal.isEmpty()) {
                    break;
                }
                next = fromJournal.get();
            }
            batch.add(next);
        }
        return batch;
    }

    private void publish(List<Journal.Entry> batch) {
        try {
            byte[] payload = UplinkMessage.of(storeId, gatewayId, batch.stream().map(Journal.Entry::payload).toList());
            client.publish(topic, message(payload), null, new MqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                    inFlight.release();
                    int code = reasonCode(token);
                    if (code == NO_MATCHING_SUBSCRIBERS) {
                        metrics.uplinkUnheard();
                    }
                    if (code == NO_MATCHING_SUBSCRIBERS || code >= 0x80) {
                        // the server could not store them now (its PUBACK says so), or no server is
                        // subscribed yet (a broker restarted without its shared subscriptions): keep
                        // them, try again shortly
                        holdUntil = System.currentTimeMillis() + REFUSED_HOLD_MS;
                        retry.addAll(batch);
                        return;
                    }
                    for (Journal.Entry entry : batch) {
                        journal.ack(entry.seq());
                        metrics.forwarded();
                    }
                    metrics.uplinkMessage();
                }

                @Override
                public void onFailure(IMqttToken token, Throwable error) {
                    inFlight.release();
                    retry.addAll(batch);
                }
            });
        } catch (MqttException e) {
            inFlight.release();
            retry.addAll(batch);
            pause(100);
        }
    }

    /** The PUBACK's reason code; 0 (success) when the broker gave none. */
    private static int reasonCode(IMqttToken token) {
        int[] codes = token.getReasonCodes();
        return codes == null || codes.length == 0 ? 0 : codes[0];
    }

    private void checkpointIfDue() {
        long now = System.currentTimeMillis();
        if (now - lastCheckpoint >= CHECKPOINT_MS) {
            lastCheckpoint = now;
            journal.checkpoint();
            metrics.journal(journal.pending(), journal.bytes());
        }
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void stop() {
        running = false;
        wake();
    }
}
