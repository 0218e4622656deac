package io.lien.server.insights.model;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** Days of a store's calendar, both included, and the period of the same length just before it (to compare). */
public record Period(LocalDate from, LocalDate to) {

    public Period {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException(to + " is before " + from);
        }
    }

    /** The last {@code days} days up to {@code today}, today included. */
    public static Period lastDays(LocalDate today, int days) {
        return new Period(today.minusDays(days - 1L), today);
    }

    public int days() {
        return (int) ChronoUnit.DAYS.between(from, to) + 1;
    }

    public Period previous() {
        return new Period(from.minusDays(days()), from.minusDays(1));
    }

    public long startMs(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant().toEpochMilli();
    }

    /** The first instant after the period. */
    public long endMs(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
    }
}
