package io.lien.protocol.device;

import io.lien.protocol.Fields;
import io.lien.protocol.Ids;
import io.lien.protocol.json.JsonWriter;

import java.util.List;
import java.util.Map;

/** {@code dev/reader/{readerId}/tags}: hanger tags arriving in or leaving a reader's field. */
public record ReaderTags(String deviceId, long boot, long seq, long ts, List<String> enter, List<String> leave)
        implements DeviceMessage {

    public static final int MAX_IDS = 200;

    public ReaderTags {
        Ids.require(deviceId, "reader id");
        enter = List.copyOf(enter);
        leave = List.copyOf(leave);
        if (enter.size() > MAX_IDS || leave.size() > MAX_IDS) {
            throw new IllegalArgumentException("at most " + MAX_IDS + " ids per list");
        }
        enter.forEach(id -> Ids.require(id, "hanger id"));
        leave.forEach(id -> Ids.require(id, "hanger id"));
    }

    @Override
    public DeviceChannel channel() {
        return DeviceChannel.READER_TAGS;
    }

    static ReaderTags read(String deviceId, Fields f) {
        return new ReaderTags(deviceId, DeviceFields.boot(f), DeviceFields.seq(f), DeviceFields.ts(f),
                f.idList("enter", MAX_IDS), f.idList("leave", MAX_IDS));
    }

    @Override
    public String toJson() {
        Map<String, Object> m = DeviceFields.header(boot, seq, ts);
        m.put("enter", enter);
        m.put("leave", leave);
        return JsonWriter.write(m);
    }
}
