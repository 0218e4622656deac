package io.lien.gateway.lan;

import io.lien.protocol.RejectReason;
import io.lien.protocol.uplink.DeviceCredential;
import io.lien.protocol.uplink.StoreRegistry;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import static io.lien.gateway.lan.DeviceAccess.Role.APP;
import static io.lien.gateway.lan.DeviceAccess.Role.DEVICE;
import static io.lien.gateway.lan.DeviceAccess.Role.GATEWAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class DeviceAccessTest {

    private static final StoreRegistry REGISTRY = new StoreRegistry("s", Set.of("h-1"), Map.of("b-1", "coats"),
            Map.of("r-1", "fitting-1"), Set.of("mirror-1"))
            .withCredentials(Map.of("h-1", DeviceCredential.of("pw-h"), "b-1", DeviceCredential.of("pw-b"),
                    "r-1", DeviceCredential.of("pw-r"), "mirror-1", DeviceCredential.of("pw-m")));
    private final DeviceAccess access = new DeviceAccess(REGISTRY, "gw-secret");

    @Test
    void eachKindOfDevicePublishesOnlyOnItsOwnUplinkTopics() {
        assertAllowed(access.publish("h-1", DEVICE, "dev/hanger/h-1/motion"));
        assertAllowed(access.publish("h-1", DEVICE, "dev/hanger/h-1/button"));
        assertAllowed(access.publish("b-1", DEVICE, "dev/beacon/b-1/status"));
        assertAllowed(access.publish("r-1", DEVICE, "dev/reader/r-1/tags"));
        assertAllowed(access.publish("mirror-1", DEVICE, "dev/fixture/mirror-1/tap"));
        assertRefused(RejectReason.SPOOFED, access.publish("h-1", DEVICE, "dev/hanger/h-2/motion"));
        assertRefused(RejectReason.SPOOFED, access.publish("h-1", DEVICE, "dev/hanger/h-1/display"));
        assertRefused(RejectReason.SPOOFED, access.publish("r-1", DEVICE, "dev/hanger/r-1/button"));
        assertRefused(RejectReason.SPOOFED, access.publish("h-1", DEVICE, "app/h-1/sightings"));
        assertRefused(RejectReason.BAD_TOPIC, access.publish("h-1", DEVICE, "dev/hanger/h-1/motion/extra"));
        assertRefused(RejectReason.BAD_ID, access.publish("h-1", DEVICE, "dev/hanger/h 1/motion"));
    }

    @Test
    void aDeviceRemovedFromTheRegistryMayNoLongerPublishOnItsOldConnection() {
        assertAllowed(access.publish("h-1", DEVICE, "dev/hanger/h-1/motion"));
        access.update(StoreRegistry.empty("s"));
        assertRefused(RejectReason.UNKNOWN_DEVICE, access.publish("h-1", DEVICE, "dev/hanger/h-1/motion"));
        assertRefused(RejectReason.UNKNOWN_DEVICE, access.connect("h-1", "h-1", bytes("pw-h")));
    }

    @Test
    void aRotatedPasswordReplacesTheOldOneAtOnce() {
        assertEquals(new DeviceAccess.Allowed(DEVICE), access.connect("h-1", null, bytes("pw-h")));
        access.update(REGISTRY.withCredentials(Map.of("h-1", DeviceCredential.of("pw-h2"))));
        assertRefused(RejectReason.BAD_CREDENTIALS, access.connect("h-1", null, bytes("pw-h")));
        assertEquals(new DeviceAccess.Allowed(DEVICE), access.connect("h-1", "h-1", bytes("pw-h2")));
    }

    @Test
    void hostileClientIdsAreRefusedBeforeAnyLookup() {
        assertRefused(RejectReason.BAD_ID, access.connect("", null, null));
        assertRefused(RejectReason.BAD_ID, access.connect("a/b", null, null));
        assertRefused(RejectReason.BAD_ID, access.connect("x".repeat(33), DeviceAccess.APP_USER, null));
        assertRefused(RejectReason.BAD_ID, access.connect("h-1\u0000", null, bytes("pw-h")));
    }

    @Test
    void devicesSubscribeOnlyToTheirOwnDisplayAndAppsToNothing() {
        assertAllowed(access.subscribe("h-1", DEVICE, "dev/hanger/h-1/display"));
        assertAllowed(access.subscribe("mirror-1", DEVICE, "dev/fixture/mirror-1/display"));
        assertRefused(RejectReason.SPOOFED, access.subscribe("h-1", DEVICE, "dev/hanger/+/display"));
        assertRefused(RejectReason.SPOOFED, access.subscribe("h-1", DEVICE, "#"));
        assertRefused(RejectReason.SPOOFED, access.subscribe("inst-1", APP, "app/inst-1/sightings"));
        assertAllowed(access.subscribe("lien-gw", GATEWAY, "dev/+/+/+"));
    }

    @Test
    void theGatewayNeedsItsSecret() {
        assertEquals(new DeviceAccess.Allowed(GATEWAY), access.connect("lien-gw", DeviceAccess.GATEWAY_USER, bytes("gw-secret")));
        assertRefused(RejectReason.BAD_CREDENTIALS, access.connect("lien-gw", DeviceAccess.GATEWAY_USER, bytes("gw-secreT")));
        assertRefused(RejectReason.BAD_CREDENTIALS, access.connect("lien-gw", DeviceAccess.GATEWAY_USER, null));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static void assertAllowed(DeviceAccess.Decision decision) {
        assertInstanceOf(DeviceAccess.Allowed.class, decision);
    }

    private static void assertRefused(RejectReason reason, DeviceAccess.Decision decision) {
        assertEquals(reason, assertInstanceOf(DeviceAccess.Refused.class, decision).reason());
    }
}
