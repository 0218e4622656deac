package io.lien.gateway.lan;

import io.lien.broker.EmbeddedMqttBroker;
import io.lien.gateway.EdgeGateway;
import io.lien.gateway.GatewayConfig;
import io.lien.gateway.mqtt.MessageCallback;
import io.lien.protocol.RejectReason;
import io.lien.protocol.device.AppSightings;
import io.lien.protocol.device.HangerButton;
import io.lien.protocol.device.HangerDisplay;
import io.lien.protocol.device.HangerMotion;
import io.lien.protocol.uplink.DeviceCredential;
import io.lien.protocol.uplink.DisplayCommand;
import io.lien.protocol.uplink.StoreRegistry;
import io.lien.protocol.uplink.UplinkTopics;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.MqttSubscription;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Devices against the gateway's own store broker: each with its password, each on its own topics only. */
class StoreBrokerIT {

    static final String STORE = "sb-it";
    static final int NOT_AUTHORIZED = 135;
    static final String SECRET_1 = DeviceCredential.newSecret();
    static final String SECRET_2 = DeviceCredential.newSecret();
    static final List<String[]> heard = new CopyOnWriteArrayList<>();
    static EmbeddedMqttBroker centralBroker;
    static MqttClient central;
    static EdgeGateway gateway;
    static final HangerDisplay EARLY = new HangerDisplay("h-2", List.of("Here: 36 38", "Drawn before the gateway"), "off");

    @BeforeAll
    static void start() throws Exception {
        Path data = Files.createTempDirectory("store-broker-it");
        centralBroker = EmbeddedMqttBroker.start(data.resolve("central"), "127.0.0.1", 0, null);
        central = new MqttClient(centralBroker.uri(), "central", new MemoryPersistence());
        central.setCallback(new Recorder());
        central.connect();
        central.subscribe(UplinkTopics.events(STORE, "gw-1"), 1);
        StoreRegistry registry = new StoreRegistry(STORE, Set.of("h-1", "h-2", "h-unissued"), Map.of("b-1", "coats"), Map.of(), Set.of())
                .withCredentials(Map.of("h-1", DeviceCredential.of(SECRET_1), "h-2", DeviceCredential.of(SECRET_2)));
        central.publish(UplinkTopics.registry(STORE), registry.toJson().getBytes(StandardCharsets.UTF_8), 1, true);
        // drawn by the server before this gateway ever started: retained, so the gateway gets it on subscribing
        central.publish(UplinkTopics.display(STORE, "h-2"), new DisplayCommand(EARLY, null).toJson().getBytes(StandardCharsets.UTF_8), 1, true);
        gateway = EdgeGateway.start(GatewayConfig.of(STORE, "gw-1", centralBroker.uri(), data.resolve("gw"))
                .withSessionExpiry(60).withEmbeddedLan("127.0.0.1", 0));
    }

    @AfterAll
    static void stop() throws MqttException {
        gateway.close();
        central.disconnect();
        central.close();
        centralBroker.close();
    }

    @Test
    void aHangerWithItsPasswordIsHeardAndGetsItsDisplay() throws Exception {
        MqttClient hanger = device("h-1", "h-1", SECRET_1);
        List<String> shown = displaysShownTo(hanger);
        hanger.subscribe("dev/hanger/h-1/display", 1);
        HangerMotion lift = new HangerMotion("h-1", 1, 0, System.currentTimeMillis(), HangerMotion.State.LIFTED, 90);
        hanger.publish(lift.topic(), lift.toJson().getBytes(StandardCharsets.UTF_8), 1, false);
        await().atMost(Duration.ofSeconds(10)).until(() -> heard.stream().anyMatch(h -> h[1].contains("\"h-1\"")));

        HangerDisplay display = new HangerDisplay("h-1", List.of("Navy trench", "38 in stock"), "on");
        central.publish(UplinkTopics.display(STORE, display.hangerId()), new DisplayCommand(display, null).toJson().getBytes(StandardCharsets.UTF_8), 1, false);
        await().atMost(Duration.ofSeconds(10)).until(() -> shown.contains(display.toJson()));
        close(hanger);

        // back after a network drop (a new session): the current display comes at once
        MqttClient back = device("h-1", "h-1", SECRET_1);
        List<String> shownAgain = new CopyOnWriteArrayList<>();
        back.setCallback(new MessageCallback() {
            @Override
            public void messageArrived(String topic, MqttMessage message) {
                shownAgain.add(new String(message.getPayload(), StandardCharsets.UTF_8));
            }
        });
        back.subscribe("dev/hanger/h-1/display", 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> shownAgain.contains(display.toJson()));
        close(back);
    }

