package io.lien.gateway;

import io.lien.protocol.uplink.UplinkEnvelope;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttActionListener;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Publishes clean events upstream with QoS 1, in order, with a bounded number in flight (brokers
 * grant a small Receive Maximum, and Paho fails publishes beyond it). Events wait in memory while
 * the uplink is down; the disk journal that survives a crash is the gateway issue's work.
 */
final class UplinkForwarder implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(UplinkForwarder.class);
    static final int MAX_IN_FLIGHT = 8;

    private final MqttAsyncClient client;
    private final GatewayMetrics metrics;
    private final BlockingDeque<UplinkEnvelope> queue = new LinkedBlockingDeque<>(1_000_000);
    private final Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
    private volatile boolean running = true;

    UplinkForwarder(MqttAsyncClient client, GatewayMetrics metrics) {
        this.client = client;
        this.metrics = metrics;
    }

    void enqueue(UplinkEnvelope envelope) {
        if (!queue.offer(envelope)) {
            LOG.error("Uplink buffer full; dropping event {} seq {}", envelope.event().type(), envelope.seq());
        }
        metrics.pendingUplink(queue.size());
    }

    int pending() {
        return queue.size() + (MAX_IN_FLIGHT - inFlight.availablePermits());
    }

    @Override
    public void run() {
        while (running) {
            try {
                UplinkEnvelope next = queue.poll(200, TimeUnit.MILLISECONDS);
                if (next == null) {
                    continue;
                }
                while (running && !client.isConnected()) {
                    metrics.uplinkConnected(false);
                    Thread.sleep(100);
                }
                metrics.uplinkConnected(true);
                inFlight.acquire();
                publish(next);
                metrics.pendingUplink(queue.size());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void publish(UplinkEnvelope envelope) {
        try {
            client.publish(envelope.topic(), envelope.toBytes(), 1, false, null, new MqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                    inFlight.release();
                    metrics.forwarded();
                }

                @Override
                public void onFailure(IMqttToken token, Throwable error) {
                    inFlight.release();
                    LOG.warn("Uplink publish of seq {} failed ({}); retrying", envelope.seq(), error.toString());
                    queue.offerFirst(envelope);
                }
            });
        } catch (MqttException e) {
            inFlight.release();
            queue.offerFirst(envelope);
            LOG.warn("Uplink publish of seq {} refused ({}); retrying", envelope.seq(), e.getMessage());
        }
    }

    void stop() {
        running = false;
    }
}
