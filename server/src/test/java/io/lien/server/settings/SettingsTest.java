package io.lien.server.settings;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A wrong value is refused with the key, the rule and the value in one sentence. */
class SettingsTest {

    @Test
    void aPortOutOfRangeIsRefusedNamingTheKey() {
        InvalidSetting e = assertThrows(InvalidSetting.class, () -> new MqttSettings(true, 70_000, "in-memory",
                "tcp://127.0.0.1:1883", "lien-server", 86400, false, "lien-server", "lien-server", null, -1, "0.0.0.0", null, null, true));
        assertEquals("Setting lien.mqtt.embedded-port must be a port, 0–65535 (0 = any free port) (it is 70000)", e.getMessage());
    }

    @Test
    void malformedAndHostileValuesAreRefused() {
        assertThrows(InvalidSetting.class, () -> new MqttSettings(true, 0, "disk", "tcp://h:1", "a", 1, false, "g", "lien-server", null, -1, "0.0.0.0", null, null, true));
        assertThrows(InvalidSetting.class, () -> new MqttSettings(true, 0, "file", "http://h:1", "a", 1, false, "g", "lien-server", null, -1, "0.0.0.0", null, null, true));
        assertThrows(InvalidSetting.class, () -> new MqttSettings(true, 0, "file", "tcp://h:1", "a/../b", 1, false, "g", "lien-server", null, -1, "0.0.0.0", null, null, true));
        assertThrows(InvalidSetting.class, () -> new MqttSettings(true, 0, "file", "tcp://h:1", "a", 0, false, "g", "lien-server", null, -1, "0.0.0.0", null, null, true));
        assertThrows(InvalidSetting.class, () -> new MqttSettings(true, 0, "file", "tcp://h:1", "a", 1, false, "g", "gw-1@demo", null, -1, "0.0.0.0", null, null, true));
        assertThrows(InvalidSetting.class, () -> new MqttSettings(true, 0, "file", "tcp://h:1", "a", 1, false, "g", "lien-server", "short", -1, "0.0.0.0", null, null, true));
        assertThrows(InvalidSetting.class, () -> new MqttSettings(true, 0, "file", "tcp://h:1", "a", 1, false, "g", "lien-server", null, 8883, "0.0.0.0",
                "/no/such/keystore.p12", "x", true), "a TLS listener needs a key store it can read");
        assertThrows(InvalidSetting.class, () -> new LienSettings(" ", "http://localhost:8080"));
        assertThrows(InvalidSetting.class, () -> new LienSettings("./data", "javascript:alert(1)"));
        assertThrows(InvalidSetting.class, () -> new ClientSettings("Mars/Olympus"));
        assertThrows(InvalidSetting.class, () -> new DemoSettings(true, "demo store"));
        assertThrows(InvalidSetting.class, () -> new VisitSettings(0, Duration.ofSeconds(30), 120, 14));
        assertThrows(InvalidSetting.class, () -> new LiveSettings(16, -2, java.time.Duration.ofHours(1)));
        assertThrows(InvalidSetting.class, () -> new SelectionSettings(Duration.ZERO));
    }

    @Test
    void anonymousSignalsCannotBeKeptLongerThanFiveMinutes() {
        InvalidSetting e = assertThrows(InvalidSetting.class, () -> new PrivacySettings(Duration.ofHours(1), Duration.ofMinutes(1),
                Duration.ofDays(30)));
        assertTrue(e.getMessage().startsWith("Setting lien.privacy.anonymise-after must be at most 5m"), e.getMessage());
    }

    @Test
    void namesOfRecordComponentsBecomeTheKeysPeopleWrite() {
        assertEquals("session-expiry-seconds", SettingsCheck.kebab("sessionExpirySeconds"));
        assertTrue(SettingsCheck.knownKeys().contains("lien.mqtt.session-expiry-seconds"));
        assertTrue(SettingsCheck.knownKeys().contains("lien.data-dir"));
    }
}
