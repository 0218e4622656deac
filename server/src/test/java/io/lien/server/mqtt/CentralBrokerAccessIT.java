package io.lien.server.mqtt;

import io.lien.protocol.uplink.DeviceCredential;
import io.lien.protocol.uplink.GatewayIdentity;
import io.lien.protocol.uplink.UplinkEnvelope;
import io.lien.protocol.uplink.UplinkEvent;
import io.lien.protocol.uplink.UplinkTopics;
import io.lien.server.ServerFixture;
import io.lien.server.setup.BackOfficeFixture;
import io.lien.server.signals.SignalRepository;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttSubscription;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The central (embedded) broker lets only Lien's own in (decision 0028), tried as an attacker on the network
 * would: anonymous clients, wrong secrets, a device's credentials, a gateway of one store publishing as another
 * store or gateway, reading another store's registry, wildcards and shared subscriptions — each refused with
 * MQTT 5's "not authorised", counted, and nothing stored.
 */
class CentralBrokerAccessIT {

    private static final int NOT_AUTHORISED = 0x87;
    private static final int BAD_CREDENTIALS = 0x86;

    private static ServerFixture server;
    private static String nantesSecret;
    private static String demoSecret;

    @BeforeAll
    static void start() {
        server = ServerFixture.start();
        BackOfficeFixture.openNantes(server, server.token("ines", "lien-demo"));
        nantesSecret = server.gatewaySecret("nantes", "gw-n");
        demoSecret = server.gatewaySecret("demo", "gw-d");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void strangersDevicesAndWrongSecretsCannotConnect() {
        String nantes = new GatewayIdentity("nantes", "gw-n").name();
        List<String> failures = new ArrayList<>();
        expectRefused(failures, "anonymous", "evil", null, null);
        expectRefused(failures, "anonymous with a gateway's client id", nantes, null, null);
        expectRefused(failures, "wrong secret", nantes, nantes, "not-the-secret");
        expectRefused(failures, "another gateway's secret", nantes, nantes, demoSecret);
        expectRefused(failures, "its secret under another client id (a session take-over)", "gw-d@demo", nantes, nantesSecret);
        expectRefused(failures, "its secret with a made-up client id", "whatever", nantes, nantesSecret);
        expectRefused(failures, "a gateway never issued", "gw-x@nantes", "gw-x@nantes", nantesSecret);
        expectRefused(failures, "a device's credentials", "h-001", "h-001", DeviceCredential.demoSecret("h-001"));
        expectRefused(failures, "the server's identity (no password configured)", "lien-server", "lien-server", "anything-at-all-16");
        expectRefused(failures, "the server's client id with a gateway's credentials", "lien-server", nantes, nantesSecret);
        assertEquals(List.of(), failures);
        assertTrue(broker().refusals("anonymous") >= 2);
        assertTrue(broker().refusals("bad-credentials") >= 3);
    }

    @Test
    void aGatewayPublishesOnlyItsOwnEventsAndReadsOnlyItsOwnStore() throws Exception {
        SignalRepository signals = server.context().getBean(SignalRepository.class);
        MqttAsyncClient gateway = connect("nantes", "gw-n", nantesSecret);
        try {
            long before = signals.count();
            double spoofsBefore = broker().refusals("publish-not-allowed");
            UplinkEvent like = new UplinkEvent.HangerButtonPressed("h-001", "like");
            int[] refusedPublishes = {
                    publish(gateway, UplinkEnvelope.of("demo", "gw-d", 1, System.currentTimeMillis(), like)),   // as another store's gateway
                    publish(gateway, UplinkEnvelope.of("demo", "gw-n", 2, System.currentTimeMillis(), like)),   // its own id, another store
                    publish(gateway, UplinkEnvelope.of("nantes", "gw-other", 3, System.currentTimeMillis(), like)), // its store, another gateway
                    publish(gateway, UplinkTopics.registry("nantes"), "{\"storeId\":\"nantes\"}"),             // forging its registry
                    publish(gateway, UplinkTopics.display("demo", "h-001"), "{\"lines\":[\"SALE\"]}"),         // another store's display
                    publish(gateway, UplinkTopics.display("nantes", "h-001"), "{\"lines\":[\"SALE\"]}"),       // its own store's display
                    publish(gateway, "dev/hanger/h-001/button", "{}"),                                           // a device topic
            };
            for (int code : refusedPublishes) {
                assertEquals(NOT_AUTHORISED, code);
            }
            assertEquals(refusedPublishes.length, broker().refusals("publish-not-allowed") - spoofsBefore, 0.0);

            int[] refusedSubscriptions = {
                    subscribe(gateway, UplinkTopics.registry("demo")),
                    subscribe(gateway, UplinkTopics.displays("demo")),
                    subscribe(gateway, "lien/#"),
                    subscribe(gateway, "#"),
                    subscribe(gateway, UplinkTopics.ROOT + "+/registry"),
                    subscribe(gateway, UplinkTopics.ALL_EVENTS_FILTER),
                    subscribe(gateway, UplinkTopics.events("nantes", "gw-other")),
                    subscribe(gateway, "$share/steal/" + UplinkTopics.ALL_EVENTS_FILTER),
                    subscribe(gateway, UplinkTopics.ROOT + "nantes/#"),
            };
            for (int code : refusedSubscriptions) {
                assertEquals(NOT_AUTHORISED, code);
            }
            // anything wrongly let through would be stored within a moment: the count stays put for a second
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> signals.count() == before);

            // and what it may do, it can
            assertEquals(1, subscribe(gateway, UplinkTopics.registry("nantes")), "granted at QoS 1");
            assertEquals(1, subscribe(gateway, UplinkTopics.displays("nantes")), "granted at QoS 1");
            assertEquals(0, publish(gateway, UplinkEnvelope.of("nantes", "gw-n", 10, System.currentTimeMillis(),
                    new UplinkEvent.DeviceStatus("b-n1", "beacon", 80))));
            await().atMost(Duration.ofSeconds(5)).until(() -> signals.count() == before + 1);
        } finally {
            if (gateway.isConnected()) {
                gateway.disconnect().waitForCompletion(5_000);
            }
            gateway.close();
        }
    }

