package io.lien.protocol.device;

import io.lien.protocol.RejectReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class DeviceMessageDecoderTest {

    private static Decoded decode(String topic, String payload) {
        return DeviceMessageDecoder.decode(topic, payload.getBytes(StandardCharsets.UTF_8));
    }

    private static DeviceMessage accepted(String topic, String payload) {
        Decoded decoded = decode(topic, payload);
        return assertInstanceOf(Decoded.Accepted.class, decoded, () -> "rejected: " + decoded).message();
    }

    private static Decoded.Rejected rejected(String topic, String payload) {
        return assertInstanceOf(Decoded.Rejected.class, decode(topic, payload));
    }

    @Test
    void decodesAHangerLiftWithItsIdFromTheTopic() {
        HangerMotion m = (HangerMotion) accepted("dev/hanger/h-001/motion",
                "{\"boot\":123456,\"seq\":7,\"ts\":1700000000000,\"state\":\"lifted\",\"battery\":88}");
        assertEquals(new HangerMotion("h-001", 123456, 7, 1700000000000L, HangerMotion.State.LIFTED, 88), m);
    }

    @Test
    void ignoresUnknownFieldsForForwardCompatibility() {
        HangerButton b = (HangerButton) accepted("dev/hanger/h-1/button",
                "{\"boot\":1,\"seq\":0,\"ts\":5,\"button\":\"like\",\"firmware\":\"2.1\",\"extra\":{\"a\":[1,2]}}");
        assertEquals("like", b.button());
    }

    static Stream<DeviceMessage> everyKindOfMessage() {
        return Stream.of(
                new HangerMotion("h-1", 4_000_000_000L, 1, 2, HangerMotion.State.STILL, 100),
                new HangerButton("h-1", -5, 2, 3, "help"),
                new ReaderTags("fit-1", 9, 3, 4, List.of("h-1", "h-2"), List.of("h-3")),
                new BeaconStatus("b-entrance", 9, 4, 5, 77, -59),
                new AppSightings("inst-42", 5, 6, List.of(new AppSightings.Sighting("b-1", -67))),
                new FixtureTap("mirror-1", 1, 6, 7, "other-size", "h-9", "40"),
                new FixtureTap("mirror-1", 1, 7, 8, "call-advisor", null, null));
    }

    @ParameterizedTest
    @MethodSource("everyKindOfMessage")
    void everyMessageSurvivesARoundTripThroughItsTopicAndJson(DeviceMessage message) {
        assertEquals(message, accepted(message.topic(), message.toJson()));
    }

    static Stream<Arguments> hostileInput() {
        String ok = "{\"boot\":1,\"seq\":1,\"ts\":1,\"state\":\"still\",\"battery\":50}";
        return Stream.of(
                Arguments.of("dev/hanger/h-1/motion", "{\"boot\":1,", RejectReason.MALFORMED_JSON),
                Arguments.of("dev/hanger/h-1/motion", "[1,2,3]", RejectReason.MALFORMED_JSON),
                Arguments.of("dev/hanger/h-1/motion", "", RejectReason.MALFORMED_JSON),
                Arguments.of("dev/hanger/h-1/motion", "{\"a\":" + "[".repeat(40) + "]".repeat(40) + "}", RejectReason.MALFORMED_JSON),
                Arguments.of("dev/hanger/h-1/motion", "{\"boot\":1,\"boot\":2,\"seq\":1,\"ts\":1,\"state\":\"still\",\"battery\":5}", RejectReason.MALFORMED_JSON),
                Arguments.of("dev/hanger/h-1/motion", "{\"seq\":1,\"ts\":1,\"state\":\"still\",\"battery\":50}", RejectReason.MISSING_FIELD),
                Arguments.of("dev/hanger/h-1/motion", ok.replace("50", "101"), RejectReason.OUT_OF_RANGE),
                Arguments.of("dev/hanger/h-1/motion", ok.replace("50", "-1"), RejectReason.OUT_OF_RANGE),
                Arguments.of("dev/hanger/h-1/motion", ok.replace("\"seq\":1", "\"seq\":1.5"), RejectReason.OUT_OF_RANGE),
                Arguments.of("dev/hanger/h-1/motion", ok.replace("\"seq\":1", "\"seq\":-1"), RejectReason.OUT_OF_RANGE),
                Arguments.of("dev/hanger/h-1/motion", ok.replace("\"boot\":1", "\"boot\":99999999999"), RejectReason.OUT_OF_RANGE),
                Arguments.of("dev/hanger/h-1/motion", ok.replace("\"seq\":1", "\"seq\":\"1\""), RejectReason.BAD_VALUE),
                Arguments.of("dev/hanger/h-1/motion", ok.replace("still", "dancing"), RejectReason.BAD_VALUE),
                Arguments.of("dev/hanger/h-1/motion", ok.replace("\"seq\":1", "\"seq\":1" + "0".repeat(60)), RejectReason.MALFORMED_JSON),
                Arguments.of("dev/hanger/h-1/motion", "{\"pad\":\"" + "x".repeat(1100) + "\"}", RejectReason.OVERSIZED),
                Arguments.of("dev/hanger/h 1/motion", ok, RejectReason.BAD_ID),
                Arguments.of("dev/hanger/" + "h".repeat(33) + "/motion", ok, RejectReason.BAD_ID),
                Arguments.of("dev/hanger/h-1/explode", ok, RejectReason.BAD_TOPIC),
                Arguments.of("dev/toaster/t-1/motion", ok, RejectReason.BAD_TOPIC),
                Arguments.of("lien/v1/stores/s/gateways/g/events", ok, RejectReason.BAD_TOPIC),
                Arguments.of("dev/hanger/h-1/display", "{\"lines\":[],\"led\":\"on\"}", RejectReason.BAD_TOPIC),
                Arguments.of("dev/reader/fit-1/tags", "{\"boot\":1,\"seq\":1,\"ts\":1,\"enter\":[\"../../x\"],\"leave\":[]}", RejectReason.BAD_ID),
                Arguments.of("dev/reader/fit-1/tags", "{\"boot\":1,\"seq\":1,\"ts\":1,\"enter\":[1],\"leave\":[]}", RejectReason.BAD_ID),
                Arguments.of("dev/reader/fit-1/tags", "{\"boot\":1,\"seq\":1,\"ts\":1,\"enter\":\"h-1\",\"leave\":[]}", RejectReason.BAD_VALUE),
                Arguments.of("dev/reader/fit-1/tags", tooManyTags(), RejectReason.TOO_MANY_ITEMS),
                Arguments.of("dev/beacon/b-1/status", "{\"boot\":1,\"seq\":1,\"ts\":1,\"battery\":50,\"txPower\":5}", RejectReason.OUT_OF_RANGE),
                Arguments.of("app/inst-1/sightings", "{\"seq\":1,\"ts\":1,\"beacons\":[{\"id\":\"b-1\",\"rssi\":-130}]}", RejectReason.OUT_OF_RANGE),
                Arguments.of("app/inst-1/sightings", "{\"seq\":1,\"ts\":1,\"beacons\":[\"b-1\"]}", RejectReason.BAD_VALUE),
                Arguments.of("dev/fixture/m-1/tap", "{\"boot\":1,\"seq\":1,\"ts\":1,\"action\":\"buy-now\"}", RejectReason.BAD_VALUE),
                Arguments.of("dev/fixture/m-1/tap", "{\"boot\":1,\"seq\":1,\"ts\":1,\"action\":\"other-size\",\"size\":\" \"}", RejectReason.BAD_VALUE),
                Arguments.of("dev/fixture/m-1/tap", "{\"boot\":1,\"seq\":1,\"ts\":1,\"action\":\"like\",\"hangerId\":\"<script>\"}", RejectReason.BAD_ID));
    }

    private static String tooManyTags() {
        StringBuilder ids = new StringBuilder();
        for (int i = 0; i < 201; i++) {
            ids.append(i == 0 ? "" : ",").append('"').append((char) ('a' + i % 26)).append('"');
        }
        return "{\"boot\":1,\"seq\":1,\"ts\":1,\"enter\":[" + ids + "],\"leave\":[]}";
    }

    @ParameterizedTest
    @MethodSource("hostileInput")
    void hostileInputIsRejectedWithAReason(String topic, String payload, RejectReason reason) {
        Decoded.Rejected rejected = rejected(topic, payload);
        assertEquals(reason, rejected.reason(), rejected.detail());
    }

    @Test
    void aRejectionNamesTheDeviceWhenTheTopicIsUsable() {
        assertEquals("h-1", rejected("dev/hanger/h-1/motion", "nope").deviceId());
        assertEquals(null, rejected("dev/nothing", "{}").deviceId());
    }

    @Test
    void invalidUtf8IsRejectedAsMalformed() {
        Decoded d = DeviceMessageDecoder.decode("dev/hanger/h-1/button", new byte[]{'{', (byte) 0xC3, (byte) 0x28, '}'});
        assertEquals(RejectReason.MALFORMED_JSON, assertInstanceOf(Decoded.Rejected.class, d).reason());
    }

    @Test
    void aNullPayloadIsRejectedNotThrown() {
        assertInstanceOf(Decoded.Rejected.class, DeviceMessageDecoder.decode("dev/hanger/h-1/button", null));
        assertInstanceOf(Decoded.Rejected.class, DeviceMessageDecoder.decode(null, new byte[0]));
    }
}
