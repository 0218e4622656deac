package io.lien.sim;

import io.lien.protocol.device.AppSightings;
import io.lien.protocol.device.Decoded;
import io.lien.protocol.device.DeviceMessage;
import io.lien.protocol.device.DeviceMessageDecoder;
import io.lien.protocol.device.FixtureTap;
import io.lien.protocol.device.HangerMotion;
import io.lien.protocol.device.ReaderTags;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScenarioRunnerTest {

    /** Captures what devices publish, and checks each message against the protocol as it goes. */
    static final class RecordingLink implements DeviceLink {
        final List<DeviceMessage> messages = new ArrayList<>();
        final List<String> publishers = new ArrayList<>();

        @Override
        public void publish(String deviceId, String topic, String payload, int qos) {
            Decoded d = DeviceMessageDecoder.decode(topic, payload.getBytes(StandardCharsets.UTF_8));
            DeviceMessage m = assertInstanceOf(Decoded.Accepted.class, d, () -> topic + " " + payload + ": " + d).message();
            assertEquals(m.channel().qos(), qos, "QoS of " + topic);
            messages.add(m);
            publishers.add(deviceId);
        }

        @Override
        public void close() {
        }
    }

    private static RecordingLink play(long seed) {
        RecordingLink link = new RecordingLink();
        ScenarioRunner runner = new ScenarioRunner(DemoScenario.layout("demo"), DemoScenario.shoppers(), link, seed, 1_000_000L);
        for (int i = 0; i < 600 && !runner.finished(); i++) {
            runner.tick();
        }
        assertTrue(runner.finished(), "the demo round ends");
        return link;
    }

    @Test
    void everyMessageSpeaksTheProtocolAndIsPublishedByItsOwnDevice() {
        RecordingLink link = play(42);
        for (int i = 0; i < link.messages.size(); i++) {
            assertEquals(link.messages.get(i).deviceId(), link.publishers.get(i));
        }
    }

    @Test
    void seqCountsEveryMessageOfADeviceFromZero() {
        Map<String, Long> expected = new HashMap<>();
        for (DeviceMessage m : play(42).messages) {
            long want = expected.getOrDefault(m.deviceId(), 0L);
            assertEquals(want, m.seq(), "seq of " + m.deviceId());
            expected.put(m.deviceId(), want + 1);
        }
    }

    @Test
    void theSameSeedPlaysTheSameMessages() {
        assertEquals(play(7).messages, play(7).messages);
    }

    @Test
    void camilleLiftsTheTrenchCarriesItToAFittingRoomAndAsksForAnotherSize() {
        List<DeviceMessage> m = play(42).messages;
        assertTrue(m.stream().anyMatch(x -> x instanceof HangerMotion h && h.deviceId().equals(DemoScenario.NAVY_TRENCH)
                && h.state() == HangerMotion.State.LIFTED));
        assertTrue(m.stream().anyMatch(x -> x instanceof ReaderTags t && t.deviceId().equals("r-fit-1")
                && t.enter().contains(DemoScenario.NAVY_TRENCH)));
        assertTrue(m.stream().anyMatch(x -> x instanceof FixtureTap t && t.action().equals("other-size") && "40".equals(t.size())));
        assertTrue(m.stream().anyMatch(x -> x instanceof AppSightings s && s.deviceId().equals(DemoScenario.ANONYMOUS_INSTALL)));
    }
}