    @Test
    void aRotatedSecretStopsAtOnceAndARevokedGatewayIsShutOut() throws Exception {
        String first = server.gatewaySecret("nantes", "gw-rotate");
        MqttAsyncClient gateway = connect("nantes", "gw-rotate", first);
        String second = server.gatewaySecret("nantes", "gw-rotate");
        await().atMost(Duration.ofSeconds(5)).until(() -> !gateway.isConnected());
        gateway.close();
        List<String> failures = new ArrayList<>();
        expectRefused(failures, "the old secret after a rotation", "gw-rotate@nantes", "gw-rotate@nantes", first);
        MqttAsyncClient again = connect("nantes", "gw-rotate", second);
        String admin = server.token("ines", "lien-demo");
        assertEquals(204, server.delete("/api/stores/nantes/setup/gateways/gw-rotate/credentials", admin).statusCode());
        await().atMost(Duration.ofSeconds(5)).until(() -> !again.isConnected());
        again.close();
        expectRefused(failures, "a revoked gateway", "gw-rotate@nantes", "gw-rotate@nantes", second);
        assertEquals(List.of(), failures);
        String log = server.get("/api/stores/nantes/setup/changes", admin).body();
        assertTrue(log.contains("\"rotated\"") && log.contains("\"revoked\""), log);
        assertFalse(log.contains(second), "the log never holds a secret");
    }

    @Test
    void aGatewaysSecretOpensNothingOverHttp() throws Exception {
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString(("gw-n@nantes:" + nantesSecret).getBytes(StandardCharsets.UTF_8));
        List<String> wrong = new ArrayList<>();
        for (String path : List.of("/api/stores/nantes/setup", "/api/stores/nantes/moments", "/api/admin/stores", "/api/health",
                "/api/stores/nantes/setup/gateways", "/api/me", "/api/shopper/me")) {
            for (String authorization : List.of(basic, "Bearer " + nantesSecret)) {
                java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                        .newBuilder(server.http(path)).header("Authorization", authorization).GET().build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 401 && r.statusCode() != 403 || r.body().contains("nantes-")) {
                    wrong.add(path + " with " + authorization.split(" ")[0] + " → " + r.statusCode());
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static EmbeddedBroker broker() {
        return server.context().getBean(EmbeddedBroker.class);
    }

    private static MqttAsyncClient connect(String store, String gatewayId, String secret) throws MqttException {
        String name = new GatewayIdentity(store, gatewayId).name();
        MqttAsyncClient client = new MqttAsyncClient(server.brokerUri(), name, new MemoryPersistence());
        client.connect(options(name, secret)).waitForCompletion(10_000);
        return client;
    }

    private static MqttConnectionOptions options(String username, String password) {
        MqttConnectionOptions o = new MqttConnectionOptions();
        o.setConnectionTimeout(5);
        if (username != null) {
            o.setUserName(username);
        }
        if (password != null) {
            o.setPassword(password.getBytes(StandardCharsets.UTF_8));
        }
        return o;
    }

    private static void expectRefused(List<String> failures, String what, String clientId, String username, String password) {
        try {
            MqttAsyncClient client = new MqttAsyncClient(server.brokerUri(), clientId, new MemoryPersistence());
            try {
                client.connect(options(username, password)).waitForCompletion(10_000);
                failures.add(what + ": connected");
                client.disconnect().waitForCompletion(5_000);
            } catch (MqttException e) {
                if (e.getReasonCode() != NOT_AUTHORISED && e.getReasonCode() != BAD_CREDENTIALS) {
                    failures.add(what + ": refused with " + e.getReasonCode() + " " + e.getMessage());
                }
            } finally {
                client.close(true);
            }
        } catch (MqttException e) {
            failures.add(what + ": " + e);
        }
    }

    private static int publish(MqttAsyncClient client, UplinkEnvelope envelope) throws MqttException {
        return publish(client, envelope.topic(), new String(envelope.toBytes(), StandardCharsets.UTF_8));
    }

    private static int publish(MqttAsyncClient client, String topic, String payload) throws MqttException {
        IMqttToken token = client.publish(topic, payload.getBytes(StandardCharsets.UTF_8), 1, false);
        try {
            token.waitForCompletion(10_000);
        } catch (MqttException refused) {
            return refused.getReasonCode(); // Paho turns an error reason code into an exception
        }
        return token.getReasonCodes() == null ? 0 : token.getReasonCodes()[0];
    }

    private static int subscribe(MqttAsyncClient client, String filter) throws MqttException {
        IMqttToken token = client.subscribe(new MqttSubscription[]{new MqttSubscription(filter, 1)}, null, null, new MqttProperties());
        try {
            token.waitForCompletion(10_000);
        } catch (MqttException refused) {
            return refused.getReasonCode();
        }
        return token.getReasonCodes()[0];
    }
}
