package io.lien.protocol.uplink;

import io.lien.protocol.Fields;
import io.lien.protocol.device.FixtureDisplay;
import io.lien.protocol.device.HangerDisplay;
import io.lien.protocol.json.Json;
import io.lien.protocol.json.JsonWriter;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Server → gateway: show this on that device. Exactly one of the two displays is set; the
 * gateway relays it to the device's display topic and remembers it for a device that reconnects.
 */
public record DisplayCommand(HangerDisplay hanger, FixtureDisplay fixture) {

    public DisplayCommand {
        if ((hanger == null) == (fixture == null)) {
            throw new IllegalArgumentException("exactly one of hanger or fixture display");
        }
    }

    public String deviceId() {
        return hanger != null ? hanger.hangerId() : fixture.fixtureId();
    }

    public String deviceTopic() {
        return hanger != null ? hanger.topic() : fixture.topic();
    }

    public String devicePayload() {
        return hanger != null ? hanger.toJson() : fixture.toJson();
    }

    public String toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", hanger != null ? "hanger" : "fixture");
        m.put("deviceId", hanger != null ? hanger.hangerId() : fixture.fixtureId());
        m.put("display", Json.parse(devicePayload()));
        return JsonWriter.write(m);
    }

    public static DisplayCommand fromJson(String json) {
        Fields f = new Fields(Json.parseObject(json));
        String kind = f.oneOf("kind", java.util.Set.of("hanger", "fixture"));
        String deviceId = f.id("deviceId");
        Fields display = f.object("display");
        return kind.equals("hanger")
                ? new DisplayCommand(HangerDisplay.read(deviceId, display), null)
                : new DisplayCommand(null, FixtureDisplay.read(deviceId, display));
    }
}
