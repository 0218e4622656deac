package io.lien.sim;

import io.lien.protocol.uplink.DeviceCredential;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * One MQTT connection per device, client id = device id and its password, as the protocol
 * requires; a shopper app connects as user {@code app} with its install id. A device connects on
 * its first message.
 */
public final class MqttDeviceLink implements DeviceLink {

    private static final Logger LOG = LoggerFactory.getLogger(MqttDeviceLink.class);

    /** The user name shopper apps connect with: installs are anonymous and have no password. */
    public static final String APP_USER = "app";

    private final String brokerUri;
    private final Function<String, String> secrets;
    private final Map<String, MqttAsyncClient> clients = new ConcurrentHashMap<>();

    /** Devices with the demo stores' well-known secrets. */
    public MqttDeviceLink(String brokerUri) {
        this(brokerUri, DeviceCredential::demoSecret);
    }

    /** @param secrets each device's secret, as issued when it was onboarded */
    public MqttDeviceLink(String brokerUri, Function<String, String> secrets) {
        this.brokerUri = brokerUri;
        this.secrets = secrets;
    }

    @Override
    public void publish(String deviceId, String topic, String payload, int qos) {
        try {
            client(deviceId, topic.startsWith("app/")).publish(topic, payload.getBytes(StandardCharsets.UTF_8), qos, false);
        } catch (MqttException e) {
            LOG.warn("Device {} could not publish on {}: {}", deviceId, topic, e.getMessage());
        }
    }

    private MqttAsyncClient client(String deviceId, boolean app) {
        return clients.computeIfAbsent(deviceId, id -> {
            try {
                MqttAsyncClient c = new MqttAsyncClient(brokerUri, id, new MemoryPersistence());
                MqttConnectionOptions o = new MqttConnectionOptions();
                o.setCleanStart(true);
                o.setAutomaticReconnect(true);
                o.setKeepAliveInterval(30);
                o.setUserName(app ? APP_USER : id);
                if (!app) {
                    o.setPassword(secrets.apply(id).getBytes(StandardCharsets.UTF_8));
                }
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
