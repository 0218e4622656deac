package io.lien.gateway;

import io.lien.protocol.RejectReason;
import io.lien.protocol.device.HangerDisplay;
import io.lien.protocol.device.HangerMotion;
import io.lien.protocol.uplink.DisplayCommand;
import io.lien.protocol.uplink.StoreRegistry;
import io.lien.protocol.uplink.UplinkEnvelope;
import io.lien.protocol.uplink.UplinkEvent;
import io.lien.protocol.uplink.UplinkTopics;
import io.lien.gateway.mqtt.MessageCallback;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** The gateway alone on the local Mosquitto, seen from the server's side and from a device's side. */
class GatewayMosquittoIT {

    static final String MOSQUITTO = "tcp://127.0.0.1:1883";
    private final String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    private final String store = "gw-it-" + run;
    private final String hanger = "hit-" + run;
    private final List<String[]> heard = new CopyOnWriteArrayList<>();
    private MqttClient central;
    private EdgeGateway gateway;

    @BeforeEach
    void start(@TempDir Path data) throws Exception {
        Assumptions.assumeTrue(answers(), "No MQTT broker answers on 127.0.0.1:1883 — start Mosquitto to run this test (skipped, not passed)");
        central = new MqttClient(MOSQUITTO, "central-" + run, new MemoryPersistence());
        central.setCallback(new Recorder(heard));
        central.connect();
        central.subscribe(UplinkTopics.events(store, "gw-" + run), 1);
        central.subscribe("dev/hanger/" + hanger + "/display", 1);
        StoreRegistry registry = new StoreRegistry(store, Set.of(hanger), Map.of("b-" + run, "coats"), Map.of(), Set.of());
        central.publish(UplinkTopics.registry(store), registry.toJson().getBytes(StandardCharsets.UTF_8), 1, true);
        gateway = EdgeGateway.start(GatewayConfig.of(store, "gw-" + run, MOSQUITTO, data).withSessionExpiry(60));
    }

    @AfterEach
    void stop() throws MqttException {
        if (gateway != null) {
            gateway.close();
        }
        if (central != null) {
            central.publish(UplinkTopics.registry(store), new byte[0], 1, true);
            // displays are retained for devices that come back: leave none on the shared broker
            central.publish("dev/hanger/" + hanger + "/display", new byte[0], 1, true);
            central.disconnect();
            central.close();
        }
    }

    @Test
    void aDevicesLiftGoesUpAsOneEnvelopeAndADisplayComesDown() throws Exception {
        MqttClient device = new MqttClient(MOSQUITTO, hanger, new MemoryPersistence());
        device.connect();
        HangerMotion lift = new HangerMotion(hanger, 5, 0, System.currentTimeMillis(), HangerMotion.State.LIFTED, 80);
        device.publish(lift.topic(), lift.toJson().getBytes(StandardCharsets.UTF_8), 0, false);
        device.publish(lift.topic(), lift.toJson().getBytes(StandardCharsets.UTF_8), 0, false);
        device.publish("dev/hanger/stranger/motion", lift.toJson().getBytes(StandardCharsets.UTF_8), 0, false);

        await().atMost(Duration.ofSeconds(10)).until(() -> heard.stream().anyMatch(h -> h[0].endsWith("/events")));
        String[] up = heard.stream().filter(h -> h[0].endsWith("/events")).findFirst().orElseThrow();
        UplinkEnvelope envelope = assertInstanceOf(UplinkEnvelope.Decoded.Accepted.class,
                UplinkEnvelope.decode(up[0], up[1].getBytes(StandardCharsets.UTF_8))).envelope();
        assertEquals(new UplinkEvent.HangerLifted(hanger, 80), envelope.event());
        await().atMost(Duration.ofSeconds(10)).until(() -> gateway.metrics().duplicateCount() == 1
                && gateway.metrics().rejectedCount(RejectReason.UNKNOWN_DEVICE) == 1);

        HangerDisplay display = new HangerDisplay(hanger, List.of("12 likes", "in your community"), "on");
        central.publish(UplinkTopics.display(store, display.hangerId()), new DisplayCommand(display, null).toJson().getBytes(StandardCharsets.UTF_8), 1, false);
        await().atMost(Duration.ofSeconds(10)).until(() -> heard.stream().anyMatch(h -> h[0].endsWith("/display")));
        String[] down = heard.stream().filter(h -> h[0].endsWith("/display")).findFirst().orElseThrow();
        assertEquals(display.toJson(), down[1]);
        assertEquals(1, heard.stream().filter(h -> h[0].endsWith("/events")).count(), "one lift, one event");

        // power cycle: a new boot id; the hanger lost its display and gets it again
        HangerMotion afterReboot = new HangerMotion(hanger, 6, 0, System.currentTimeMillis(), HangerMotion.State.STILL, 80);
        device.publish(afterReboot.topic(), afterReboot.toJson().getBytes(StandardCharsets.UTF_8), 0, false);
        await().atMost(Duration.ofSeconds(10)).until(() -> heard.stream().filter(h -> h[0].endsWith("/display")).count() == 2);
        await().atMost(Duration.ofSeconds(10)).until(() -> heard.stream().anyMatch(h -> h[1].contains("\"rebooted\"")));
        device.disconnect();
        device.close();
    }

    @Test
    void anEventTheBrokerTookWithNobodySubscribedIsKeptAndSentAgainOnceTheServerSubscribes() throws Exception {
        central.unsubscribe(UplinkTopics.events(store, "gw-" + run));
        MqttClient device = new MqttClient(MOSQUITTO, hanger, new MemoryPersistence());
        device.connect();
        HangerMotion lift = new HangerMotion(hanger, 7, 0, System.currentTimeMillis(), HangerMotion.State.LIFTED, 80);
        device.publish(lift.topic(), lift.toJson().getBytes(StandardCharsets.UTF_8), 0, false);

        // Mosquitto answers "no matching subscribers" (0x10): the gateway must not count that as delivered
        await().atMost(Duration.ofSeconds(10)).until(() -> gateway.metrics().uplinkUnheardCount() >= 1);
        assertEquals(0, gateway.metrics().forwardedCount());
        assertEquals(1, gateway.pendingUplink(), "the event stays in the journal");

        central.subscribe(UplinkTopics.events(store, "gw-" + run), 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> heard.stream().anyMatch(h -> h[0].endsWith("/events")));
        await().atMost(Duration.ofSeconds(10)).until(() -> gateway.pendingUplink() == 0);
        assertEquals(1, gateway.metrics().forwardedCount());
        device.disconnect();
        device.close();
    }

    private static boolean answers() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", 1883), 1_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static final class Recorder extends MessageCallback {
        private final List<String[]> into;

        Recorder(List<String[]> into) {
            this.into = into;
        }

        @Override
        public void messageArrived(String topic, MqttMessage message) {
            into.add(new String[]{topic, new String(message.getPayload(), StandardCharsets.UTF_8)});
        }
    }
}
