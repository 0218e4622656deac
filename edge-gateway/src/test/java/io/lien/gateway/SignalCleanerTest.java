package io.lien.gateway;

import io.lien.gateway.cleaning.PresenceTracker;
import io.lien.protocol.RejectReason;
import io.lien.protocol.device.FixtureTap;
import io.lien.protocol.device.HangerMotion;
import io.lien.protocol.device.ReaderTags;
import io.lien.protocol.uplink.StoreRegistry;
import io.lien.protocol.uplink.UplinkEvent;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignalCleanerTest {

    private final GatewayMetrics metrics = new GatewayMetrics();
    private final SignalCleaner cleaner = new SignalCleaner(new StoreRegistry("demo", Set.of("h-1", "h-2"),
            Map.of("b-1", "coats"), Map.of("r-fit-1", "fitting-1"), Set.of("mirror-1")),
            PresenceTracker.Settings.defaults(), metrics);

    private List<UplinkEvent> send(String topic, String json) {
        return cleaner.accept(topic, json.getBytes(StandardCharsets.UTF_8), 0);
    }

    @Test
    void aLiftBecomesOneCleanEvent() {
        HangerMotion lift = new HangerMotion("h-1", 3, 0, 10, HangerMotion.State.LIFTED, 70);
        assertEquals(List.of(new UplinkEvent.HangerLifted("h-1", 70)), send(lift.topic(), lift.toJson()));
        assertEquals(1, metrics.acceptedCount());
    }

    @Test
    void aDuplicateIsDroppedAndCounted() {
        HangerMotion lift = new HangerMotion("h-1", 3, 0, 10, HangerMotion.State.LIFTED, 70);
        send(lift.topic(), lift.toJson());
        assertTrue(send(lift.topic(), lift.toJson()).isEmpty());
        assertEquals(1, metrics.duplicateCount());
    }

    @Test
    void malformedAndUnknownDevicesAreRejectedPerDeviceAndReason() {
        assertTrue(send("dev/hanger/h-1/motion", "{oops").isEmpty());
        FixtureTap stranger = new FixtureTap("mirror-9", 1, 0, 1, "like", null, null);
        assertTrue(send(stranger.topic(), stranger.toJson()).isEmpty());
        assertEquals(1, metrics.rejectedCount(RejectReason.MALFORMED_JSON));
        assertEquals(1, metrics.rejectedCount(RejectReason.UNKNOWN_DEVICE));
        assertEquals(1, metrics.rejectedCount("mirror-9"));
        assertEquals(2, metrics.receivedCount());
    }

    @Test
    void aReaderListBecomesZoneChangesInItsZone() {
        ReaderTags tags = new ReaderTags("r-fit-1", 1, 0, 1, List.of("h-1"), List.of("h-2"));
        assertEquals(List.of(new UplinkEvent.HangerZoneChanged("h-2", "r-fit-1", "fitting-1", "leave"),
                new UplinkEvent.HangerZoneChanged("h-1", "r-fit-1", "fitting-1", "enter")), send(tags.topic(), tags.toJson()));
    }

    @Test
    void aLowBatteryOnALiftIsReportedAsDeviceStatus() {
        HangerMotion lift = new HangerMotion("h-2", 3, 0, 10, HangerMotion.State.LIFTED, 9);
        assertEquals(List.of(new UplinkEvent.HangerLifted("h-2", 9), new UplinkEvent.DeviceStatus("h-2", "hanger", 9)),
                send(lift.topic(), lift.toJson()));
    }

    @Test
    void aFloodingDeviceIsCutOffWithoutCostingTheOthersAnything() {
        for (int i = 0; i < 1_000; i++) {
            HangerMotion m = new HangerMotion("h-1", 3, i, 10, i % 2 == 0 ? HangerMotion.State.LIFTED : HangerMotion.State.STILL, 70);
            cleaner.accept(m.topic(), m.toJson().getBytes(StandardCharsets.UTF_8), 1_000);
        }
        HangerMotion honest = new HangerMotion("h-2", 3, 0, 10, HangerMotion.State.LIFTED, 70);
        assertEquals(List.of(new UplinkEvent.HangerLifted("h-2", 70)),
                cleaner.accept(honest.topic(), honest.toJson().getBytes(StandardCharsets.UTF_8), 1_000));
        assertEquals(970, metrics.rejectedCount(RejectReason.RATE_LIMITED), "a burst of 30 passes, the rest is refused");
        HangerMotion later = new HangerMotion("h-1", 3, 5_000, 10, HangerMotion.State.STILL, 70);
        cleaner.accept(later.topic(), later.toJson().getBytes(StandardCharsets.UTF_8), 2_000);
        assertEquals(970, metrics.rejectedCount(RejectReason.RATE_LIMITED), "a second later it may speak again");
    }

    @Test
    void aRebootIsReportedAndALiftInProgressIsForgotten() {
        HangerMotion lift = new HangerMotion("h-1", 3, 0, 10, HangerMotion.State.LIFTED, 70);
        send(lift.topic(), lift.toJson());
        HangerMotion afterReboot = new HangerMotion("h-1", 4, 0, 20, HangerMotion.State.STILL, 70);
        assertEquals(List.of(new UplinkEvent.DeviceHealth("h-1", "hanger", "rebooted", 0)),
                send(afterReboot.topic(), afterReboot.toJson()), "no put-back: the lift was lost with the reboot");
    }

    @Test
    void registeredDevicesThatStopTalkingAreReported() {
        cleaner.updateRegistry(cleaner.registry(), 0);
        List<UplinkEvent> silent = cleaner.tick(181_000);
        assertTrue(silent.contains(new UplinkEvent.DeviceHealth("h-1", "hanger", "silent", 181_000)), silent.toString());
        assertTrue(silent.stream().noneMatch(e -> e.deviceId().equals("b-1")), "beacons have a 5-minute heartbeat");
    }
}
