package io.lien.protocol.device;

import io.lien.protocol.Fields;
import io.lien.protocol.Ids;
import io.lien.protocol.json.JsonWriter;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code dev/hanger/{hangerId}/display}: what a hanger's small screen and LED show. */
public record HangerDisplay(String hangerId, List<String> lines, String led) {

    public static final int MAX_LINES = 3;
    public static final int MAX_LINE_LENGTH = 24;
    public static final Set<String> LED = Set.of("off", "on", "blink");

    public HangerDisplay {
        Ids.require(hangerId, "hanger id");
        lines = List.copyOf(lines);
        if (lines.size() > MAX_LINES || lines.stream().anyMatch(l -> l.length() > MAX_LINE_LENGTH)) {
            throw new IllegalArgumentException("at most " + MAX_LINES + " lines of " + MAX_LINE_LENGTH + " characters");
        }
        if (!LED.contains(led)) {
            throw new IllegalArgumentException("led must be one of " + LED);
        }
    }

    public static HangerDisplay read(String hangerId, Fields f) {
        List<String> lines = stringList(f);
        return new HangerDisplay(hangerId, lines, f.oneOf("led", LED));
    }

    @SuppressWarnings("unchecked")
    private static List<String> stringList(Fields f) {
        Object raw = f.raw().get("lines");
        if (!(raw instanceof List<?> list) || !list.stream().allMatch(String.class::isInstance)) {
            throw new IllegalArgumentException("lines must be a list of strings");
        }
        return (List<String>) list;
    }

    public String topic() {
        return DeviceChannel.HANGER_DISPLAY.topic(hangerId);
    }

    public String toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lines", lines);
        m.put("led", led);
        return JsonWriter.write(m);
    }
}
