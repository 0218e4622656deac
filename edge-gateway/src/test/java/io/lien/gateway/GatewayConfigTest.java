package io.lien.gateway;

import io.lien.broker.TestKeys;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GatewayConfigTest {

    private static Path properties(String extra) throws Exception {
        Path dir = Files.createTempDirectory("gateway-config");
        Path file = dir.resolve("gateway.properties");
        Files.writeString(file, "store.id=paris-1\ngateway.id=gw-1\n" + extra);
        return file;
    }

    @Test
    void theStoreBrokersTlsListenerIsReadWithItsKeyStoreBesideTheFile() throws Exception {
        Path file = properties("lan.tls-port=8883\nlan.tls-key-store=keys.p12\nlan.tls-key-store-password=" + TestKeys.PASSWORD + "\n");
        Files.copy(TestKeys.localhost(), file.getParent().resolve("keys.p12"));
        GatewayConfig config = GatewayConfig.load(file);
        assertEquals(8883, config.lanBroker().tls().port());
        assertEquals("0.0.0.0", config.lanBroker().tls().bindAddress());
        assertEquals(file.getParent().resolve("keys.p12"), config.lanBroker().tls().keyStore());
    }

    @Test
    void withoutATlsPortThereIsNoTlsListenerAndWithoutAKeyStoreTheErrorSaysWhichSetting() throws Exception {
        assertNull(GatewayConfig.load(properties("")).lanBroker().tls());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GatewayConfig.load(properties("lan.tls-port=8883\n")));
        assertTrue(e.getMessage().contains("lan.tls-key-store"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> GatewayConfig.load(properties("lan.tls-port=8883\nlan.tls-key-store=missing.p12\n")));
        assertTrue(e.getMessage().contains("cannot read"), e.getMessage());
    }

    @Test
    void theFilterUsesTheExponentItLearnsUnlessTheFileSaysNot() throws Exception {
        assertTrue(GatewayConfig.load(properties("")).presence().learnPathLoss());
        assertEquals(false, GatewayConfig.load(properties("presence.learn-path-loss=false\n")).presence().learnPathLoss());
        assertEquals(2.6, GatewayConfig.load(properties("presence.path-loss-exponent=2.6\n")).presence().pathLossExponent(), 1e-9);
    }
}
