package io.lien.sim;

import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One MQTT connection per device, client id = device id, as the protocol requires; a device
 * connects on its first message.
 */
public final class MqttDeviceLink implements DeviceLink {

    private static final Logger LOG = LoggerFactory.getLogger(MqttDeviceLink.class);

    private final String brokerUri;
    private final Map<String, MqttAsyncClient> clients = new ConcurrentHashMap<>();

    public MqttDeviceLink(String brokerUri) {
        this.brokerUri = brokerUri;
    }

    @Override
    public void publish(String deviceId, String topic, String payload, int qos) {
        try {
            client(deviceId).publish(topic, payload.getBytes(StandardCharsets.UTF_8), qos, false);
        } catch (MqttException e) {
            LOG.warn("Device {} could not publish on {}: {}", deviceId, topic, e.getMessage());
        }
    }

    private MqttAsyncClient client(String deviceId) {
        return clients.computeIfAbsent(deviceId, id -> {
            try {
                MqttAsyncClient c = new MqttAsyncClient(brokerUri, id, new MemoryPersistence());
                MqttConnectionOptions o = new MqttConnectionOptions();
                o.setCleanStart(true);
                o.setAutomaticReconnect(true);
                o.setKeepAliveInterval(30);
                c.connect(o).waitForCompletion(10_000);
                return c;
            } catch (MqttException e) {
                throw new IllegalStateException("device " + id + " cannot reach " + brokerUri + ": " + e.getMessage(), e);
            }
        });
    }

    @Override
    public void close() {
        clients.values().parallelStream().forEach(c -> {
            try {
                if (c.isConnected()) {
                    c.disconnect().waitForCompletion(2_000);
                }
                c.close();
            } catch (MqttException e) {
                LOG.debug("close of {} failed: {}", c.getClientId(), e.getMessage());
            }
        });
        clients.clear();
    }
}
