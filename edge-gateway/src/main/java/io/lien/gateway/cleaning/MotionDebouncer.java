package io.lien.gateway.cleaning;

import io.lien.protocol.device.HangerMotion;
import io.lien.protocol.uplink.UplinkEvent;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a hanger's motion states into two events: lifted (the first lifted or moving after
 * stillness) and put back (still again). Heartbeats and jiggles in between say nothing new.
 */
public final class MotionDebouncer {

    private final Map<String, Long> liftedAt = new HashMap<>();

    public Optional<UplinkEvent> onMotion(HangerMotion m) {
        boolean away = m.state() != HangerMotion.State.STILL;
        Long since = liftedAt.get(m.deviceId());
        if (away && since == null) {
            liftedAt.put(m.deviceId(), m.ts());
            return Optional.of(new UplinkEvent.HangerLifted(m.deviceId(), m.battery()));
        }
        if (!away && since != null) {
            liftedAt.remove(m.deviceId());
            return Optional.of(new UplinkEvent.HangerPutBack(m.deviceId(), Math.max(0, m.ts() - since)));
        }
        return Optional.empty();
    }

    /** A reboot loses the device's state; a lift in progress is then decided by the next message. */
    public void forget(String hangerId) {
        liftedAt.remove(hangerId);
    }
}
