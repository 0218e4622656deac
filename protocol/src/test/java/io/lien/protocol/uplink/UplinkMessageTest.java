package io.lien.protocol.uplink;

import io.lien.protocol.RejectReason;
import io.lien.protocol.json.Json;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UplinkMessageTest {

    private static final String TOPIC = UplinkTopics.events("paris-1", "gw-1");

    private static UplinkEnvelope lift(long seq) {
        return UplinkEnvelope.of("paris-1", "gw-1", seq, 1_700_000_000_000L + seq, new UplinkEvent.HangerLifted("h-" + seq, 80));
    }

    private static List<byte[]> lifts(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> lift(i).toBytes()).toList();
    }

    private static UplinkEnvelope accepted(UplinkMessage.Part part) {
        return assertInstanceOf(UplinkEnvelope.Decoded.Accepted.class, part.decoded()).envelope();
    }

    private static UplinkEnvelope.Decoded.Rejected refused(UplinkMessage.Part part) {
        return assertInstanceOf(UplinkEnvelope.Decoded.Rejected.class, part.decoded());
    }

    private static List<UplinkMessage.Part> decode(String payload) {
        return UplinkMessage.decode(TOPIC, payload.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aBatchDecodesIntoItsEnvelopesInOrderWithTheirOwnJson() {
        List<UplinkMessage.Part> parts = UplinkMessage.decode(TOPIC, UplinkMessage.of("paris-1", "gw-1", lifts(3)));
        assertEquals(3, parts.size());
        for (int i = 0; i < 3; i++) {
            assertEquals(lift(i + 1), accepted(parts.get(i)));
            assertEquals(Json.parse(lift(i + 1).toJson()), Json.parse(parts.get(i).json()));
        }
    }

    @Test
    void oneEnvelopeTravelsAsItIsAndDecodesAsOnePart() {
        byte[] single = UplinkMessage.of("paris-1", "gw-1", lifts(1));
        assertArrayEquals(lift(1).toBytes(), single);
        List<UplinkMessage.Part> parts = UplinkMessage.decode(TOPIC, single);
        assertEquals(lift(1), accepted(parts.get(0)));
        assertEquals(lift(1).toJson(), parts.get(0).json());
    }

    @Test
    void aBadEventInABatchIsRefusedAloneWithItsPosition() {
        String good = lift(1).toJson();
        String unknownType = good.replace("hanger.lifted", "hanger.exploded");
        String otherGateway = lift(3).toJson().replace("\"gw-1\"", "\"gw-9\"");
        List<UplinkMessage.Part> parts = decode("{\"v\":1,\"store\":\"paris-1\",\"gateway\":\"gw-1\",\"events\":["
                + good + "," + unknownType + ",42," + otherGateway + "]}");
        assertEquals(4, parts.size());
        assertEquals(lift(1), accepted(parts.get(0)));
        assertEquals(RejectReason.BAD_VALUE, refused(parts.get(1)).reason());
        assertTrue(parts.get(1).json().contains("hanger.exploded"));
        assertEquals(RejectReason.MALFORMED_JSON, refused(parts.get(2)).reason());
        assertTrue(refused(parts.get(2)).detail().contains("event 2"), refused(parts.get(2)).detail());
        assertEquals(RejectReason.SPOOFED, refused(parts.get(3)).reason());
    }

    @Test
    void aBatchNamingAnotherGatewayThanItsTopicIsRefusedWhole() {
        byte[] batch = UplinkMessage.of("paris-1", "gw-1", lifts(2));
        List<UplinkMessage.Part> parts = UplinkMessage.decode(UplinkTopics.events("paris-1", "gw-2"), batch);
        assertEquals(1, parts.size());
        assertEquals(RejectReason.SPOOFED, refused(parts.get(0)).reason());
    }

    @Test
    void hostileBatchesAreRefusedWithTheirReason() {
        String head = "{\"v\":1,\"store\":\"paris-1\",\"gateway\":\"gw-1\",";
        assertEquals(RejectReason.BAD_VALUE, refused(decode(head + "\"events\":[]}").get(0)).reason());
        assertEquals(RejectReason.BAD_VALUE, refused(decode(head + "\"events\":{\"a\":1}}").get(0)).reason());
        assertEquals(RejectReason.BAD_VALUE, refused(decode(head.replace("\"v\":1", "\"v\":7") + "\"events\":[{}]}").get(0)).reason());
        assertEquals(RejectReason.MISSING_FIELD, refused(decode("{\"v\":1,\"gateway\":\"gw-1\",\"events\":[{}]}").get(0)).reason());
        String tooMany = String.join(",", java.util.Collections.nCopies(UplinkMessage.MAX_EVENTS + 1, lift(1).toJson()));
        assertEquals(RejectReason.TOO_MANY_ITEMS, refused(decode(head + "\"events\":[" + tooMany + "]}").get(0)).reason());
        String bigEvent = lift(1).toJson().replace("\"h-1\"", "\"h-1\",\"pad\":\"" + "x".repeat(5_000) + "\"");
        assertEquals(RejectReason.OVERSIZED, refused(decode(head + "\"events\":[" + bigEvent + "]}").get(0)).reason());
        assertEquals(RejectReason.OVERSIZED, refused(UplinkMessage.decode(TOPIC, new byte[UplinkMessage.MAX_BYTES + 1]).get(0)).reason());
        assertEquals(RejectReason.MALFORMED_JSON, refused(decode(head + "\"events\":[").get(0)).reason());
        assertEquals(RejectReason.BAD_TOPIC, refused(UplinkMessage.decode("lien/v1/stores/s/other", new byte[2]).get(0)).reason());
    }

    @Test
    void aSingleEnvelopeLargerThanAnEventIsOversizedEvenThoughABatchMayBeLarger() {
        String big = lift(1).toJson().replace("\"h-1\"", "\"h-1\",\"pad\":\"" + "x".repeat(5_000) + "\"");
        assertEquals(RejectReason.OVERSIZED, refused(decode(big).get(0)).reason());
    }

    @Test
    void aFullBatchOfTheLargestEventsFitsTheLimit() {
        List<byte[]> largest = new ArrayList<>();
        for (int i = 0; i < UplinkMessage.MAX_EVENTS; i++) {
            largest.add(new byte[UplinkEnvelope.MAX_BYTES]);
        }
        assertTrue(UplinkMessage.of("paris-1", "gw-1", largest).length <= UplinkMessage.MAX_BYTES);
        assertThrows(IllegalArgumentException.class, () -> UplinkMessage.of("paris-1", "gw-1", List.of()));
    }
}
