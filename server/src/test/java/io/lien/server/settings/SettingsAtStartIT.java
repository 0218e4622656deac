package io.lien.server.settings;

import io.lien.server.ServerFixture;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The server refuses to start on a wrong or unknown setting, and says which. */
class SettingsAtStartIT {

    @Test
    void aWrongValueStopsTheStartAndNamesTheKey() {
        RuntimeException e = assertThrows(RuntimeException.class,
                () -> ServerFixture.start(Map.of("lien.clients.time-zone", "Mars/Olympus")).close());
        assertTrue(rootMessage(e).contains("Setting lien.clients.time-zone must be a time zone"), rootMessage(e));
    }

    @Test
    void aValueOfTheWrongTypeStopsTheStartAndNamesTheKey() {
        RuntimeException e = assertThrows(RuntimeException.class,
                () -> ServerFixture.start(Map.of("lien.live.snapshot-seconds", "often")).close());
        assertTrue(rootMessage(e).contains("Setting lien.live.snapshot-seconds must be a whole number (it is often)"), allMessages(e));
    }

    @Test
    void aMisspeltKeyStopsTheStartWithTheNearestKnownOne() {
        RuntimeException e = assertThrows(RuntimeException.class,
                () -> ServerFixture.start(Map.of("lien.visits.absense-minutes", 5)).close());
        assertTrue(rootMessage(e).contains("Unknown setting lien.visits.absense-minutes"), rootMessage(e));
        assertTrue(rootMessage(e).contains("did you mean lien.visits.absence-minutes?"), rootMessage(e));
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    private static String allMessages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append(" | ");
        }
        return all.toString();
    }
}
