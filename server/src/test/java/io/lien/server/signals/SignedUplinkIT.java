package io.lien.server.signals;

import io.lien.protocol.uplink.UplinkEnvelope;
import io.lien.protocol.uplink.UplinkEvent;
import io.lien.protocol.uplink.UplinkMessage;
import io.lien.protocol.uplink.UplinkSignature;
import io.lien.server.ServerFixture;
import io.lien.server.security.Operator;
import io.lien.server.security.Roles;
import io.lien.server.setup.application.GatewayEnrolment;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.eclipse.paho.mqttv5.common.packet.UserProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A misconfigured external broker (the machine's Mosquitto on 1883: anonymous, no ACL) lets anybody publish on a
 * gateway's topic; the server still stores only what the gateway signed (decision 0028). Each refusal is
 * dead-lettered as {@code spoofed} with its reason, and counted.
 */
class SignedUplinkIT {

    private static final String STORE = "sig-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    private static final String GATEWAY = "gw-signed";
    private static ServerFixture server;
    private static MqttClient intruder;
    private static String secret;

    @BeforeAll
    static void start() throws MqttException {
        server = ServerFixture.start(Map.of("lien.mqtt.embedded", false, "lien.mqtt.uri", "tcp://127.0.0.1:1883",
                "lien.demo.store-id", STORE));
        secret = server.context().getBean(GatewayEnrolment.class).issueFor("test", STORE, GATEWAY);
        intruder = new MqttClient("tcp://127.0.0.1:1883", "intruder-" + STORE, new MemoryPersistence());
        MqttConnectionOptions o = new MqttConnectionOptions();
        o.setCleanStart(true);
        intruder.connect(o);
    }

    @AfterAll
    static void stop() throws Exception {
        intruder.disconnect();
        intruder.close();
        // a shared broker keeps retained messages: leave nothing of this run behind
        server.context().getBean(io.lien.server.registry.RegistryPublisher.class).withdraw(STORE);
        server.context().getBean(io.lien.server.displays.application.DisplayRedraws.class).withdraw(STORE);
        server.close();
    }

    private static byte[] press(long seq) {
        UplinkEnvelope e = UplinkEnvelope.of(STORE, GATEWAY, seq, System.currentTimeMillis(), new UplinkEvent.HangerButtonPressed("h-001", "like"));
        return UplinkMessage.of(STORE, GATEWAY, List.of(e.toBytes()));
    }

    private static void publish(byte[] payload, String signature) throws MqttException {
        MqttMessage m = new MqttMessage(payload, 1, false, null);
        if (signature != null) {
            MqttProperties p = new MqttProperties();
            p.setUserProperties(List.of(new UserProperty(UplinkSignature.PROPERTY, signature)));
            m.setProperties(p);
        }
        intruder.publish(topic(), m);
    }

    private static String topic() {
        return io.lien.protocol.uplink.UplinkTopics.events(STORE, GATEWAY);
    }

    private static long stored() {
        return server.context().getBean(SignalRepository.class).countByStoreId(STORE);
    }

    private static long spoofed() {
        return server.context().getBean(DeadLetterRepository.class).countByReason("spoofed");
    }

    private static long counted() {
        return server.context().getBean(IngestionCounters.class).snapshot().deadLetteredByReason().getOrDefault("spoofed", 0L);
    }

    @Test
    void onlyWhatTheGatewaySignedIsStoredAndEveryForgeryIsDeadLetteredWithItsReason() throws Exception {
        byte[] key = UplinkSignature.signingKey(secret);
        byte[] first = press(1);
        publish(first, UplinkSignature.sign(key, topic(), first));
        await().atMost(Duration.ofSeconds(10)).until(() -> stored() == 1);

        long spoofedBefore = spoofed();
        long countedBefore = counted();
        byte[] second = press(2);
        String otherGatewaysKey = UplinkSignature.sign(UplinkSignature.signingKey(
                server.context().getBean(GatewayEnrolment.class).issueFor("test", STORE, "gw-other")), topic(), second);
        List<String> forgeries = List.of("v1=" + "A".repeat(43), otherGatewaysKey, UplinkSignature.sign(key, topic(), first),
                "v1=%%%", "x".repeat(10_000));
        publish(second, null); // unsigned
        for (String forged : forgeries) {
            publish(second, forged);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> spoofed() - spoofedBefore == 1 + forgeries.size());
        assertEquals(1, stored(), "a forgery was stored");
        assertEquals(1 + forgeries.size(), counted() - countedBefore, "counted by reason");

        // the gateway's own message sent twice (a replay) is stored once
        publish(second, UplinkSignature.sign(key, topic(), second));
        publish(second, UplinkSignature.sign(key, topic(), second));
        await().atMost(Duration.ofSeconds(10)).until(() -> stored() == 2);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(3)).until(() -> stored() == 2);
    }

    @Test
    void aRevokedGatewaysSignatureNoLongerCounts() throws Exception {
        String revokedSecret = server.context().getBean(GatewayEnrolment.class).issueFor("test", STORE, "gw-gone");
        byte[] key = UplinkSignature.signingKey(revokedSecret);
        server.context().getBean(GatewayEnrolment.class).revoke(new Operator("test", "test", Roles.ADMIN, null), STORE, "gw-gone");
        long before = spoofed();
        String goneTopic = io.lien.protocol.uplink.UplinkTopics.events(STORE, "gw-gone");
        UplinkEnvelope e = UplinkEnvelope.of(STORE, "gw-gone", 1, System.currentTimeMillis(), new UplinkEvent.HangerButtonPressed("h-001", "like"));
        byte[] payload = UplinkMessage.of(STORE, "gw-gone", List.of(e.toBytes()));
        MqttMessage m = new MqttMessage(payload, 1, false, null);
        MqttProperties p = new MqttProperties();
        p.setUserProperties(List.of(new UserProperty(UplinkSignature.PROPERTY, UplinkSignature.sign(key, goneTopic, payload))));
        m.setProperties(p);
        intruder.publish(goneTopic, m);
        await().atMost(Duration.ofSeconds(10)).until(() -> spoofed() == before + 1);
    }
}
