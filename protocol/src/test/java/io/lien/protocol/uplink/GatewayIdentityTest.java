package io.lien.protocol.uplink;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GatewayIdentityTest {

    private final GatewayIdentity gw = new GatewayIdentity("paris-1", "gw-1");

    @Test
    void aGatewaysNameIsItsIdAtItsStoreAndReadsBack() {
        assertEquals("gw-1@paris-1", gw.name());
        assertEquals(gw, GatewayIdentity.parse("gw-1@paris-1").orElseThrow());
    }

    @Test
    void namesThatAreNotAGatewaysAreNotParsed() {
        for (String name : new String[]{null, "", "lien-server", "@paris", "gw@", "a@b@c", "gw 1@paris", "gw/1@paris",
                "x".repeat(33) + "@paris", "gw+@paris", "gw#@paris"}) {
            assertTrue(GatewayIdentity.parse(name).isEmpty(), name);
        }
    }

    @Test
    void itPublishesItsOwnEventsAndNothingElse() {
        assertTrue(gw.mayPublish(UplinkTopics.events("paris-1", "gw-1")));
        assertFalse(gw.mayPublish(UplinkTopics.events("paris-1", "gw-2")), "another gateway of its store");
        assertFalse(gw.mayPublish(UplinkTopics.events("lyon", "gw-1")), "its own id in another store");
        assertFalse(gw.mayPublish(UplinkTopics.registry("paris-1")), "its store's registry");
        assertFalse(gw.mayPublish(UplinkTopics.display("paris-1", "h-1")), "a display");
        assertFalse(gw.mayPublish("lien/v1/stores/paris-1/gateways/gw-1/"), "an empty branch");
        assertFalse(gw.mayPublish("lien/v1/stores/paris-1/gateways/gw-10/events"), "a longer id sharing its prefix");
        assertFalse(gw.mayPublish("dev/hanger/h-1/motion"), "a device topic");
    }

    @Test
    void itSubscribesToItsStoresRegistryAndDisplaysOnly() {
        assertTrue(gw.maySubscribe(UplinkTopics.registry("paris-1")));
        assertTrue(gw.maySubscribe(UplinkTopics.displays("paris-1")));
        assertTrue(gw.maySubscribe(UplinkTopics.display("paris-1", "h-1")));
        for (String filter : new String[]{"#", "lien/#", "lien/v1/stores/+/registry", UplinkTopics.registry("lyon"),
                UplinkTopics.displays("lyon"), UplinkTopics.events("paris-1", "gw-2"), "lien/v1/stores/paris-1/#",
                "$share/g/" + UplinkTopics.registry("paris-1"), "lien/v1/stores/paris-1/displays/#", null}) {
            assertFalse(gw.maySubscribe(filter), String.valueOf(filter));
        }
    }
}