    @Test
    void aDisplayDrawnBeforeTheGatewayStartedReachesItsDeviceAndOneOnAnotherDevicesTopicIsIgnored() throws Exception {
        MqttClient hanger = device("h-2", "h-2", SECRET_2);
        List<String> shown = displaysShownTo(hanger);
        hanger.subscribe("dev/hanger/h-2/display", 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> shown.contains(EARLY.toJson()));

        // a command for h-2 published on h-1's topic (a broken or hostile publisher): not relayed to anyone
        HangerDisplay forged = new HangerDisplay("h-2", List.of("Forged"), "blink");
        central.publish(UplinkTopics.display(STORE, "h-1"), new DisplayCommand(forged, null).toJson().getBytes(StandardCharsets.UTF_8), 1, false);
        HangerDisplay next = new HangerDisplay("h-2", List.of("Here: 36"), "off");
        central.publish(UplinkTopics.display(STORE, "h-2"), new DisplayCommand(next, null).toJson().getBytes(StandardCharsets.UTF_8), 1, false);
        await().atMost(Duration.ofSeconds(10)).until(() -> shown.contains(next.toJson()));
        assertTrue(shown.stream().noneMatch(p -> p.contains("Forged")), shown.toString());
        central.publish(UplinkTopics.display(STORE, "h-2"), new byte[0], 1, true);
        close(hanger);
    }

    @Test
    void aFloodOfDisplaysIsRelayedInFullNotJustWhatTheClientTakesInFlight() throws Exception {
        MqttClient hanger = device("h-1", "h-1", SECRET_1);
        List<String> shown = displaysShownTo(hanger);
        hanger.subscribe("dev/hanger/h-1/display", 1);
        for (int i = 100; i < 160; i++) {
            HangerDisplay other = new HangerDisplay("h-" + i, List.of("Here: 36 38"), "off");
            central.publish(UplinkTopics.display(STORE, other.hangerId()), new DisplayCommand(other, null).toJson()
                    .getBytes(StandardCharsets.UTF_8), 1, true);
        }
        HangerDisplay last = new HangerDisplay("h-1", List.of("After the flood"), "on");
        central.publish(UplinkTopics.display(STORE, "h-1"), new DisplayCommand(last, null).toJson().getBytes(StandardCharsets.UTF_8), 1, true);
        await().atMost(Duration.ofSeconds(10)).until(() -> shown.contains(last.toJson()));
        HangerDisplay later = new HangerDisplay("h-1", List.of("Later, alone"), "off");
        central.publish(UplinkTopics.display(STORE, "h-1"), new DisplayCommand(later, null).toJson().getBytes(StandardCharsets.UTF_8), 1, true);
        await().atMost(Duration.ofSeconds(10)).until(() -> shown.contains(later.toJson()));
        for (int i = 100; i < 160; i++) {
            central.publish(UplinkTopics.display(STORE, "h-" + i), new byte[0], 1, true);
        }
        close(hanger);
    }

    @Test
    void aDevicesAcknowledgementMeansItsMessageIsAlreadyJournalled() throws Exception {
        MqttAsyncClient hanger = asyncDevice("h-2", "h-2", SECRET_2);
        for (int seq = 0; seq < 20; seq++) {
            long acceptedBefore = gateway.metrics().acceptedCount();
            HangerButton press = new HangerButton("h-2", 9, seq, System.currentTimeMillis(), "like");
            assertEquals(0, publishAnswer(hanger, press.topic(), press.toJson()));
            // no waiting: the store broker hands the message to the gateway before it sends the PUBACK
            assertTrue(gateway.metrics().acceptedCount() > acceptedBefore, "press " + seq + " accepted before its PUBACK");
        }
        hanger.disconnect().waitForCompletion(5_000);
        hanger.close();
    }

    @Test
    void anOversizedMessageIsRefusedAndCountedAndAHugeOneIsCutAtTheDoor() throws Exception {
        MqttAsyncClient hanger = asyncDevice("h-1", "h-1", SECRET_1);
        long oversizedBefore = gateway.metrics().rejectedCount(RejectReason.OVERSIZED);
        String twoKiB = "{\"boot\":1,\"seq\":0,\"ts\":1,\"button\":\"like\",\"pad\":\"" + "x".repeat(2048) + "\"}";
        assertEquals(0, publishAnswer(hanger, "dev/hanger/h-1/button", twoKiB));
        assertEquals(oversizedBefore + 1, gateway.metrics().rejectedCount(RejectReason.OVERSIZED));
        hanger.disconnect().waitForCompletion(5_000);
        hanger.close();
        assertTrue(forbiddenPublish("h-1", SECRET_1, "dev/hanger/h-1/button", "x".repeat(200_000)) > 0,
                "a 200 KB packet closes the connection");
    }

