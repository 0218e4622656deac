package io.lien.protocol.uplink;

import io.lien.protocol.HostileInputs;
import net.jqwik.api.ForAll;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UplinkSignatureTest {

    private static final String TOPIC = "lien/v1/stores/demo/gateways/gw-1/events";
    private static final byte[] PAYLOAD = "{\"v\":1}".getBytes(StandardCharsets.UTF_8);
    private final byte[] key = UplinkSignature.signingKey("demo-secret-123");

    @Test
    void theKeyAndSignatureMatchAVectorWrittenWithPythonsHmac() {
        // python3: k = hmac.new(b'demo-secret-123', b'lien uplink signing key v1\n', sha256).digest();
        //          hmac.new(k, topic + b'\n' + payload, sha256), both base64url without padding
        assertEquals("lXn0wz393p_M4xzACIyB_dxD03NDo12WVEjx_jlmi00", UplinkSignature.keyText(key));
        assertEquals("v1=P9uxL2M8bkyAhzo4rzZ3Szxh15SlwSdo9nZgspWMRUU", UplinkSignature.sign(key, TOPIC, PAYLOAD));
    }

    @Test
    void aMessageSignedWithItsGatewaysKeyIsAccepted() {
        assertEquals(Optional.empty(), UplinkSignature.refusal(key, TOPIC, PAYLOAD, UplinkSignature.sign(key, TOPIC, PAYLOAD)));
        byte[] stored = UplinkSignature.keyOf(UplinkSignature.keyText(key));
        assertEquals(Optional.empty(), UplinkSignature.refusal(stored, TOPIC, PAYLOAD, UplinkSignature.sign(key, TOPIC, PAYLOAD)));
    }

    @Test
    void anotherKeyAnotherTopicOrAnotherPayloadDoNotMatch() {
        String signature = UplinkSignature.sign(key, TOPIC, PAYLOAD);
        byte[] other = UplinkSignature.signingKey("someone-else's-secret");
        assertEquals(Optional.of("signature does not match"), UplinkSignature.refusal(other, TOPIC, PAYLOAD, signature));
        assertEquals(Optional.of("signature does not match"),
                UplinkSignature.refusal(key, "lien/v1/stores/demo/gateways/gw-2/events", PAYLOAD, signature));
        assertEquals(Optional.of("signature does not match"),
                UplinkSignature.refusal(key, TOPIC, "{\"v\":2}".getBytes(StandardCharsets.UTF_8), signature));
    }

    @Test
    void noSignatureOrOneInAnUnknownFormIsRefusedWithItsReason() {
        assertEquals(Optional.of("unsigned"), UplinkSignature.refusal(key, TOPIC, PAYLOAD, null));
        assertEquals(Optional.of("unsigned"), UplinkSignature.refusal(key, TOPIC, PAYLOAD, ""));
        assertEquals(Optional.of("signature in an unknown form"), UplinkSignature.refusal(key, TOPIC, PAYLOAD, "v2=abc"));
        assertEquals(Optional.of("signature in an unknown form"), UplinkSignature.refusal(key, TOPIC, PAYLOAD, "v1=%%%"));
        assertEquals(Optional.of("signature in an unknown form"), UplinkSignature.refusal(key, TOPIC, PAYLOAD, "v1=" + "A".repeat(5000)));
    }

    @Provide
    Arbitrary<String> hostile() {
        return HostileInputs.text();
    }

    @Property(tries = 2_000)
    void aHostileSignatureIsRefusedNeverThrown(@ForAll("hostile") String signature) {
        Optional<String> refusal = UplinkSignature.refusal(key, TOPIC, PAYLOAD, signature);
        assertTrue(refusal.isPresent(), signature);
    }
}
