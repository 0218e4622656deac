package io.lien.protocol.device;

import io.lien.protocol.uplink.DisplayCommand;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DisplayTest {

    @Test
    void aHangerDisplayRefusesLinesLongerThanTheScreen() {
        assertThrows(IllegalArgumentException.class,
                () -> new HangerDisplay("h-1", List.of("x".repeat(25)), "on"));
        assertThrows(IllegalArgumentException.class,
                () -> new HangerDisplay("h-1", List.of("a", "b", "c", "d"), "on"));
        assertThrows(IllegalArgumentException.class, () -> new HangerDisplay("h-1", List.of(), "strobe"));
    }

    @Test
    void aFixtureDisplayRefusesPayloadsOverOneKibibyte() {
        assertThrows(IllegalArgumentException.class,
                () -> new FixtureDisplay("m-1", "t", "b".repeat(1100), List.of()));
    }

    @Test
    void aDisplayCommandCarriesTheExactDevicePayload() {
        HangerDisplay display = new HangerDisplay("h-7", List.of("12 likes", "in your community"), "blink");
        DisplayCommand command = DisplayCommand.fromJson(new DisplayCommand(display, null).toJson());
        assertEquals("dev/hanger/h-7/display", command.deviceTopic());
        assertEquals(display.toJson(), command.devicePayload());

        FixtureDisplay mirror = new FixtureDisplay("mirror-1", "Trench", "Sizes 36-42",
                List.of(new FixtureDisplay.Item("h-1", "Navy trench 38")));
        assertEquals(mirror, DisplayCommand.fromJson(new DisplayCommand(null, mirror).toJson()).fixture());
    }
}
