package io.lien.sim;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import io.lien.protocol.uplink.DeviceCredential;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * One MQTT connection per device, client id = device id and its password, as the protocol
 * requires; a shopper app connects as user {@value #APP_USER} with its install id. A device
 * connects on its first message, or all at once before a large run ({@link #prepare}). Built on
 * the HiveMQ MQTT client, whose connections share a few Netty threads: a 3,000-hanger store is
 * 3,000 connections, not 9,000 threads.
 */
public final class MqttDeviceLink implements DeviceLink {

    /** The user name shopper apps connect with: installs are anonymous and have no password. */
    public static final String APP_USER = "app";

    private static final Logger LOG = LoggerFactory.getLogger(MqttDeviceLink.class);
    private static final int CONNECTS_IN_FLIGHT = 64;

    private final String host;
    private final int port;
    private final Function<String, String> secrets;
    private final Map<String, Mqtt5AsyncClient> clients = new ConcurrentHashMap<>();
    private volatile java.util.function.Function<String, String> displayTopicOf = id -> null;
    private volatile java.util.function.BiConsumer<String, String> displayed = (id, payload) -> { };

    /** Devices with the demo stores' well-known secrets. */
    public MqttDeviceLink(String brokerUri) {
        this(brokerUri, DeviceCredential::demoSecret);
    }

    /** @param secrets each device's secret, as issued when it was onboarded */
    public MqttDeviceLink(String brokerUri, Function<String, String> secrets) {
        URI uri = URI.create(brokerUri);
        this.host = uri.getHost();
        this.port = uri.getPort() < 0 ? 1883 : uri.getPort();
        this.secrets = secrets;
    }

    @Override
    public void publish(String deviceId, String topic, String payload, int qos) {
        Mqtt5AsyncClient client = clients.get(deviceId);
        if (client == null) {
            client = connect(deviceId, topic.startsWith("app/")).join();
        }
        client.publishWith().topic(topic).qos(qos == 0 ? MqttQos.AT_MOST_ONCE : MqttQos.AT_LEAST_ONCE)
                .payload(payload.getBytes(StandardCharsets.UTF_8)).send()
                .whenComplete((result, error) -> {
                    if (error != null) {
                        LOG.warn("Device {} could not publish on {}: {}", deviceId, topic, error.getMessage());
                    }
                });
    }

    /** Connects these devices now, many at a time, showing progress: a large store's morning. */
    @Override
    public void prepare(Collection<String> deviceIds) {
        Progress progress = deviceIds.size() >= 500 ? new Progress("connecting devices", deviceIds.size()) : null;
        Semaphore window = new Semaphore(CONNECTS_IN_FLIGHT);
        List<CompletableFuture<Mqtt5AsyncClient>> pending = new ArrayList<>();
        int started = 0;
        for (String id : deviceIds) {
            window.acquireUninterruptibly();
            pending.add(connect(id, false).whenComplete((c, e) -> window.release()));
            if (progress != null && ++started % 100 == 0) {
                progress.update(started);
            }
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
        if (progress != null) {
            progress.done();
        }
    }

    private CompletableFuture<Mqtt5AsyncClient> connect(String id, boolean app) {
        Mqtt5AsyncClient client = MqttClient.builder().useMqttVersion5().identifier(id).serverHost(host).serverPort(port)
                .automaticReconnectWithDefaultConfig().buildAsync();
        var connect = client.connectWith().cleanStart(true).keepAlive(30);
        var auth = app ? connect.simpleAuth().username(APP_USER).applySimpleAuth()
                : connect.simpleAuth().username(id).password(secrets.apply(id).getBytes(StandardCharsets.UTF_8)).applySimpleAuth();
        return auth.send().orTimeout(15, TimeUnit.SECONDS).handle((ack, error) -> {
            if (error != null) {
                throw new IllegalStateException("device " + id + " cannot connect to tcp://" + host + ":" + port + ": "
                        + error.getMessage(), error);
            }
            clients.put(id, client);
            listenToDisplay(id, client);
            return client;
        });
    }

    @Override
    public void showDisplays(java.util.function.Function<String, String> topicOf, java.util.function.BiConsumer<String, String> shown) {
        this.displayTopicOf = topicOf;
        this.displayed = shown;
    }

    /** A device with a screen listens to its own display topic (the store broker lets it, and only it). */
    private void listenToDisplay(String id, Mqtt5AsyncClient client) {
        String topic = displayTopicOf.apply(id);
        if (topic == null) {
            return;
        }
        client.subscribeWith().topicFilter(topic).qos(MqttQos.AT_LEAST_ONCE)
                .callback(p -> displayed.accept(id, StandardCharsets.UTF_8.decode(p.getPayload().orElse(java.nio.ByteBuffer.allocate(0)))
                        .toString()))
                .send().whenComplete((ack, error) -> {
                    if (error != null) {
                        LOG.warn("Device {} could not listen to its display: {}", id, error.getMessage());
                    }
                });
    }

    @Override
    public void close() {
        List<CompletableFuture<Void>> closing = new ArrayList<>();
        clients.values().forEach(c -> closing.add(c.disconnect().exceptionally(e -> null)));
        try {
            CompletableFuture.allOf(closing.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.debug("Some devices did not disconnect cleanly: {}", e.toString());
        }
        clients.clear();
    }
}
