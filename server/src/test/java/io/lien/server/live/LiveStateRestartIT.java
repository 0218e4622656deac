package io.lien.server.live;

import io.lien.protocol.uplink.UplinkEnvelope;
import io.lien.protocol.uplink.UplinkEvent;
import io.lien.server.ServerFixture;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import io.lien.server.signals.LiveStateReplay;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The live store after a restart is the live store before it. The gateway here waits for each
 * PUBACK, so each event is one commit, and "a snapshot after the first event" is exact.
 */
class LiveStateRestartIT {

    /**
     * -1: no snapshot, the whole window replayed; 3600: a snapshot after the first event only, the
     * others replayed on top of it; 0: a snapshot after every commit, nothing left to replay.
     */
    @ParameterizedTest(name = "snapshot every {0} s")
    @CsvSource({"-1, false, 9", "3600, true, 8", "0, true, 0"})
    void aRestartedServerShowsTheSameStoreItShowedBefore(int snapshotSeconds, boolean fromSnapshot, long replayed) throws Exception {
        ServerFixture server = ServerFixture.start(Map.of("lien.live.snapshot-seconds", snapshotSeconds));
        try {
            String token = server.token("lea", "lien-demo");
            List<UplinkEvent> day = List.of(
                    new UplinkEvent.ShopperPresence("inst-camille", "entrance", "enter", 0),
                    new UplinkEvent.ShopperPresence("inst-camille", "coats", "move", 4_000),
                    new UplinkEvent.HangerLifted("h-003", 80),
                    new UplinkEvent.ShopperPresence("inst-sophie", "dresses", "enter", 0),
                    new UplinkEvent.ShopperPresence("inst-7f3a9c", "knitwear", "enter", 0),
                    new UplinkEvent.HangerLifted("h-018", 80),
                    new UplinkEvent.HangerZoneChanged("h-024", "r-fit-1", "fitting-1", "enter"),
                    new UplinkEvent.ShopperPresence("inst-sophie", "dresses", "leave", 60_000),
                    new UplinkEvent.HangerPutBack("h-018", 9_000));
            send(server, day);
            String before = server.get("/api/stores/demo/live", token).body();
            assertTrue(before.contains("c-camille") && before.contains("h-003") && before.contains("h-024"), before);
            assertTrue(!before.contains("c-sophie") && !before.contains("h-018"), "Sophie left, h-018 is back: " + before);

            server = server.restart();
            String after = server.get("/api/stores/demo/live", server.token("lea", "lien-demo")).body();
            assertEquals(before, after);
            LiveStateReplay.Rebuild rebuild = server.context().getBean(LiveStateReplay.class).lastRebuild();
            assertEquals(fromSnapshot, rebuild.fromSnapshot(), rebuild.toString());
            assertEquals(replayed, rebuild.signalsApplied(), rebuild.toString());

            // a rebuild that replayed signals leaves a snapshot of its own: the next start replays nothing again
            server = server.restart();
            assertEquals(before, server.get("/api/stores/demo/live", server.token("lea", "lien-demo")).body());
            rebuild = server.context().getBean(LiveStateReplay.class).lastRebuild();
            assertEquals(snapshotSeconds < 0 ? 9 : 0, rebuild.signalsApplied(), rebuild.toString());
        } finally {
            server.close();
        }
    }

    private static void send(ServerFixture server, List<UplinkEvent> events) throws MqttException {
        MqttClient gateway = server.gatewayClient("demo", "gw-live-it");
        long seq = 1;
        long ts = System.currentTimeMillis() - 60_000;
        for (UplinkEvent e : events) {
            gateway.publish(UplinkEnvelope.of("demo", "gw-live-it", seq, ts + seq * 1_000, e).topic(),
                    UplinkEnvelope.of("demo", "gw-live-it", seq, ts + seq * 1_000, e).toBytes(), 1, false);
            seq++;
        }
        long last = seq - 1;
        await().atMost(Duration.ofSeconds(10)).until(() -> server.context()
                .getBean(io.lien.server.signals.SignalRepository.class).existsByGatewayIdAndSeq("gw-live-it", last));
        gateway.disconnect();
        gateway.close();
    }
}
