package io.lien.launcher;

import io.lien.gateway.EdgeGateway;
import io.lien.gateway.GatewayConfig;
import io.lien.gateway.outage.MosquittoProcess;
import io.lien.protocol.uplink.DeviceCredential;
import io.lien.protocol.uplink.UplinkEnvelope;
import io.lien.protocol.uplink.UplinkEvent;
import io.lien.protocol.uplink.UplinkTopics;
import io.lien.server.Application;
import io.lien.server.registry.Store;
import io.lien.server.registry.StoreRepository;
import io.lien.server.security.Operator;
import io.lien.server.security.Roles;
import io.lien.server.setup.application.GatewayEnrolment;
import io.lien.server.signals.SignalRepository;
import io.micronaut.context.ApplicationContext;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttSubscription;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A chain's central broker is an external Mosquitto, set up by {@code lien broker-config} from Lien's own
 * records (decision 0028): the server reads every store with its password, the demo store's gateway
 * forwards a hanger's press that is stored — and a stranger, a device, a revoked gateway, a wrong secret,
 * or another store's gateway publishing and reading as the demo store all get nowhere.
 */
class MosquittoBrokerConfigIT {

    private static final String SERVER_PASSWORD = "server-password-0123456789";

    @Test
    void theGeneratedMosquittoSetUpLetsOnlyLiensOwnIn() throws Exception {
        Assumptions.assumeTrue(MosquittoProcess.installed(), "Mosquitto is not installed");
        Path dir = Files.createTempDirectory("lien-mosquitto-acl");
        Path data = dir.resolve("data");
        Secrets secrets = issueGateways(data);

        Files.writeString(dir.resolve("server-password"), SERVER_PASSWORD);
        int exit = new CommandLine(new LienCommand()).execute("broker-config", "--data", data.toString(), "--out",
                dir.resolve("mosquitto-lien").toString(), "--server-password-file", dir.resolve("server-password").toString());
        assertEquals(0, exit);
        String acl = Files.readString(dir.resolve("mosquitto-lien/lien-acl"));
        assertTrue(acl.contains("user gw-a@demo") && acl.contains("user gw-l@lyon") && !acl.contains("gw-old"), acl);

        try (MosquittoProcess mosquitto = new MosquittoProcess(dir.resolve("broker"),
                Files.readString(dir.resolve("mosquitto-lien/lien-mosquitto.conf")))) {
            mosquitto.start();
            ApplicationContext server = Application.start(Map.of("lien.data-dir", data.toString(), "micronaut.server.port", -1,
                    "lien.mqtt.embedded", false, "lien.mqtt.uri", mosquitto.uri(), "lien.mqtt.password", SERVER_PASSWORD,
                    "lien.mqtt.session-expiry-seconds", 60));
            EdgeGateway gateway = EdgeGateway.start(GatewayConfig.of("demo", "gw-a", mosquitto.uri(), dir.resolve("gw"))
                    .withEmbeddedLan("127.0.0.1", 0).withSessionExpiry(60).withUplinkSecret(secrets.demo));
            try {
                SignalRepository signals = server.getBean(SignalRepository.class);
                await().atMost(Duration.ofSeconds(20)).until(gateway::registryLoaded);
                press(gateway.lanUri());
                await().atMost(Duration.ofSeconds(20)).until(() -> stored(signals, "gw-a") == 1);

                List<String> failures = new ArrayList<>();
                refused(failures, mosquitto, "anonymous", "evil", null, null);
                refused(failures, mosquitto, "a device's credentials", "h-001", "h-001", DeviceCredential.demoSecret("h-001"));
                refused(failures, mosquitto, "a revoked gateway", "gw-old@demo", "gw-old@demo", secrets.revoked);
                refused(failures, mosquitto, "a wrong secret", "gw-a@demo", "gw-a@demo", "not-the-secret");
                refused(failures, mosquitto, "the server's name without its password", "lien-server", "lien-server", "guess-guess-guess");
                assertEquals(List.of(), failures);

                // Lyon's gateway borrows the demo gateway's client id: Mosquitto makes its id its user name, so the demo
                // gateway keeps its connection and its session
                MqttAsyncClient takeOver = new MqttAsyncClient(mosquitto.uri(), "gw-a@demo", new MemoryPersistence());
                takeOver.connect(options("gw-l@lyon", secrets.lyon)).waitForCompletion(10_000);
                press(gateway.lanUri());
                await().atMost(Duration.ofSeconds(20)).until(() -> stored(signals, "gw-a") == 2);
                assertTrue(gateway.metrics().uplinkConnected(), "the demo gateway kept its connection");
                takeOver.disconnect().waitForCompletion(5_000);
                takeOver.close();

                // Lyon's gateway, signed in, acts as the demo store's: what it publishes as demo is never stored, demo's
                // registry never reaches it, only its own store's does
                MqttAsyncClient lyon = new MqttAsyncClient(mosquitto.uri(), "gw-l@lyon", new MemoryPersistence());
                List<String> heard = new CopyOnWriteArrayList<>();
                lyon.setCallback(new io.lien.gateway.mqtt.MessageCallback() {
                    @Override
                    public void messageArrived(String topic, org.eclipse.paho.mqttv5.common.MqttMessage message) {
                        heard.add(topic);
                    }

                });
                lyon.connect(options("gw-l@lyon", secrets.lyon)).waitForCompletion(10_000);
                UplinkEnvelope spoof = UplinkEnvelope.of("demo", "gw-a", 999_999, System.currentTimeMillis(),
                        new UplinkEvent.HangerButtonPressed("h-001", "like"));
                tryPublish(lyon, spoof.topic(), spoof.toBytes());
                tryPublish(lyon, UplinkTopics.registry("demo"), "{}".getBytes(StandardCharsets.UTF_8));
                trySubscribe(lyon, UplinkTopics.registry("demo"));
                trySubscribe(lyon, "lien/#");
                trySubscribe(lyon, UplinkTopics.registry("lyon"));
                await().atMost(Duration.ofSeconds(5)).until(() -> heard.contains(UplinkTopics.registry("lyon")));
                press(gateway.lanUri());
                await().atMost(Duration.ofSeconds(20)).until(() -> stored(signals, "gw-a") == 3);
                assertEquals(0, signals.findAll().stream().filter(s -> s.seq() == 999_999).count(), "the spoof was stored");
                assertTrue(heard.stream().allMatch(t -> t.startsWith(UplinkTopics.ROOT + "lyon/")), "heard another store: " + heard);
                lyon.disconnect().waitForCompletion(5_000);
                lyon.close();
            } finally {
                gateway.close();
                server.close();
            }
        }
    }

