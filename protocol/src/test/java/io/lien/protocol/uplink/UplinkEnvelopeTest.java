package io.lien.protocol.uplink;

import io.lien.protocol.RejectReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class UplinkEnvelopeTest {

    static Stream<UplinkEvent> everyEvent() {
        return Stream.of(
                new UplinkEvent.HangerLifted("h-1", 90),
                new UplinkEvent.HangerPutBack("h-1", 42_000),
                new UplinkEvent.HangerButtonPressed("h-1", "like"),
                new UplinkEvent.HangerZoneChanged("h-1", "fit-1", "fitting-1", "enter"),
                new UplinkEvent.ShopperPresence("inst-1", "denim", "move", 12_000),
                new UplinkEvent.ShopperPresence("inst-1", "denim", "move", 12_000, 0.87),
                new UplinkEvent.ShopperPresence("inst-1", "denim", "enter", 0, 0.0),
                new UplinkEvent.ShopperPresence("inst-1", "denim", "move", 3_000, 1.0),
                new UplinkEvent.FixtureTapped("mirror-1", "other-size", "h-2", "40"),
                new UplinkEvent.FixtureTapped("mirror-1", "call-advisor", null, null),
                new UplinkEvent.DeviceStatus("b-1", "beacon", 12),
                new UplinkEvent.DeviceHealth("h-1", "hanger", "silent", 181_000));
    }

    @ParameterizedTest
    @MethodSource("everyEvent")
    void everyEventSurvivesARoundTrip(UplinkEvent event) {
        UplinkEnvelope envelope = UplinkEnvelope.of("paris-1", "gw-1", 41, 1_700_000_000_000L, event);
        UplinkEnvelope.Decoded decoded = UplinkEnvelope.decode(envelope.topic(), envelope.toBytes());
        assertEquals(envelope, assertInstanceOf(UplinkEnvelope.Decoded.Accepted.class, decoded).envelope());
    }

    @Test
    void anEnvelopeNamingAnotherGatewayThanItsTopicIsSpoofed() {
        UplinkEnvelope envelope = UplinkEnvelope.of("paris-1", "gw-1", 1, 1, new UplinkEvent.HangerLifted("h-1", 5));
        UplinkEnvelope.Decoded decoded = UplinkEnvelope.decode(UplinkTopics.events("paris-1", "gw-2"), envelope.toBytes());
        assertEquals(RejectReason.SPOOFED, assertInstanceOf(UplinkEnvelope.Decoded.Rejected.class, decoded).reason());
    }

    @Test
    void unknownTypesVersionsAndGarbageAreRejected() {
        String topic = UplinkTopics.events("s", "g");
        assertEquals(RejectReason.BAD_VALUE, reject(topic, "{\"v\":1,\"store\":\"s\",\"gateway\":\"g\",\"seq\":1,\"ts\":1,\"type\":\"hanger.exploded\",\"data\":{}}"));
        assertEquals(RejectReason.BAD_VALUE, reject(topic, "{\"v\":2,\"store\":\"s\",\"gateway\":\"g\",\"seq\":1,\"ts\":1,\"type\":\"hanger.lifted\",\"data\":{}}"));
        assertEquals(RejectReason.MISSING_FIELD, reject(topic, "{\"v\":1,\"store\":\"s\",\"gateway\":\"g\",\"seq\":1,\"ts\":1,\"type\":\"hanger.lifted\",\"data\":{}}"));
        assertEquals(RejectReason.MALFORMED_JSON, reject(topic, "not json"));
        assertEquals(RejectReason.OVERSIZED, reject(topic, "x".repeat(5000)));
        assertEquals(RejectReason.BAD_TOPIC, reject("lien/v1/stores/s/other", "{}"));
        assertEquals(RejectReason.BAD_ID, reject("lien/v1/stores/s s/gateways/g/events", "{}"));
    }

    @Test
    void aPresenceConfidenceOutsideZeroToOneOrNotANumberIsRefusedWithItsReason() {
        String topic = UplinkTopics.events("s", "g");
        String presence = presenceWith("confidence");
        assertEquals(RejectReason.OUT_OF_RANGE, reject(topic, presence.formatted("1.5")));
        assertEquals(RejectReason.OUT_OF_RANGE, reject(topic, presence.formatted("-0.01")));
        assertEquals(RejectReason.OUT_OF_RANGE, reject(topic, presence.formatted("1e400")));
        assertEquals(RejectReason.BAD_VALUE, reject(topic, presence.formatted("\"high\"")));
        assertEquals(RejectReason.BAD_VALUE, reject(topic, presence.formatted("[0.5]")));
        UplinkEnvelope.Decoded absent = UplinkEnvelope.decode(topic, presence.formatted("null").getBytes(StandardCharsets.UTF_8));
        UplinkEvent event = assertInstanceOf(UplinkEnvelope.Decoded.Accepted.class, absent).envelope().event();
        assertEquals(null, assertInstanceOf(UplinkEvent.ShopperPresence.class, event).confidence());
    }

    @Test
    void aPresenceDatedBackSaysHowFarAndRoundTrips() {
        String topic = UplinkTopics.events("s", "g");
        UplinkEnvelope sent = UplinkEnvelope.of("s", "g", 1, 10_000, new UplinkEvent.ShopperPresence("i-1", "z", "move", 5, 0.7, 2_000));
        assertTrue(new String(sent.toBytes(), StandardCharsets.UTF_8).contains("\"agoMs\":2000"));
        UplinkEnvelope.Decoded decoded = UplinkEnvelope.decode(topic, sent.toBytes());
        assertEquals(sent, assertInstanceOf(UplinkEnvelope.Decoded.Accepted.class, decoded).envelope());
        UplinkEnvelope asItHappened = UplinkEnvelope.of("s", "g", 2, 10_000, new UplinkEvent.ShopperPresence("i-1", "z", "move", 5, 0.7));
        assertFalse(new String(asItHappened.toBytes(), StandardCharsets.UTF_8).contains("agoMs"), "0 is not sent: older servers see what they knew");
    }

    @Test
    void aPresenceDatedBackTooFarNegativelyOrNotByWholeMillisecondsIsRefusedWithItsReason() {
        String topic = UplinkTopics.events("s", "g");
        String presence = presenceWith("agoMs");
        assertEquals(RejectReason.OUT_OF_RANGE, reject(topic, presence.formatted("10001")));
        assertEquals(RejectReason.OUT_OF_RANGE, reject(topic, presence.formatted("-1")));
        assertEquals(RejectReason.OUT_OF_RANGE, reject(topic, presence.formatted("1.5")));
        assertEquals(RejectReason.OUT_OF_RANGE, reject(topic, presence.formatted("1e30")));
        assertEquals(RejectReason.BAD_VALUE, reject(topic, presence.formatted("\"2s\"")));
        UplinkEnvelope.Decoded absent = UplinkEnvelope.decode(topic, presence.formatted("null").getBytes(StandardCharsets.UTF_8));
        UplinkEvent event = assertInstanceOf(UplinkEnvelope.Decoded.Accepted.class, absent).envelope().event();
        assertEquals(0, assertInstanceOf(UplinkEvent.ShopperPresence.class, event).agoMs());
        assertThrows(IllegalArgumentException.class, () -> new UplinkEvent.ShopperPresence("i-1", "z", "move", 5, null, -5));
    }

    @Test
    void aConfidenceIsKeptToTwoDecimals() {
        assertEquals(0.67, new UplinkEvent.ShopperPresence("i-1", "z", "move", 5, 2 / 3.0).confidence());
    }

    /** A move whose {@code field} is left to fill in ({@code %s}). */
    private static String presenceWith(String field) {
        return "{\"v\":1,\"store\":\"s\",\"gateway\":\"g\",\"seq\":1,\"ts\":1,\"type\":\"shopper.presence\","
                + "\"data\":{\"installId\":\"i-1\",\"zone\":\"z\",\"change\":\"move\",\"dwellMs\":5,\"" + field + "\":%s}}";
    }

    private static RejectReason reject(String topic, String payload) {
        UplinkEnvelope.Decoded decoded = UplinkEnvelope.decode(topic, payload.getBytes(StandardCharsets.UTF_8));
        return assertInstanceOf(UplinkEnvelope.Decoded.Rejected.class, decoded).reason();
    }

    @Test
    void theRegistrySurvivesARoundTrip() {
        StoreRegistry registry = new StoreRegistry("paris-1", Set.of("h-1", "h-2"), Map.of("b-1", "entrance"),
                Map.of("fit-1", "fitting-1"), Set.of("mirror-1"));
        assertEquals(registry, StoreRegistry.fromJson(registry.toJson()));
    }
}
