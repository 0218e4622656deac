package io.lien.gateway.cleaning;

import io.lien.protocol.device.HangerMotion;
import io.lien.protocol.uplink.UplinkEvent;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static io.lien.protocol.device.HangerMotion.State.LIFTED;
import static io.lien.protocol.device.HangerMotion.State.MOVING;
import static io.lien.protocol.device.HangerMotion.State.STILL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MotionDebouncerTest {

    private final MotionDebouncer debouncer = new MotionDebouncer();
    private long seq;

    private Optional<UplinkEvent> motion(HangerMotion.State state, long ts) {
        return debouncer.onMotion(new HangerMotion("h-1", 1, seq++, ts, state, 80));
    }

    @Test
    void stillHeartbeatsSayNothing() {
        assertTrue(motion(STILL, 0).isEmpty());
        assertTrue(motion(STILL, 60_000).isEmpty());
    }

    @Test
    void aLiftThenJigglesThenStillnessIsOneLiftAndOnePutBack() {
        assertEquals(Optional.of(new UplinkEvent.HangerLifted("h-1", 80)), motion(LIFTED, 1_000));
        assertTrue(motion(MOVING, 2_000).isEmpty());
        assertTrue(motion(LIFTED, 3_000).isEmpty());
        assertTrue(motion(MOVING, 4_000).isEmpty());
        assertEquals(Optional.of(new UplinkEvent.HangerPutBack("h-1", 9_000)), motion(STILL, 10_000));
        assertTrue(motion(STILL, 70_000).isEmpty());
    }

    @Test
    void movingWithoutALiftMessageStillCountsAsALift() {
        assertTrue(motion(MOVING, 5).isPresent());
    }
}
