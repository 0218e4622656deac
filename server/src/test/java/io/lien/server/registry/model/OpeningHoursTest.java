package io.lien.server.registry.model;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpeningHoursTest {

    @Test
    void aWeekAsWrittenOnADoorIsReadAndWrittenBackTheOneWay() {
        OpeningHours week = OpeningHours.parse("Tue-Sat 10:00-19:00; mon 14:00-19:00; sun closed");
        assertEquals("mon 14:00-19:00; tue-sat 10:00-19:00; sun closed", week.text());
        assertTrue(week.isOpen(DayOfWeek.SATURDAY, LocalTime.of(18, 59)));
        assertFalse(week.isOpen(DayOfWeek.SATURDAY, LocalTime.of(19, 0)));
        assertFalse(week.isOpen(DayOfWeek.SUNDAY, LocalTime.NOON));
    }

    @Test
    void aLunchBreakIsTwoSpansAndADayNotNamedIsClosed() {
        OpeningHours week = OpeningHours.parse("mon-fri 10:00-13:00 14:00-19:00");
        assertFalse(week.isOpen(DayOfWeek.MONDAY, LocalTime.of(13, 30)));
        assertEquals("mon-fri 10:00-13:00 14:00-19:00; sat-sun closed", week.text());
    }

    @Test
    void hoursThatRunBackwardsDaysGivenTwiceAndUnknownDaysAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> OpeningHours.parse("mon 19:00-10:00"));
        assertThrows(IllegalArgumentException.class, () -> OpeningHours.parse("mon-fri 10:00-19:00; fri closed"));
        assertThrows(IllegalArgumentException.class, () -> OpeningHours.parse("lun 10:00-19:00"));
        assertThrows(IllegalArgumentException.class, () -> OpeningHours.parse("sat-mon 10:00-19:00"));
        assertThrows(IllegalArgumentException.class, () -> OpeningHours.parse("mon 25:00-26:00"));
        assertThrows(IllegalArgumentException.class, () -> OpeningHours.parse("mon 10:00-12:00 11:00-19:00"));
        assertThrows(IllegalArgumentException.class, () -> OpeningHours.parse("mon 10:00-19:00 and more"));
    }
}