    @Test
    void aWrongPasswordAnUnknownDeviceAndADeviceWithoutIssuedPasswordAreRefusedAndCounted() {
        long wrongBefore = gateway.metrics().rejectedCount("h-2");
        assertEquals(134, refusal("h-2", "h-2", "not-the-secret"), "bad user name or password");
        assertEquals(134, refusal("h-2", "h-2", null));
        assertEquals(135, refusal("intruder", "intruder", SECRET_1), "not authorized");
        assertEquals(134, refusal("h-unissued", "h-unissued", "anything"));
        assertEquals(135, refusal("h-2", "h-1", SECRET_1), "a user name that is another device");
        assertEquals(135, refusal("h-1", DeviceAccess.APP_USER, null), "an app using a device id");
        assertEquals(134, refusal("sneaky", DeviceAccess.GATEWAY_USER, "guess"));
        await().atMost(Duration.ofSeconds(5)).until(() -> gateway.metrics().rejectedCount("h-2") >= wrongBefore + 3);
        assertTrue(gateway.metrics().rejectedCount(RejectReason.UNKNOWN_DEVICE) >= 1);
        assertTrue(gateway.metrics().rejectedCount(RejectReason.BAD_CREDENTIALS) >= 4);
    }

    @Test
    void aDevicePublishingOnAnotherDevicesTopicIsRefusedAndNothingIsForwarded() throws Exception {
        long spoofedBefore = gateway.metrics().rejectedCount(RejectReason.SPOOFED);
        HangerButton forged = new HangerButton("h-2", 77, 0, System.currentTimeMillis(), "help");
        // the broker answers a forbidden publish with reason 135 (not authorised)
        assertEquals(NOT_AUTHORIZED, forbiddenPublish("h-1", SECRET_1, forged.topic(), forged.toJson()));
        assertEquals(NOT_AUTHORIZED, forbiddenPublish("h-1", SECRET_1, "dev/beacon/h-1/status", "{}"), "a hanger is not a beacon");
        MqttAsyncClient h1 = asyncDevice("h-1", "h-1", SECRET_1);
        assertEquals(NOT_AUTHORIZED, subscribeAnswer(h1, "dev/hanger/h-2/display"), "another hanger's display");
        assertEquals(NOT_AUTHORIZED, subscribeAnswer(h1, "app/#"), "shoppers' sightings");
        assertEquals(1, subscribeAnswer(h1, "dev/hanger/h-1/display"), "its own display, granted QoS 1");
        await().atMost(Duration.ofSeconds(5)).until(() -> gateway.metrics().rejectedCount(RejectReason.SPOOFED) >= spoofedBefore + 4);
        assertTrue(heard.stream().noneMatch(h -> h[1].contains("\"h-2\"") && h[1].contains("help")), "the forged press never went up");
        h1.disconnect().waitForCompletion(5_000);
        h1.close();
    }

    @Test
    void aShopperAppSendsOnlyItsOwnSightings() throws Exception {
        MqttAsyncClient app = asyncDevice("inst-42", DeviceAccess.APP_USER, null);
        AppSightings own = new AppSightings("inst-42", 0, System.currentTimeMillis(), List.of(new AppSightings.Sighting("b-1", -60)));
        assertEquals(0, publishAnswer(app, own.topic(), own.toJson()));
        AppSightings other = new AppSightings("inst-43", 0, System.currentTimeMillis(), List.of(new AppSightings.Sighting("b-1", -60)));
        assertEquals(NOT_AUTHORIZED, forbiddenPublish("inst-44", null, other.topic(), other.toJson()));
        HangerMotion notAnApp = new HangerMotion("inst-44", 1, 0, System.currentTimeMillis(), HangerMotion.State.LIFTED, 90);
        assertEquals(NOT_AUTHORIZED, forbiddenPublish("inst-44", null, notAnApp.topic(), notAnApp.toJson()));
        await().atMost(Duration.ofSeconds(10)).until(() -> heard.stream().anyMatch(h -> h[1].contains("\"inst-42\"")));
        assertTrue(heard.stream().noneMatch(h -> h[1].contains("\"inst-43\"")));
        app.disconnect().waitForCompletion(5_000);
        app.close();
    }

