package io.lien.protocol.uplink;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeviceCredentialTest {

    @Test
    void theRightSecretMatchesAndAnyOtherDoesNot() {
        String secret = DeviceCredential.newSecret();
        DeviceCredential credential = DeviceCredential.of(secret);
        assertTrue(credential.matches(secret.getBytes(StandardCharsets.UTF_8)));
        assertFalse(credential.matches((secret + "x").getBytes(StandardCharsets.UTF_8)));
        assertFalse(credential.matches(new byte[0]));
    }

    @Test
    void theSameSecretHashesDifferentlyEachTimeAndNeverAppearsInTheText() {
        String secret = DeviceCredential.newSecret();
        assertNotEquals(DeviceCredential.of(secret), DeviceCredential.of(secret));
        assertFalse(DeviceCredential.of(secret).text().contains(secret));
        assertEquals(22, secret.length());
    }

    @Test
    void aMalformedCredentialIsRefusedWithAReason() {
        for (String bad : new String[]{"", "plain-password", "s1:abc:def", "s2:AAAAAAAAAAAAAAAAAAAAAA:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", null}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new DeviceCredential(bad));
            assertTrue(e.getMessage().contains("s1:"));
        }
    }

    @Test
    void aRegistryWithPositionsAndCredentialsSurvivesARoundTrip() {
        StoreRegistry registry = new StoreRegistry("paris-1", Set.of("h-1"), Map.of("b-1", "entrance"), Map.of(), Set.of())
                .withBeaconPositions(Map.of("b-1", new StoreRegistry.Point(1.5, -2)))
                .withCredentials(Map.of("h-1", DeviceCredential.of("s3cret")));
        StoreRegistry back = StoreRegistry.fromJson(registry.toJson());
        assertEquals(registry, back);
        assertTrue(back.credentials().get("h-1").matches("s3cret".getBytes(StandardCharsets.UTF_8)));
        assertEquals("hanger", back.kindOf("h-1"));
        assertEquals("beacon", back.kindOf("b-1"));
    }
}
