package io.lien.gateway.lan;

import io.lien.broker.EmbeddedMqttBroker;
import io.lien.broker.TestKeys;
import io.lien.gateway.EdgeGateway;
import io.lien.gateway.GatewayConfig;
import io.lien.gateway.mqtt.MessageCallback;
import io.lien.gateway.mqtt.MqttClients;
import io.lien.protocol.device.HangerMotion;
import io.lien.protocol.uplink.DeviceCredential;
import io.lien.protocol.uplink.StoreRegistry;
import io.lien.protocol.uplink.UplinkTopics;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.net.ssl.SSLSocketFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A device that can speak TLS talks to the gateway's store broker over its TLS listener; plain text on that port,
 * a client that does not trust the gateway's certificate, and a wrong password over TLS get nowhere. The plain
 * listener is on 127.0.0.1 only: the store network reaches the gateway over TLS alone.
 */
class LanTlsIT {

    static final String STORE = "tls-lan";
    static final String SECRET = DeviceCredential.newSecret();
    static final List<String> heard = new CopyOnWriteArrayList<>();
    static EmbeddedMqttBroker centralBroker;
    static MqttClient central;
    static EdgeGateway gateway;
    static Path keys;

    @BeforeAll
    static void start() throws Exception {
        Path data = Files.createTempDirectory("lan-tls-it");
        keys = TestKeys.localhost();
        centralBroker = EmbeddedMqttBroker.start(data.resolve("central"), "127.0.0.1", 0, null);
        central = new MqttClient(centralBroker.uri(), "central", new MemoryPersistence());
        central.setCallback(new MessageCallback() {
            @Override
            public void messageArrived(String topic, MqttMessage message) {
                heard.add(new String(message.getPayload(), StandardCharsets.UTF_8));
            }
        });
        central.connect();
        central.subscribe(UplinkTopics.events(STORE, "gw-1"), 1);
        StoreRegistry registry = new StoreRegistry(STORE, Set.of("h-1"), Map.of(), Map.of(), Set.of())
                .withCredentials(Map.of("h-1", DeviceCredential.of(SECRET)));
        central.publish(UplinkTopics.registry(STORE), registry.toJson().getBytes(StandardCharsets.UTF_8), 1, true);
        gateway = EdgeGateway.start(GatewayConfig.of(STORE, "gw-1", centralBroker.uri(), data.resolve("gw")).withSessionExpiry(60)
                .withEmbeddedLan("127.0.0.1", 0).withLanTls(new EmbeddedMqttBroker.Tls("127.0.0.1", 0, keys, TestKeys.PASSWORD)));
    }

    @AfterAll
    static void stop() throws MqttException {
        gateway.close();
        central.disconnect();
        central.close();
        centralBroker.close();
    }

    @Test
    void aHangerOverTlsIsHeardAndPlainTextAStrangerOrAWrongPasswordAreNot() throws Exception {
        String tls = gateway.lanTlsUri();
        assertTrue(tls.startsWith("ssl://127.0.0.1:"), tls);

        MqttClient hanger = connect(tls, "h-1", SECRET, MqttClients.trusting(keys, TestKeys.PASSWORD));
        HangerMotion lift = new HangerMotion("h-1", 1, 0, System.currentTimeMillis(), HangerMotion.State.LIFTED, 90);
        hanger.publish(lift.topic(), lift.toJson().getBytes(StandardCharsets.UTF_8), 1, false);
        await().atMost(Duration.ofSeconds(10)).until(() -> heard.stream().anyMatch(p -> p.contains("\"h-1\"")));
        hanger.disconnect();
        hanger.close();

        List<String> gotIn = new ArrayList<>();
        String plainOnTlsPort = tls.replace("ssl://", "tcp://");
        if (connects(plainOnTlsPort, "h-1", SECRET, null)) {
            gotIn.add("plain text on the TLS port");
        }
        if (connects(tls, "h-1", SECRET, (SSLSocketFactory) SSLSocketFactory.getDefault())) {
            gotIn.add("a client that does not trust the gateway's certificate");
        }
        if (connects(tls, "h-1", "not-its-secret", MqttClients.trusting(keys, TestKeys.PASSWORD))) {
            gotIn.add("a wrong password over TLS");
        }
        assertEquals(List.of(), gotIn);
    }

    private static MqttClient connect(String uri, String id, String secret, SSLSocketFactory tls) throws MqttException {
        MqttClient client = new MqttClient(uri, id, new MemoryPersistence());
        MqttConnectionOptions o = new MqttConnectionOptions();
        o.setUserName(id);
        o.setPassword(secret.getBytes(StandardCharsets.UTF_8));
        o.setConnectionTimeout(5);
        if (tls != null) {
            o.setSocketFactory(tls);
        }
        client.connect(o);
        return client;
    }

    private static boolean connects(String uri, String id, String secret, SSLSocketFactory tls) {
        try {
            MqttClient client = connect(uri, id, secret, tls);
            client.disconnect();
            client.close();
            return true;
        } catch (MqttException refused) {
            return false;
        }
    }
}
