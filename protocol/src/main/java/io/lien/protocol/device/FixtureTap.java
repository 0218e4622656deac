package io.lien.protocol.device;

import io.lien.protocol.Fields;
import io.lien.protocol.Ids;
import io.lien.protocol.json.JsonWriter;

import java.util.Map;
import java.util.Set;

/** {@code dev/fixture/{fixtureId}/tap}: a shopper used a smart mirror or connected rack screen. */
public record FixtureTap(String deviceId, long boot, long seq, long ts, String action, String hangerId, String size)
        implements DeviceMessage {

    public static final Set<String> ACTIONS = Set.of("call-advisor", "other-size", "like");
    public static final int MAX_SIZE_LENGTH = 16;

    public FixtureTap {
        Ids.require(deviceId, "fixture id");
        if (!ACTIONS.contains(action)) {
            throw new IllegalArgumentException("action must be one of " + ACTIONS);
        }
        if (hangerId != null) {
            Ids.require(hangerId, "hanger id");
        }
        if (size != null && (size.isBlank() || size.length() > MAX_SIZE_LENGTH)) {
            throw new IllegalArgumentException("size must be 1.." + MAX_SIZE_LENGTH + " characters");
        }
    }

    @Override
    public DeviceChannel channel() {
        return DeviceChannel.FIXTURE_TAP;
    }

    static FixtureTap read(String deviceId, Fields f) {
        return new FixtureTap(deviceId, DeviceFields.boot(f), DeviceFields.seq(f), DeviceFields.ts(f),
                f.oneOf("action", ACTIONS), f.optionalId("hangerId"), f.optionalString("size", MAX_SIZE_LENGTH));
    }

    @Override
    public String toJson() {
        Map<String, Object> m = DeviceFields.header(boot, seq, ts);
        m.put("action", action);
        m.put("hangerId", hangerId);
        m.put("size", size);
        return JsonWriter.write(m);
    }
}
