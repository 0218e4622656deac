package io.lien.protocol.device;

import io.lien.protocol.Fields;
import io.lien.protocol.Ids;
import io.lien.protocol.json.JsonWriter;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code dev/fixture/{fixtureId}/display}: what a smart mirror or rack screen shows. */
public record FixtureDisplay(String fixtureId, String title, String body, List<Item> items) {

    public record Item(String hangerId, String label) {
        public Item {
            Ids.require(hangerId, "hanger id");
        }
    }

    public FixtureDisplay {
        Ids.require(fixtureId, "fixture id");
        items = List.copyOf(items);
        if (title == null || body == null) {
            throw new IllegalArgumentException("title and body are required");
        }
        if (toJson(title, body, items).getBytes(StandardCharsets.UTF_8).length > DeviceChannel.MAX_PAYLOAD_BYTES) {
            throw new IllegalArgumentException("display payload exceeds " + DeviceChannel.MAX_PAYLOAD_BYTES + " bytes");
        }
    }

    public static FixtureDisplay read(String fixtureId, Fields f) {
        List<Item> items = new ArrayList<>();
        for (Fields i : f.objectList("items", 64)) {
            items.add(new Item(i.id("hangerId"), i.string("label", 256)));
        }
        return new FixtureDisplay(fixtureId, f.string("title", 256), f.string("body", 1024), items);
    }

    public String topic() {
        return DeviceChannel.FIXTURE_DISPLAY.topic(fixtureId);
    }

    public String toJson() {
        return toJson(title, body, items);
    }

    private static String toJson(String title, String body, List<Item> items) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", title);
        m.put("body", body);
        List<Map<String, Object>> list = new ArrayList<>();
        for (Item i : items) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("hangerId", i.hangerId());
            item.put("label", i.label());
            list.add(item);
        }
        m.put("items", list);
        return JsonWriter.write(m);
    }
}
