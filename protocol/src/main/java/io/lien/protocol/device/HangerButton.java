package io.lien.protocol.device;

import io.lien.protocol.Fields;
import io.lien.protocol.Ids;
import io.lien.protocol.json.JsonWriter;

import java.util.Map;
import java.util.Set;

/** {@code dev/hanger/{hangerId}/button}: a shopper pressed the hanger's button. */
public record HangerButton(String deviceId, long boot, long seq, long ts, String button) implements DeviceMessage {

    public static final Set<String> BUTTONS = Set.of("like", "help");

    public HangerButton {
        Ids.require(deviceId, "hanger id");
        if (!BUTTONS.contains(button)) {
            throw new IllegalArgumentException("button must be one of " + BUTTONS);
        }
    }

    @Override
    public DeviceChannel channel() {
        return DeviceChannel.HANGER_BUTTON;
    }

    static HangerButton read(String deviceId, Fields f) {
        return new HangerButton(deviceId, DeviceFields.boot(f), DeviceFields.seq(f), DeviceFields.ts(f),
                f.oneOf("button", BUTTONS));
    }

    @Override
    public String toJson() {
        Map<String, Object> m = DeviceFields.header(boot, seq, ts);
        m.put("button", button);
        return JsonWriter.write(m);
    }
}
