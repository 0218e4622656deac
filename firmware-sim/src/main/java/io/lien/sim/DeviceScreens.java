package io.lien.sim;

import io.lien.protocol.Fields;
import io.lien.protocol.device.DeviceChannel;
import io.lien.protocol.device.FixtureDisplay;
import io.lien.protocol.device.HangerDisplay;
import io.lien.protocol.json.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What each simulated hanger and fixture shows: the last display it got on its display topic (a
 * device keeps nothing else). The first display of each device is logged quietly; a change — help
 * asked, someone coming, a size gone — is printed, as a shopper would see the screen change.
 */
public final class DeviceScreens {

    private static final Logger LOG = LoggerFactory.getLogger(DeviceScreens.class);

    private final Set<String> hangers;
    private final Set<String> fixtures;
    private final Map<String, String> shown = new ConcurrentHashMap<>();

    DeviceScreens(StoreLayout layout) {
        this.hangers = Set.copyOf(layout.hangerIds());
        this.fixtures = Set.copyOf(layout.fixtures());
    }

    /** The display topic the device listens on, or null for a device without a screen. */
    String topicOf(String deviceId) {
        return hangers.contains(deviceId) ? DeviceChannel.HANGER_DISPLAY.topic(deviceId)
                : fixtures.contains(deviceId) ? DeviceChannel.FIXTURE_DISPLAY.topic(deviceId) : null;
    }

    void received(String deviceId, String payload) {
        String screen;
        try {
            screen = hangers.contains(deviceId) ? hanger(HangerDisplay.read(deviceId, new Fields(Json.parseObject(payload))))
                    : fixture(FixtureDisplay.read(deviceId, new Fields(Json.parseObject(payload))));
        } catch (RuntimeException e) {
            LOG.warn("{} got a display it cannot show: {}", deviceId, e.getMessage());
            return;
        }
        String before = shown.put(deviceId, screen);
        if (before == null) {
            LOG.debug("{} shows {}", deviceId, screen);
        } else if (!before.equals(screen)) {
            LOG.info("{} shows {}", deviceId, screen);
        }
    }

    /** What the device shows now, as one line ("[Ici : 36 38 | … | …] LED off"). */
    public Optional<String> of(String deviceId) {
        return Optional.ofNullable(shown.get(deviceId));
    }

    private static String hanger(HangerDisplay d) {
        return "[" + String.join(" | ", d.lines()) + "] LED " + d.led();
    }

    private static String fixture(FixtureDisplay d) {
        StringBuilder s = new StringBuilder("«" + d.title() + "» " + d.body());
        d.items().forEach(i -> s.append(" | ").append(i.label()));
        return s.toString();
    }
}
