package io.lien.server.consent.model;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * When a client does not want to hear from the brand, in their own time zone: {@code 21:00-08:00}
 * runs over midnight. The start is inside, the end is not.
 */
public record QuietHours(LocalTime from, LocalTime to) {

    public QuietHours {
        if (from.equals(to)) {
            throw new IllegalArgumentException("quiet hours must not start and end at the same time");
        }
    }

    /** Reads {@code HH:MM-HH:MM}; empty if the text is not that. */
    public static Optional<QuietHours> parse(String text) {
        if (text == null || !text.matches("\\d{2}:\\d{2}-\\d{2}:\\d{2}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new QuietHours(LocalTime.parse(text.substring(0, 5)), LocalTime.parse(text.substring(6))));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public boolean contains(LocalTime t) {
        return from.isBefore(to) ? !t.isBefore(from) && t.isBefore(to) : !t.isBefore(from) || t.isBefore(to);
    }

    public String text() {
        return from + "-" + to;
    }
}
