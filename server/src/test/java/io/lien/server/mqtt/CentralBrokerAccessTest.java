package io.lien.server.mqtt;

import io.lien.protocol.uplink.GatewayIdentity;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class CentralBrokerAccessTest {

    private static final GatewayIdentity GW = new GatewayIdentity("demo", "gw-1");

    private final CentralBrokerAccess access = new CentralBrokerAccess("lien-server", "lien-server", "server-password-0123",
            "process-secret".getBytes(StandardCharsets.UTF_8), (gateway, password) -> gateway.equals(GW) && new String(password, StandardCharsets.UTF_8).equals("gw-secret"));

    private CentralBrokerAccess.Login login(String clientId, String user, String password) {
        return access.login(clientId, Optional.ofNullable(user), Optional.ofNullable(password).map(p -> p.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aGatewayWithItsSecretUnderItsOwnNameIsLetIn() {
        assertEquals(new CentralBrokerAccess.Gateway(GW), login("gw-1@demo", "gw-1@demo", "gw-secret"));
    }

    @Test
    void everythingElseIsRefusedWithItsReason() {
        assertEquals(new CentralBrokerAccess.Refused("anonymous"), login("x", null, null));
        assertEquals(new CentralBrokerAccess.Refused("anonymous"), login("gw-1@demo", "gw-1@demo", null));
        assertEquals(new CentralBrokerAccess.Refused("bad-credentials"), login("gw-1@demo", "gw-1@demo", "guess"));
        assertEquals(new CentralBrokerAccess.Refused("wrong-client-id"), login("gw-2@demo", "gw-1@demo", "gw-secret"));
        assertEquals(new CentralBrokerAccess.Refused("not-a-gateway"), login("h-001", "h-001", "lien-demo-h-001"));
        assertEquals(new CentralBrokerAccess.Refused("bad-credentials"), login("lien-server", "lien-server", "server-password-XXXX"));
        assertEquals(new CentralBrokerAccess.Refused("bad-credentials"), login("lien-server", "gw-1@demo", "gw-secret"));
        assertEquals(new CentralBrokerAccess.Refused("bad-credentials"), login("other", "lien-server", "server-password-0123"));
    }

    @Test
    void theServersOwnDownlinkSignsInWithTheProcessSecretUnderItsOwnIdOnly() {
        assertInstanceOf(CentralBrokerAccess.Server.class, login("lien-server-downlink", "lien-server", "process-secret"));
        assertEquals(new CentralBrokerAccess.Refused("bad-credentials"), login("lien-server", "lien-server", "process-secret"));
        assertEquals(new CentralBrokerAccess.Refused("bad-credentials"), login("lien-server-downlink", "lien-server", "server-password-0123"));
        assertEquals(new CentralBrokerAccess.Refused("bad-credentials"), login("lien-server-downlink", "gw-1@demo", "gw-secret"));
    }

    @Test
    void theServersIdentityNeedsItsConfiguredPasswordAndWithoutOneNobodyHasIt() {
        assertInstanceOf(CentralBrokerAccess.Server.class, login("lien-server", "lien-server", "server-password-0123"));
        CentralBrokerAccess none = new CentralBrokerAccess("lien-server", "lien-server", null, new byte[]{1}, (g, p) -> true);
        assertEquals(new CentralBrokerAccess.Refused("bad-credentials"),
                none.login("lien-server", Optional.of("lien-server"), Optional.of(new byte[0])));
    }
}
