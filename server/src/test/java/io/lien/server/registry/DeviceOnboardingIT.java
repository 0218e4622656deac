package io.lien.server.registry;

import io.lien.protocol.uplink.DeviceCredential;
import io.lien.protocol.uplink.StoreRegistry;
import io.lien.protocol.uplink.UplinkTopics;
import io.lien.server.ServerFixture;
import io.lien.server.mqtt.MessageRecorder;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A manager onboards a device: its secret once, its hash to the gateways at once. */
class DeviceOnboardingIT {

    private static ServerFixture server;
    private static MqttClient gateway;
    private static final List<String> registries = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws MqttException {
        server = ServerFixture.start();
        gateway = server.gatewayClient("demo", "gw-onboarding-it");
        gateway.setCallback(new MessageRecorder((topic, payload) -> registries.add(payload)));
        gateway.subscribe(UplinkTopics.registry("demo"), 1);
    }

    @AfterAll
    static void stop() throws MqttException {
        gateway.disconnect();
        gateway.close();
        server.close();
    }

    @Test
    void theDemoDevicesHaveCredentialsAndTheBeaconsTheirPlacesOnThePlan() {
        await().atMost(Duration.ofSeconds(10)).until(() -> !registries.isEmpty());
        StoreRegistry registry = StoreRegistry.fromJson(registries.get(0));
        assertEquals(40 + 6 + 2 + 1, registry.credentials().size());
        assertTrue(registry.credentials().get("h-003").matches(DeviceCredential.demoSecret("h-003").getBytes(StandardCharsets.UTF_8)));
        assertEquals(new StoreRegistry.Point(8, 0), registry.beaconPositions().get("b-coats"));
        assertFalse(registries.get(0).contains(DeviceCredential.demoSecret("h-003")), "hashes only, never a secret");
    }

    @Test
    void aManagerGetsANewSecretOnceAndTheGatewaysGetItsHashAtOnce() {
        String manager = server.token("marc", "lien-demo");
        HttpResponse<String> r = server.post("/api/stores/demo/devices/h-007/credentials", manager, "{}");
        assertEquals(201, r.statusCode(), r.body());
        Matcher m = Pattern.compile("\"secret\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
        assertTrue(m.find(), r.body());
        byte[] secret = m.group(1).getBytes(StandardCharsets.UTF_8);

        await().atMost(Duration.ofSeconds(10)).until(() -> registries.stream().map(StoreRegistry::fromJson)
                .anyMatch(reg -> reg.credentials().get("h-007").matches(secret)));
        StoreRegistry latest = StoreRegistry.fromJson(registries.get(registries.size() - 1));
        assertFalse(latest.credentials().get("h-007").matches(DeviceCredential.demoSecret("h-007").getBytes(StandardCharsets.UTF_8)),
                "the old secret stops working");
        String stored = server.context().getBean(DeviceSecretRepository.class).findById("h-007").orElseThrow().secretHash();
        assertFalse(stored.contains(m.group(1)), "the database keeps the hash only");
    }

    @Test
    void aWithdrawnRegistryIsNoLongerGivenToAGatewayThatSubscribesAfterwards() throws Exception {
        RegistryPublisher publisher = server.context().getBean(RegistryPublisher.class);
        assertEquals(1, retainedRegistries("demo-lyon").size(), "published at start, retained");
        publisher.withdraw("demo-lyon");
        try {
            assertTrue(retainedRegistries("demo-lyon").isEmpty());
        } finally {
            publisher.publish("demo-lyon");
        }
        assertEquals(1, retainedRegistries("demo-lyon").size());
    }

    /** What a gateway subscribing now is given, retained, within a second. */
    private static List<String> retainedRegistries(String storeId) throws MqttException {
        List<String> received = new CopyOnWriteArrayList<>();
        MqttClient late = server.gatewayClient(storeId, "gw-late-" + System.nanoTime() % 1_000_000);
        late.setCallback(new MessageRecorder((topic, payload) -> received.add(payload)));
        try {
            late.subscribe(UplinkTopics.registry(storeId), 1);
            await().pollDelay(Duration.ofSeconds(1)).until(() -> true);
            return List.copyOf(received);
        } finally {
            late.disconnect();
            late.close();
        }
    }

    @Test
    void onlyAManagerOfThatStoreMayIssueAndOnlyForItsDevices() {
        String advisor = server.token("lea", "lien-demo");
        String manager = server.token("marc", "lien-demo");
        assertEquals(403, server.post("/api/stores/demo/devices/h-001/credentials", advisor, "{}").statusCode());
        assertEquals(401, server.post("/api/stores/demo/devices/h-001/credentials", null, "{}").statusCode());
        assertEquals(403, server.post("/api/stores/other/devices/h-001/credentials", manager, "{}").statusCode());
        HttpResponse<String> unknown = server.post("/api/stores/demo/devices/h-999/credentials", manager, "{}");
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(unknown.body().contains("h-999"));
    }
}