    /** What the device is shown on the topics it subscribes to, as it arrives. */
    private static List<String> displaysShownTo(MqttClient device) {
        List<String> shown = new CopyOnWriteArrayList<>();
        device.setCallback(new MessageCallback() {
            @Override
            public void messageArrived(String topic, MqttMessage message) {
                shown.add(new String(message.getPayload(), StandardCharsets.UTF_8));
            }
        });
        return shown;
    }

    private static MqttClient device(String clientId, String user, String password) throws MqttException {
        MqttClient client = new MqttClient(gateway.lanUri(), clientId, new MemoryPersistence());
        client.connect(options(user, password));
        return client;
    }

    private static MqttAsyncClient asyncDevice(String clientId, String user, String password) throws MqttException {
        MqttAsyncClient client = new MqttAsyncClient(gateway.lanUri(), clientId, new MemoryPersistence());
        client.connect(options(user, password)).waitForCompletion(10_000);
        return client;
    }

    /** Publishes from a fresh connection; @return the broker's refusal: its PUBACK reason, or its DISCONNECT reason. */
    private static int forbiddenPublish(String clientId, String secret, String topic, String payload) throws MqttException {
        MqttAsyncClient client = new MqttAsyncClient(gateway.lanUri(), clientId, new MemoryPersistence());
        java.util.concurrent.atomic.AtomicInteger disconnectedWith = new java.util.concurrent.atomic.AtomicInteger(-1);
        client.setCallback(new MessageCallback() {
            @Override
            public void disconnected(org.eclipse.paho.mqttv5.client.MqttDisconnectResponse response) {
                disconnectedWith.set(response.getReturnCode());
            }

            @Override
            public void messageArrived(String topic, MqttMessage message) {
            }
        });
        client.connect(options(secret == null ? DeviceAccess.APP_USER : clientId, secret)).waitForCompletion(10_000);
        int answer;
        try {
            IMqttToken token = client.publish(topic, payload.getBytes(StandardCharsets.UTF_8), 1, false);
            token.waitForCompletion(10_000);
            answer = token.getReasonCodes()[0];
        } catch (MqttException e) {
            // disconnected: the disconnect's reason is the answer
            await().atMost(Duration.ofSeconds(10)).until(() -> disconnectedWith.get() >= 0);
            answer = disconnectedWith.get();
        }
        if (client.isConnected()) {
            client.disconnect().waitForCompletion(5_000);
        }
        client.close(true);
        return answer;
    }

    /** The broker's reason code in its PUBACK. */
    private static int publishAnswer(MqttAsyncClient client, String topic, String payload) throws MqttException {
        IMqttToken token = client.publish(topic, payload.getBytes(StandardCharsets.UTF_8), 1, false);
        token.waitForCompletion(10_000);
        return token.getReasonCodes()[0];
    }

    /** The broker's reason code in its SUBACK. */
    private static int subscribeAnswer(MqttAsyncClient client, String filter) throws MqttException {
        IMqttToken token = client.subscribe(new MqttSubscription(filter, 1));
        try {
            token.waitForCompletion(10_000);
        } catch (MqttException e) {
            return token.getReasonCodes() == null ? e.getReasonCode() : token.getReasonCodes()[0];
        }
        return token.getReasonCodes()[0];
    }

    private static int refusal(String clientId, String user, String password) {
        try {
            MqttClient client = new MqttClient(gateway.lanUri(), clientId, new MemoryPersistence());
            try {
                client.connect(options(user, password));
                client.disconnect();
                return 0;
            } finally {
                client.close();
            }
        } catch (MqttException e) {
            return e.getReasonCode();
        }
    }

    private static MqttConnectionOptions options(String user, String password) {
        MqttConnectionOptions o = new MqttConnectionOptions();
        o.setUserName(user);
        if (password != null) {
            o.setPassword(password.getBytes(StandardCharsets.UTF_8));
        }
        return o;
    }

    private static void close(MqttClient client) throws MqttException {
        client.disconnect();
        client.close();
    }

    private static final class Recorder extends MessageCallback {
        @Override
        public void messageArrived(String topic, MqttMessage message) {
            heard.add(new String[]{topic, new String(message.getPayload(), StandardCharsets.UTF_8)});
        }
    }
}
