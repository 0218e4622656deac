package io.lien.server;

import io.lien.protocol.uplink.UplinkEnvelope;
import io.lien.protocol.uplink.UplinkEvent;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.common.MqttException;

import java.nio.charset.StandardCharsets;

/** A store gateway as the server sees it: one MQTT client publishing uplink envelopes with its own seqs. */
public final class GatewayFixture implements AutoCloseable {

    private final MqttClient client;
    private final String gatewayId;
    private long seq = 1;

    private GatewayFixture(MqttClient client, String gatewayId) {
        this.client = client;
        this.gatewayId = gatewayId;
    }

    /** Connects as the demo store's gateway {@code gatewayId}, with credentials issued for it (decision 0028). */
    public static GatewayFixture connect(ServerFixture server, String gatewayId) throws MqttException {
        return new GatewayFixture(server.gatewayClient("demo", gatewayId), gatewayId);
    }

    /** The demo store's event, stamped now. */
    public UplinkEnvelope send(UplinkEvent event) throws MqttException {
        return send(System.currentTimeMillis(), event);
    }

    public UplinkEnvelope send(long ts, UplinkEvent event) throws MqttException {
        UplinkEnvelope e = UplinkEnvelope.of("demo", gatewayId, seq++, ts, event);
        client.publish(e.topic(), e.toBytes(), 1, false);
        return e;
    }

    /** Anything on any topic, as a hostile or broken gateway would; takes a seq for it. */
    public long publish(String topic, String payload) throws MqttException {
        client.publish(topic, payload.getBytes(StandardCharsets.UTF_8), 1, false);
        return seq++;
    }

    /** Raw bytes on any topic (not even UTF-8, perhaps); takes a seq for it. */
    public long publish(String topic, byte[] payload) throws MqttException {
        client.publish(topic, payload, 1, false);
        return seq++;
    }

    public long nextSeq() {
        return seq;
    }

    @Override
    public void close() throws MqttException {
        client.disconnect();
        client.close();
    }
}
