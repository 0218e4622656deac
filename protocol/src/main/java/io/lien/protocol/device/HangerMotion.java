package io.lien.protocol.device;

import io.lien.protocol.Fields;
import io.lien.protocol.Ids;
import io.lien.protocol.json.JsonWriter;

import java.util.Map;
import java.util.Set;

/** {@code dev/hanger/{hangerId}/motion}: a change of motion state, or a still heartbeat. */
public record HangerMotion(String deviceId, long boot, long seq, long ts, State state, int battery)
        implements DeviceMessage {

    public enum State {
        LIFTED, MOVING, STILL;

        public String wire() {
            return name().toLowerCase();
        }

        static final Set<String> WIRE = Set.of("lifted", "moving", "still");
    }

    public HangerMotion {
        Ids.require(deviceId, "hanger id");
        if (battery < 0 || battery > 100) {
            throw new IllegalArgumentException("battery must be in 0..100");
        }
    }

    @Override
    public DeviceChannel channel() {
        return DeviceChannel.HANGER_MOTION;
    }

    static HangerMotion read(String deviceId, Fields f) {
        return new HangerMotion(deviceId, DeviceFields.boot(f), DeviceFields.seq(f), DeviceFields.ts(f),
                State.valueOf(f.oneOf("state", State.WIRE).toUpperCase()), f.intValue("battery", 0, 100));
    }

    @Override
    public String toJson() {
        Map<String, Object> m = DeviceFields.header(boot, seq, ts);
        m.put("state", state.wire());
        m.put("battery", battery);
        return JsonWriter.write(m);
    }
}
