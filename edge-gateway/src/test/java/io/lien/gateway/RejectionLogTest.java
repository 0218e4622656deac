package io.lien.gateway;

import io.lien.protocol.RejectReason;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RejectionLogTest {

    private final RejectionLog log = new RejectionLog();

    @Test
    void aFloodingDeviceIsLoggedOncePerMinute() {
        assertTrue(log.log("h-1", RejectReason.MALFORMED_JSON, "x", 0));
        for (long t = 1; t < RejectionLog.INTERVAL_MS; t += 1_000) {
            assertFalse(log.log("h-1", RejectReason.OUT_OF_RANGE, "x", t));
        }
        assertTrue(log.log("h-1", RejectReason.MALFORMED_JSON, "x", RejectionLog.INTERVAL_MS));
    }

    @Test
    void oneDeviceDoesNotSilenceAnother() {
        assertTrue(log.log("h-1", RejectReason.MALFORMED_JSON, "x", 0));
        assertTrue(log.log("h-2", RejectReason.MALFORMED_JSON, "x", 1));
        assertTrue(log.log(null, RejectReason.BAD_TOPIC, "x", 2));
    }
}
