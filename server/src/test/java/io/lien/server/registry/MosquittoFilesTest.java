package io.lien.server.registry;

import io.lien.protocol.uplink.GatewayIdentity;
import io.lien.server.registry.model.MosquittoPasswordHash;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MosquittoFilesTest {

    private final List<MosquittoFiles.Entry> gateways = List.of(
            new MosquittoFiles.Entry(new GatewayIdentity("demo", "gw-1"), MosquittoPasswordHash.of("demo-secret-0123456").text()),
            new MosquittoFiles.Entry(new GatewayIdentity("lyon", "gw-1"), MosquittoPasswordHash.of("lyon-secret-0123456").text()));

    @Test
    void eachGatewayWritesItsOwnBranchAndReadsItsOwnStoreOnly() {
        String acl = MosquittoFiles.acl("lien-server", gateways);
        assertTrue(acl.contains("user lien-server\ntopic readwrite lien/#\n"), acl);
        assertTrue(acl.contains("""
                user gw-1@demo
                topic write lien/v1/stores/demo/gateways/gw-1/#
                topic read lien/v1/stores/demo/registry
                topic read lien/v1/stores/demo/displays/+
                """), acl);
        assertTrue(acl.contains("user gw-1@lyon\ntopic write lien/v1/stores/lyon/gateways/gw-1/#\n"), acl);
        assertFalse(acl.contains("pattern"), "no pattern that would open a topic to every user");
    }

    @Test
    void thePasswordFileHoldsHashesOnlyOneLinePerIdentity() {
        String file = MosquittoFiles.passwords("lien-server", MosquittoPasswordHash.of("server-password-0123"), gateways);
        List<String> lines = file.lines().toList();
        assertEquals(3, lines.size());
        assertTrue(lines.get(0).startsWith("lien-server:$7$101$"));
        assertTrue(lines.get(1).startsWith("gw-1@demo:$7$") && lines.get(2).startsWith("gw-1@lyon:$7$"));
        assertFalse(file.contains("demo-secret") || file.contains("server-password"));
    }

    @Test
    void theConfigurationShutsAnonymousClientsOutAndForcesClientIds() {
        String conf = MosquittoFiles.conf(java.nio.file.Path.of("/etc/mosquitto/lien"));
        assertTrue(conf.contains("allow_anonymous false"));
        assertTrue(conf.contains("use_username_as_clientid true"));
        assertTrue(conf.contains("password_file /etc/mosquitto/lien/lien-passwords"));
        assertTrue(conf.contains("acl_file /etc/mosquitto/lien/lien-acl"));
    }
}
