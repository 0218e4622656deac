package io.lien.server.orders.application;

import io.lien.server.settings.OrderSettings;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReservationDayTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static LocalDateTime heldUntil(LocalDateTime reservedAt, String closedDays) {
        return heldUntil(reservedAt, closedDays, null);
    }

    private static LocalDateTime heldUntil(LocalDateTime reservedAt, String closedDays, String openingHours) {
        long until = ReservingToTry.heldUntil(reservedAt.atZone(PARIS).toInstant().toEpochMilli(), PARIS,
                new OrderSettings(1, LocalTime.of(19, 0), 7, closedDays),
                java.util.Optional.ofNullable(openingHours).map(io.lien.server.registry.model.OpeningHours::parse));
        return java.time.Instant.ofEpochMilli(until).atZone(PARIS).toLocalDateTime();
    }

    @Test
    void aStoreWithOpeningHoursKeepsItUntilItsOwnClosingTimeOnItsNextOpenDay() {
        String lille = "mon closed; tue-sat 10:00-19:00; sun 14:00-18:00";
        assertEquals(LocalDateTime.of(2026, 12, 13, 18, 0), heldUntil(LocalDateTime.of(2026, 12, 12, 16, 0), "SUNDAY", lille),
                "Sunday afternoon opening, whatever the settings say");
        assertEquals(LocalDateTime.of(2026, 12, 15, 19, 0), heldUntil(LocalDateTime.of(2026, 12, 13, 15, 0), "SUNDAY", lille),
                "Monday closed: Tuesday evening");
        assertEquals(LocalDateTime.of(2026, 12, 15, 13, 0), heldUntil(LocalDateTime.of(2026, 12, 14, 10, 0), "none",
                "mon-fri 10:00-13:00; sat-sun closed"), "the day's last span closes it");
    }

    @Test
    void aReservationOnFridayIsKeptUntilSaturdaysClosingTime() {
        assertEquals(LocalDateTime.of(2026, 12, 12, 19, 0), heldUntil(LocalDateTime.of(2026, 12, 11, 11, 30), "SUNDAY"));
    }

    @Test
    void aReservationOnSaturdayIsKeptUntilMondayNotAClosedSunday() {
        assertEquals(LocalDateTime.of(2026, 12, 14, 19, 0), heldUntil(LocalDateTime.of(2026, 12, 12, 16, 0), "SUNDAY"));
    }

    @Test
    void aStoreClosedOnSundayAndMondayKeepsSaturdaysReservationUntilTuesday() {
        assertEquals(LocalDateTime.of(2026, 12, 15, 19, 0), heldUntil(LocalDateTime.of(2026, 12, 12, 16, 0), "SUNDAY, monday"));
    }

    @Test
    void aStoreOpenEveryDayKeepsItUntilTheNextDay() {
        assertEquals(LocalDateTime.of(2026, 12, 13, 19, 0), heldUntil(LocalDateTime.of(2026, 12, 12, 16, 0), "none"));
    }

    @Test
    void closedEveryDayIsNotASetting() {
        org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class, () -> new OrderSettings(1, LocalTime.of(19, 0), 7,
                "MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY"));
        org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class, () -> new OrderSettings(1, LocalTime.of(19, 0), 7, "Caturday"));
    }
}
