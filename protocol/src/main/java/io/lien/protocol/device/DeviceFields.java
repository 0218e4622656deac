package io.lien.protocol.device;

import io.lien.protocol.Fields;

import java.util.LinkedHashMap;
import java.util.Map;

/** The header fields every device message shares. */
final class DeviceFields {

    private DeviceFields() {
    }

    static long boot(Fields f) {
        return f.longValue("boot", DeviceMessage.BOOT_MIN, DeviceMessage.BOOT_MAX);
    }

    static long seq(Fields f) {
        return f.longValue("seq", 0, Long.MAX_VALUE);
    }

    static long ts(Fields f) {
        return f.longValue("ts", 0, Long.MAX_VALUE);
    }

    static Map<String, Object> header(long boot, long seq, long ts) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("boot", boot);
        m.put("seq", seq);
        m.put("ts", ts);
        return m;
    }
}
