package io.lien.server.signals;

import io.lien.protocol.uplink.UplinkEnvelope;
import io.lien.protocol.uplink.UplinkEvent;
import io.lien.protocol.uplink.UplinkMessage;
import io.lien.protocol.uplink.UplinkTopics;
import io.lien.server.ServerFixture;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The server alone, fed uplink events over the embedded broker as a gateway would. */
class IngestionIT {

    private static ServerFixture server;
    private static MqttClient gateway;
    private static String token;
    private static long seq = 1_000;

    @BeforeAll
    static void start() throws MqttException {
        server = ServerFixture.start();
        gateway = server.gatewayClient("demo", "gw-it");
        token = server.token("lea", "lien-demo");
    }

    @AfterAll
    static void stop() throws MqttException {
        gateway.disconnect();
        gateway.close();
        server.close();
    }

    private static void send(UplinkEnvelope envelope) throws MqttException {
        gateway.publish(envelope.topic(), envelope.toBytes(), 1, false);
    }

    private static UplinkEnvelope event(UplinkEvent e) {
        return UplinkEnvelope.of("demo", "gw-it", seq++, System.currentTimeMillis(), e);
    }

    private static IngestionCounters.Snapshot counters() {
        return server.context().getBean(IngestionCounters.class).snapshot();
    }

    @Test
    void aConsentingClientsLiftReachesTheStreamWithHerStory() throws MqttException {
        try (ServerFixture.SseRecorder feed = server.sse("/api/stores/demo/moments/stream", token, null)) {
            send(event(new UplinkEvent.ShopperPresence("inst-camille", "coats", "enter", 0)));
            send(event(new UplinkEvent.HangerLifted("h-003", 80)));
            await().atMost(Duration.ofSeconds(10)).until(() -> feed.any("Camille lifted the navy trench coat (38)"));
            assertTrue(feed.any("she bought the navy silk scarf online in"), String.join("\n", feed.data));
            send(event(new UplinkEvent.ShopperPresence("inst-camille", "coats", "leave", 5_000)));
        }
    }

    @Test
    void aClientWithoutPresenceConsentStaysAnonymous() throws MqttException {
        try (ServerFixture.SseRecorder feed = server.sse("/api/stores/demo/moments/stream", token, null)) {
            send(event(new UplinkEvent.ShopperPresence("inst-hugo", "knitwear", "enter", 0)));
            send(event(new UplinkEvent.HangerLifted("h-018", 80)));
            await().atMost(Duration.ofSeconds(10)).until(() -> feed.any("A shopper lifted the ecru cable cardigan (M) — Knitwear"));
            assertTrue(feed.data.stream().noneMatch(d -> d.contains("Hugo") || d.contains("c-hugo") || d.contains("inst-hugo")));
            String live = server.get("/api/stores/demo/live", token).body();
            assertTrue(!live.contains("Hugo") && !live.contains("inst-hugo"), live);
            send(event(new UplinkEvent.ShopperPresence("inst-hugo", "knitwear", "leave", 5_000)));
        }
    }

    @Test
    void aRedeliveredEventIsStoredOnce() throws MqttException {
        UplinkEnvelope like = event(new UplinkEvent.HangerButtonPressed("h-024", "like"));
        long before = counters().duplicates();
        SignalRepository signals = server.context().getBean(SignalRepository.class);
        send(like);
        send(like);
        await().atMost(Duration.ofSeconds(10)).until(() -> counters().duplicates() == before + 1);
        assertTrue(signals.existsByGatewayIdAndSeq("gw-it", like.seq()));
        assertEquals(1, signals.findAll().stream().filter(s -> s.gatewayId().equals("gw-it") && s.seq() == like.seq()).count());
    }

    @Test
    void aBatchIsStoredEventByEventItsRefusedEventAloneDeadLetteredAndARedeliveryInsideItDropped() throws MqttException {
        SignalRepository signals = server.context().getBean(SignalRepository.class);
        DeadLetterRepository deadLetters = server.context().getBean(DeadLetterRepository.class);
        UplinkEnvelope first = event(new UplinkEvent.HangerButtonPressed("h-024", "like"));
        send(first);
        await().atMost(Duration.ofSeconds(10)).until(() -> signals.existsByGatewayIdAndSeq("gw-it", first.seq()));
        long deadBefore = deadLetters.countByReason("bad-value");
        long duplicatesBefore = counters().duplicates();
        UplinkEnvelope second = event(new UplinkEvent.HangerButtonPressed("h-025", "like"));
        UplinkEnvelope third = event(new UplinkEvent.DeviceStatus("h-025", "hanger", 9));
        byte[] unknownType = event(new UplinkEvent.HangerLifted("h-025", 9)).toJson()
                .replace("hanger.lifted", "hanger.exploded").getBytes(StandardCharsets.UTF_8);
        gateway.publish(UplinkTopics.events("demo", "gw-it"), UplinkMessage.of("demo", "gw-it",
                List.of(first.toBytes(), second.toBytes(), unknownType, third.toBytes(), second.toBytes())), 1, false);
        await().atMost(Duration.ofSeconds(10)).until(() -> signals.existsByGatewayIdAndSeq("gw-it", third.seq()));
        assertTrue(signals.existsByGatewayIdAndSeq("gw-it", second.seq()));
        assertEquals(duplicatesBefore + 2, counters().duplicates(), "one stored before, one twice in the batch");
        assertEquals(deadBefore + 1, deadLetters.countByReason("bad-value"));
        assertEquals(1, signals.findAll().stream().filter(s -> s.gatewayId().equals("gw-it") && s.seq() == first.seq()).count());
        assertEquals(1, signals.findAll().stream().filter(s -> s.gatewayId().equals("gw-it") && s.seq() == second.seq()).count());
    }

