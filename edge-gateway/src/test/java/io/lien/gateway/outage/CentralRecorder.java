package io.lien.gateway.outage;

import io.lien.protocol.uplink.UplinkEnvelope;
import io.lien.protocol.uplink.UplinkMessage;
import io.lien.gateway.mqtt.MessageCallback;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Plays the server's side of the uplink: a persistent QoS 1 subscription, and the server's rule
 * of keeping each (gateway, seq) once. Counts what arrived twice on the wire.
 */
final class CentralRecorder extends MessageCallback implements AutoCloseable {

    final Map<Long, UplinkEnvelope> unique = new ConcurrentSkipListMap<>();
    final AtomicInteger redelivered = new AtomicInteger();
    final List<String> rejected = new CopyOnWriteArrayList<>();
    private final MqttClient client;
    private final String filter;

    CentralRecorder(String uri, String clientId, String filter) throws MqttException {
        this.filter = filter;
        client = new MqttClient(uri, clientId, new MemoryPersistence());
        client.setCallback(this);
        MqttConnectionOptions o = new MqttConnectionOptions();
        o.setCleanStart(false);
        o.setSessionExpiryInterval(600L);
        o.setAutomaticReconnect(true);
        o.setAutomaticReconnectDelay(1, 2);
        client.connect(o);
        client.subscribe(filter, 1);
    }

    @Override
    public void messageArrived(String topic, MqttMessage message) {
        for (UplinkMessage.Part part : UplinkMessage.decode(topic, message.getPayload())) {
            if (part.decoded() instanceof UplinkEnvelope.Decoded.Accepted a) {
                if (unique.putIfAbsent(a.envelope().seq(), a.envelope()) != null) {
                    redelivered.incrementAndGet();
                }
            } else {
                rejected.add(part.decoded().toString());
            }
        }
    }

    /** Per device, the event types in sequence order. */
    Map<String, List<String>> typesPerDevice() {
        Map<String, List<String>> perDevice = new TreeMap<>();
        unique.values().forEach(e -> perDevice.computeIfAbsent(e.event().deviceId(), k -> new CopyOnWriteArrayList<>())
                .add(e.event().type()));
        return perDevice;
    }

    @Override
    public void close() throws MqttException {
        if (client.isConnected()) {
            client.disconnect();
        }
        client.close();
    }

    String filter() {
        return filter;
    }
}
