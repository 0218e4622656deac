package io.lien.server.registry;

import io.lien.server.registry.model.OpeningHours;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/** A store's opening hours as its back office set them; none for a store whose hours were never given. */
@Singleton
public class StoreHours {

    private final StoreSetupRepository setups;

    StoreHours(StoreSetupRepository setups) {
        this.setups = setups;
    }

    public Optional<OpeningHours> of(String storeId) {
        return setups.findById(storeId).map(StoreSetupRow::openingHours).filter(h -> !h.isBlank()).map(OpeningHours::parse);
    }

    /** The closing time of the first day the store opens, from {@code day} on (a week of closed days: none). */
    public static Optional<java.time.LocalDateTime> closingFrom(OpeningHours hours, LocalDate day) {
        for (int i = 0; i < 7; i++) {
            LocalDate d = day.plusDays(i);
            List<OpeningHours.Span> spans = hours.week().getOrDefault(d.getDayOfWeek(), List.of());
            if (!spans.isEmpty()) {
                LocalTime closes = spans.get(spans.size() - 1).closes();
                return Optional.of(d.atTime(closes));
            }
        }
        return Optional.empty();
    }
}