    @Test
    void aMessageBeyondTheBrokersPacketLimitClosesOnlyItsSendersConnection() throws MqttException {
        MqttClient hostile = server.gatewayClient("demo", "gw-hostile");
        try {
            hostile.publish(UplinkTopics.events("demo", "gw-hostile"), new byte[2 << 20], 1, false);
        } catch (MqttException expected) {
            // the broker closes the connection rather than reading 2 MiB into the server's memory
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> !hostile.isConnected());
        hostile.close(true);
        UplinkEnvelope after = event(new UplinkEvent.HangerButtonPressed("h-026", "like"));
        send(after);
        SignalRepository signals = server.context().getBean(SignalRepository.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> signals.existsByGatewayIdAndSeq("gw-it", after.seq()));
    }

    @Test
    void hostileUplinkMessagesAreDeadLetteredWithTheirReasonAndTheFlowGoesOn() throws MqttException {
        long before = counters().deadLettered();
        gateway.publish(UplinkTopics.events("demo", "gw-it"), "{not json".getBytes(StandardCharsets.UTF_8), 1, false);
        UplinkEnvelope spoofed = UplinkEnvelope.of("demo", "gw-other", seq++, 1, new UplinkEvent.HangerLifted("h-001", 5));
        gateway.publish(UplinkTopics.events("demo", "gw-it"), spoofed.toBytes(), 1, false);
        gateway.publish(UplinkTopics.events("demo", "gw-it"), new byte[UplinkMessage.MAX_BYTES + 1], 1, false);
        // another store's topic: refused by the broker itself (decision 0028), counted there, never dead-lettered
        io.lien.server.mqtt.EmbeddedBroker broker = server.context().getBean(io.lien.server.mqtt.EmbeddedBroker.class);
        double refusedBefore = broker.refusals("publish-not-allowed");
        UplinkEnvelope unknownStore = UplinkEnvelope.of("atlantis", "gw-it", seq++, 1, new UplinkEvent.HangerLifted("h-001", 5));
        try {
            send(unknownStore);
        } catch (MqttException refused) {
            assertEquals(135, refused.getReasonCode(), "not authorised");
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> counters().deadLettered() == before + 3);
        assertEquals(refusedBefore + 1, broker.refusals("publish-not-allowed"));
        DeadLetterRepository deadLetters = server.context().getBean(DeadLetterRepository.class);
        assertTrue(deadLetters.countByReason("malformed-json") >= 1);
        assertTrue(deadLetters.countByReason("spoofed") >= 1);
        assertTrue(deadLetters.countByReason("oversized") >= 1);
        try (ServerFixture.SseRecorder feed = server.sse("/api/stores/demo/moments/stream", token, null)) {
            send(event(new UplinkEvent.FixtureTapped("mirror-1", "call-advisor", null, null)));
            await().atMost(Duration.ofSeconds(10)).until(() -> feed.any("An advisor is asked for at the mirror"));
        }
    }

    @Test
    void aTabletThatReconnectsWithLastEventIdGetsExactlyWhatItMissed() throws MqttException {
        String lastId;
        try (ServerFixture.SseRecorder feed = server.sse("/api/stores/demo/moments/stream", token, null)) {
            send(event(new UplinkEvent.DeviceStatus("b-coats", "beacon", 11)));
            await().atMost(Duration.ofSeconds(10)).until(() -> feed.any("battery at 11 %"));
            lastId = feed.ids.get(feed.ids.size() - 1);
        }
        send(event(new UplinkEvent.DeviceStatus("b-coats", "beacon", 10)));
        send(event(new UplinkEvent.DeviceStatus("b-coats", "beacon", 9)));
        try (ServerFixture.SseRecorder feed = server.sse("/api/stores/demo/moments/stream", token, lastId)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> feed.any("battery at 9 %"));
            assertTrue(feed.any("battery at 10 %"));
            assertTrue(!feed.any("battery at 11 %"), "already seen before the reconnect");
        }
    }

    @Test
    void aSilentDeviceAlertsStaffWhileABackOrRebootIsOnlyStored() throws MqttException {
        SignalRepository signals = server.context().getBean(SignalRepository.class);
        try (ServerFixture.SseRecorder feed = server.sse("/api/stores/demo/moments/stream", token, null)) {
            long before = signals.countByStoreIdAndType("demo", UplinkEvent.DeviceHealth.TYPE);
            send(event(new UplinkEvent.DeviceHealth("h-012", "hanger", "rebooted", 0)));
            send(event(new UplinkEvent.DeviceHealth("h-012", "hanger", "silent", 240_000)));
            await().atMost(Duration.ofSeconds(10)).until(() -> feed.any("Hanger h-012 has been silent for 4 min"));
            send(event(new UplinkEvent.DeviceHealth("h-012", "hanger", "back", 300_000)));
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> signals.countByStoreIdAndType("demo", UplinkEvent.DeviceHealth.TYPE) == before + 3);
            assertEquals(1, feed.data.stream().filter(d -> d.contains("h-012")).count());
        }
    }

    @Test
    void theFeedRefusesStrangersAndOtherStores() {
        assertEquals(401, server.get("/api/stores/demo/moments", null).statusCode());
        assertEquals(403, server.get("/api/stores/elsewhere/moments", token).statusCode());
        assertEquals(401, server.get("/api/clients/c-camille", "not-a-token").statusCode());
        assertEquals(404, server.get("/api/clients/nobody", token).statusCode());
        assertEquals(403, server.get("/api/ingestion", token).statusCode(), "advisors don't see operator counters");
    }
}
