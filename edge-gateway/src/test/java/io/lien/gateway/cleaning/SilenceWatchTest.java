package io.lien.gateway.cleaning;

import io.lien.protocol.uplink.UplinkEvent;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SilenceWatchTest {

    private final SilenceWatch watch = new SilenceWatch(SilenceWatch.Settings.defaults());

    @Test
    void aHangerIsSilentAfterThreeMissedHeartbeatsReportedOnceThenBack() {
        watch.watch("h-1", "hanger", 0);
        assertTrue(watch.expire(180_000).isEmpty(), "exactly three heartbeats is not yet silence");
        assertEquals(List.of(new UplinkEvent.DeviceHealth("h-1", "hanger", "silent", 180_001)), watch.expire(180_001));
        assertTrue(watch.expire(400_000).isEmpty(), "said once");
        assertEquals(Optional.of(new UplinkEvent.DeviceHealth("h-1", "hanger", "back", 500_000)), watch.heard("h-1", 500_000));
        assertTrue(watch.heard("h-1", 501_000).isEmpty());
    }

    @Test
    void heartbeatsKeepADeviceAwake() {
        watch.watch("b-1", "beacon", 0);
        for (long t = 300_000; t < 3_000_000; t += 300_000) {
            watch.heard("b-1", t);
            assertTrue(watch.expire(t + 1_000).isEmpty());
        }
    }

    @Test
    void aReaderWithoutHeartbeatIsQuietOnlyAfterItsQuietTime() {
        watch.watch("r-1", "reader", 0);
        assertTrue(watch.expire(3_000_000).isEmpty());
        assertEquals(1, watch.expire(3_600_001).size());
    }

    @Test
    void devicesNotInTheRegistryAreNotWatched() {
        assertTrue(watch.heard("stranger", 5).isEmpty());
    }
}
