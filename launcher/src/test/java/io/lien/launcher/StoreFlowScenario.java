package io.lien.launcher;

import io.lien.app.api.Dtos;
import io.lien.protocol.RejectReason;
import io.lien.protocol.device.HangerMotion;
import io.lien.sim.DemoScenario;
import io.lien.protocol.uplink.DeviceCredential;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.time.LocalDate;
import java.util.UUID;
import java.util.List;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The walking skeleton's promise, checked on whichever broker the fixture uses: hostile and
 * repeated device messages are refused and counted, and the demo visit then flows from devices
 * to the advisor's live feed with the right people named and nobody else.
 */
final class StoreFlowScenario {

    private StoreFlowScenario() {
    }

    static void play(DemoStoreFixture store) throws Exception {
        sendHostileAndDuplicateDeviceMessages(store);
        // real time: a zone the gateway reported unsurely is credited once it has held 3 real seconds (ADR 30), and at
        // 2× speed a shopper who lifts a garment six simulated seconds after arriving has held it only three
        store.startSimulator(1.0);

        await().atMost(Duration.ofSeconds(60)).until(() -> store.anyMoment("Camille lifted the navy trench coat (38)"));
        Dtos.Moment camille = store.moment("Camille lifted the navy trench coat (38)");
        assertEquals("c-camille", camille.clientId());
        assertTrue(camille.text().contains("she bought the navy silk scarf online"), camille.text());
        await().atMost(Duration.ofSeconds(10)).until(() -> store.frenchMoments.stream().anyMatch(m -> m.id() == camille.id()));
        String camilleFr = store.frenchMoments.stream().filter(m -> m.id() == camille.id()).findFirst().orElseThrow().text();
        assertTrue(camilleFr.startsWith("Camille a pris le trench bleu marine (38)"), camilleFr);

        await().atMost(Duration.ofSeconds(60)).until(() -> store.anyMoment("A shopper lifted the grey cashmere sweater (L)"));
        assertNull(store.moment("A shopper lifted the grey cashmere sweater (L)").clientId());

        await().atMost(Duration.ofSeconds(60)).until(() -> store.anyMoment("Sophie lifted the emerald wrap dress (36)"));
        Dtos.Moment sophie = store.moment("Sophie lifted the emerald wrap dress (36)");
        assertEquals("just-browsing", sophie.approachability());
        assertTrue(sophie.text().endsWith("· just browsing"), sophie.text());

        assertTrue(store.moments.stream().noneMatch(m -> m.text().contains(DemoScenario.ANONYMOUS_INSTALL)));
        assertTrue(store.frenchMoments.stream().noneMatch(m -> m.text().contains(DemoScenario.ANONYMOUS_INSTALL)));
        assertTrue(store.moments.stream().allMatch(m -> m.clientId() == null
                || m.clientId().equals("c-camille") || m.clientId().equals("c-sophie")), "only consenting shoppers are named");
        Dtos.LiveStore live = store.api.live(store.storeId);
        assertTrue(live.clients().stream().noneMatch(c -> c.clientId().equals(DemoScenario.ANONYMOUS_INSTALL)));

        advisorActsOnCamille(store, camille);

        assertEquals(1, store.gateway.metrics().rejectedCount(RejectReason.MALFORMED_JSON));
        assertEquals(1, store.gateway.metrics().rejectedCount(RejectReason.OUT_OF_RANGE));
        assertTrue(store.gateway.metrics().duplicateCount() >= 1);
    }

    /** The app's own client against the real server: "I'm on it", today's piece in a selection, a note, a follow-up. */
    private static void advisorActsOnCamille(DemoStoreFixture store, Dtos.Moment lift) {
        Dtos.Moment claim = store.api.claim(store.storeId, lift.id());
        assertEquals(lift.id(), claim.refersTo());
        assertEquals("Léa", claim.advisorName());
        await().atMost(Duration.ofSeconds(10)).until(() -> store.moments.stream().anyMatch(m -> m.id() == claim.id()));
        Dtos.ClientCard card = store.api.client("c-camille");
        assertTrue(card.touchedToday().stream().anyMatch(t -> t.productId().equals("p-trench-navy")), card.touchedToday().toString());
        assertEquals(Boolean.TRUE, card.consents().get("contact-messaging"));
        Dtos.SentSelection sent = store.api.sendSelection("c-camille",
                new Dtos.NewSelection(List.of("p-trench-navy"), "The 38 you tried", UUID.randomUUID().toString()));
        assertEquals("whatsapp", sent.channel());
        assertTrue(sent.link().contains("/s/" + sent.id()), sent.link());
        store.api.writeNote("c-camille", new Dtos.NewNote(List.of("waiting-for-size"), "navy 38", UUID.randomUUID().toString(), null));
        Dtos.FollowUp followUp = store.api.setFollowUp("c-camille", new Dtos.NewFollowUp(LocalDate.now(ZoneId.of("Europe/Paris"))
                .plusDays(2).toString(), "Call when the 38 is back", UUID.randomUUID().toString()));
        assertTrue(store.api.followUps().stream().anyMatch(f -> f.id() == followUp.id()));
        assertEquals("lea", store.api.followUpDone(followUp.id()).advisor());
    }

    /** A misbehaving hanger (it has its secret) before the simulator starts. */
    private static void sendHostileAndDuplicateDeviceMessages(DemoStoreFixture store) throws Exception {
        MqttClient probe = new MqttClient(store.gateway.lanUri(), "h-040", new MemoryPersistence());
        MqttConnectionOptions options = new MqttConnectionOptions();
        options.setUserName("h-040");
        options.setPassword(DeviceCredential.demoSecret("h-040").getBytes(StandardCharsets.UTF_8));
        probe.connect(options);
        probe.publish("dev/hanger/h-040/motion", "{\"boot\":1,\"seq\":".getBytes(StandardCharsets.UTF_8), 1, false);
        probe.publish("dev/hanger/h-040/motion",
                "{\"boot\":1,\"seq\":0,\"ts\":1,\"state\":\"still\",\"battery\":400}".getBytes(StandardCharsets.UTF_8), 1, false);
        byte[] still = new HangerMotion("h-040", 77, 0, System.currentTimeMillis(), HangerMotion.State.STILL, 90).toJson()
                .getBytes(StandardCharsets.UTF_8);
        probe.publish("dev/hanger/h-040/motion", still, 1, false);
        probe.publish("dev/hanger/h-040/motion", still, 1, false);
        await().atMost(Duration.ofSeconds(10)).until(() -> store.gateway.metrics().duplicateCount() == 1
                && store.gateway.metrics().rejectedCount(RejectReason.OUT_OF_RANGE) == 1);
        probe.disconnect();
        probe.close();
    }
}