    private record Secrets(String demo, String lyon, String revoked) {
    }

    /** A server with its embedded broker issues the gateways' credentials (one revoked), then stops. */
    private static Secrets issueGateways(Path data) {
        try (ApplicationContext first = Application.start(Map.of("lien.data-dir", data.toString(), "micronaut.server.port", -1,
                "lien.mqtt.embedded-port", 0))) {
            first.getBean(StoreRepository.class).save(new Store("lyon", "Lien Lyon", "Lyon", "Europe/Paris", "fr"));
            first.getBean(io.lien.server.registry.DeviceRegistry.class).reload();
            GatewayEnrolment gateways = first.getBean(GatewayEnrolment.class);
            String revoked = gateways.issueFor("test", "demo", "gw-old");
            gateways.revoke(new Operator("test", "test", Roles.ADMIN, null), "demo", "gw-old");
            return new Secrets(gateways.issueFor("test", "demo", "gw-a"), gateways.issueFor("test", "lyon", "gw-l"), revoked);
        }
    }

    private static long stored(SignalRepository signals, String gatewayId) {
        return signals.findAll().stream().filter(s -> s.gatewayId().equals(gatewayId)).count();
    }

    private static int presses;

    /** Hanger h-001 of the demo store presses its button, on the gateway's store broker with its own secret. */
    private static void press(String lanUri) throws MqttException {
        MqttClient hanger = new MqttClient(lanUri, "h-001", new MemoryPersistence());
        hanger.connect(options("h-001", DeviceCredential.demoSecret("h-001")));
        String json = "{\"boot\":7,\"seq\":" + presses++ + ",\"ts\":" + System.currentTimeMillis() + ",\"button\":\"like\"}";
        hanger.publish("dev/hanger/h-001/button", json.getBytes(StandardCharsets.UTF_8), 1, false);
        hanger.disconnect();
        hanger.close();
    }

    private static MqttConnectionOptions options(String user, String password) {
        MqttConnectionOptions o = new MqttConnectionOptions();
        o.setConnectionTimeout(5);
        if (user != null) {
            o.setUserName(user);
            o.setPassword(password.getBytes(StandardCharsets.UTF_8));
        }
        return o;
    }

    private static void refused(List<String> failures, MosquittoProcess mosquitto, String what, String clientId, String user,
                                String password) throws MqttException {
        MqttAsyncClient client = new MqttAsyncClient(mosquitto.uri(), clientId, new MemoryPersistence());
        try {
            client.connect(options(user, password)).waitForCompletion(10_000);
            failures.add(what + ": connected");
            client.disconnect().waitForCompletion(5_000);
        } catch (MqttException expected) {
            // refused: bad user name or password (0x86) or not authorised (0x87)
        } finally {
            client.close(true);
        }
    }

    private static void tryPublish(MqttAsyncClient client, String topic, byte[] payload) {
        try {
            IMqttToken t = client.publish(topic, payload, 1, false);
            t.waitForCompletion(5_000);
        } catch (MqttException refused) {
            // Mosquitto answers "not authorised" to an MQTT 5 client; either way nothing may be stored
        }
    }

    private static void trySubscribe(MqttAsyncClient client, String filter) {
        try {
            client.subscribe(new MqttSubscription[]{new MqttSubscription(filter, 1)}, null, null, new MqttProperties())
                    .waitForCompletion(5_000);
        } catch (MqttException refused) {
            // refused at SUBACK, or filtered at delivery by the ACL: both keep other stores' messages away
        }
    }
}
