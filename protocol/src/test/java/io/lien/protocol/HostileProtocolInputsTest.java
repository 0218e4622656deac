package io.lien.protocol;

import io.lien.protocol.device.Decoded;
import io.lien.protocol.device.DeviceMessageDecoder;
import io.lien.protocol.uplink.UplinkEnvelope;
import io.lien.protocol.uplink.UplinkMessage;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tens of thousands of hostile device payloads and uplink messages (HostileInputs), on every topic of the
 * device protocol and of the uplink, valid or not: decoding never throws, and every refusal carries its
 * reason. The gateway and the server decode with exactly this code. Figures: docs/benchmarks.md.
 */
class HostileProtocolInputsTest {

    private static final AtomicLong TRIED = new AtomicLong();
    private static final AtomicLong REFUSED = new AtomicLong();

    @Provide
    Arbitrary<String> deviceTopics() {
        Arbitrary<String> id = Arbitraries.oneOf(Arbitraries.of("h-001", "b-coats", "r-fit-1", "mirror-1", "inst-1"),
                Arbitraries.strings().ofMaxLength(40));
        return Arbitraries.oneOf(
                id.map(i -> "dev/hanger/" + i + "/motion"), id.map(i -> "dev/hanger/" + i + "/button"),
                id.map(i -> "dev/reader/" + i + "/tags"), id.map(i -> "dev/beacon/" + i + "/status"),
                id.map(i -> "app/" + i + "/sightings"), id.map(i -> "dev/fixture/" + i + "/tap"),
                id.map(i -> "dev/hanger/" + i + "/display"), Arbitraries.strings().ofMaxLength(80));
    }

    @Provide
    Arbitrary<byte[]> payloads() {
        return HostileInputs.bytes();
    }

    @Property
    void aDevicePayloadIsAcceptedOrRefusedWithAReasonNeverAnException(@ForAll("deviceTopics") String topic,
                                                                        @ForAll("payloads") byte[] payload) {
        Decoded decoded = DeviceMessageDecoder.decode(topic, payload);
        TRIED.incrementAndGet();
        assertNotNull(decoded);
        if (decoded instanceof Decoded.Rejected r) {
            REFUSED.incrementAndGet();
            assertNotNull(r.reason(), "a refusal has a reason");
            assertTrue(r.detail() != null && !r.detail().isBlank(), "and says why");
        }
    }

    @Provide
    Arbitrary<String> uplinkTopics() {
        return Arbitraries.oneOf(Arbitraries.of("lien/v1/stores/demo/gateways/gw-1/events", "lien/v1/stores/demo/registry",
                "lien/v1/stores/+/gateways/+/events", "lien/v1/stores/" + "x".repeat(40) + "/gateways/gw/events"),
                Arbitraries.strings().ofMaxLength(80));
    }

    @Provide
    Arbitrary<byte[]> uplinkPayloads() {
        Arbitrary<String> envelope = HostileInputs.object(1);
        Arbitrary<String> batch = envelope.list().ofMaxSize(120).map(l -> "{\"v\":1,\"events\":[" + String.join(",", l) + "]}");
        return Arbitraries.oneOf(HostileInputs.bytes(), batch.map(s -> s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Property
    void anUplinkMessageIsSplitIntoPartsEachAcceptedOrRefusedWithAReason(@ForAll("uplinkTopics") String topic,
                                                                         @ForAll("uplinkPayloads") byte[] payload) {
        List<UplinkMessage.Part> parts;
        try {
            parts = UplinkMessage.decode(topic, payload);
        } catch (ProtocolViolation refused) {
            // a topic that is not an events topic is refused as a whole, with its reason
            TRIED.incrementAndGet();
            REFUSED.incrementAndGet();
            assertNotNull(refused.reason());
            return;
        }
        TRIED.incrementAndGet();
        assertTrue(!parts.isEmpty(), "even garbage is one part, refused");
        for (UplinkMessage.Part part : parts) {
            if (part.decoded() instanceof UplinkEnvelope.Decoded.Rejected r) {
                REFUSED.incrementAndGet();
                assertNotNull(r.reason());
                assertTrue(r.detail() != null && !r.detail().isBlank());
            }
        }
    }

    @AfterContainer
    static void figures() {
        System.out.printf("hostile protocol inputs: %,d tried, %,d refused with a reason, 0 exceptions%n", TRIED.get(), REFUSED.get());
    }
}
