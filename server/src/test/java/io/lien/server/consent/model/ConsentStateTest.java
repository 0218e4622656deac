package io.lien.server.consent.model;

import org.junit.jupiter.api.Test;

import java.time.LocalTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConsentStateTest {

    private static ConsentState.Change change(ConsentKind kind, boolean granted, String value) {
        return new ConsentState.Change(kind, granted, value, 0);
    }

    @Test
    void theLatestChangeOfEachKindWins() {
        ConsentState state = ConsentState.fold(true, List.of(
                change(ConsentKind.CONTACT_EMAIL, true, null),
                change(ConsentKind.PRESENCE, false, null),
                change(ConsentKind.CONTACT_EMAIL, false, null),
                change(ConsentKind.CONTACT_SMS, true, null)));
        assertFalse(state.given(ConsentKind.PRESENCE));
        assertFalse(state.given(ConsentKind.CONTACT_EMAIL));
        assertTrue(state.given(ConsentKind.CONTACT_SMS));
    }

    @Test
    void aKindNeverAnsweredIsNotGivenButPresenceStartsFromTheRecord() {
        assertTrue(ConsentState.fold(true, List.of()).given(ConsentKind.PRESENCE));
        assertFalse(ConsentState.fold(false, List.of()).given(ConsentKind.PRESENCE));
        assertFalse(ConsentState.fold(true, List.of()).given(ConsentKind.PROFILING));
    }

    @Test
    void quietHoursOverMidnightSilenceTheNightAndNotTheDay() {
        ConsentState state = ConsentState.fold(true, List.of(
                change(ConsentKind.CONTACT_MESSAGING, true, null),
                change(ConsentKind.QUIET_HOURS, true, "21:00-08:00")));
        assertFalse(state.mayContact("whatsapp", LocalTime.of(23, 30)));
        assertFalse(state.mayContact("whatsapp", LocalTime.of(21, 0)));
        assertFalse(state.mayContact("whatsapp", LocalTime.of(7, 59)));
        assertTrue(state.mayContact("whatsapp", LocalTime.of(8, 0)));
        assertTrue(state.mayContact("whatsapp", LocalTime.of(14, 0)));
        assertFalse(state.mayContact("email", LocalTime.of(14, 0)), "email was never given");
        assertFalse(state.mayContact("carrier-pigeon", LocalTime.of(14, 0)));
    }

    @Test
    void quietHoursWithdrawnNoLongerSilenceAnything() {
        ConsentState state = ConsentState.fold(true, List.of(
                change(ConsentKind.CONTACT_SMS, true, null),
                change(ConsentKind.QUIET_HOURS, true, "12:00-14:00"),
                change(ConsentKind.QUIET_HOURS, false, null)));
        assertTrue(state.quietHours().isEmpty());
        assertTrue(state.mayContact("sms", LocalTime.of(13, 0)));
    }

    @Test
    void quietHoursAreReadStrictly() {
        assertEquals("09:30-12:00", QuietHours.parse("09:30-12:00").orElseThrow().text());
        assertTrue(QuietHours.parse("9:30-12:00").isEmpty());
        assertTrue(QuietHours.parse("25:00-08:00").isEmpty());
        assertTrue(QuietHours.parse("08:00-08:00").isEmpty());
        assertTrue(QuietHours.parse("<script>").isEmpty());
        assertTrue(QuietHours.parse(null).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> new QuietHours(LocalTime.NOON, LocalTime.NOON));
    }

    @Test
    void kindsAreNamedByTheirCodesAndChannels() {
        assertEquals(ConsentKind.CONTACT_MESSAGING, ConsentKind.fromCode("contact-messaging").orElseThrow());
        assertEquals(ConsentKind.CONTACT_MESSAGING, ConsentKind.forChannel("whatsapp").orElseThrow());
        assertTrue(ConsentKind.fromCode("CONTACT_EMAIL").isEmpty());
    }
}
