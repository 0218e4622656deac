package io.lien.server.visits.model;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

/** Visits told as evidence, around Saturday 21 November 2026, 10:00 in Paris. */
final class VisitFixture {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final long SATURDAY_10H = ZonedDateTime.of(2026, 11, 21, 10, 0, 0, 0, PARIS).toInstant().toEpochMilli();
    static final long DAY = 86_400_000L;
    static final long MINUTE = 60_000L;

    private VisitFixture() {
    }

    static VisitTypology.Handled trench(boolean tried, boolean bought) {
        return new VisitTypology.Handled("p-trench-navy", tried, bought);
    }

    static VisitTypology.Evidence identified(long durationMs, List<String> zones, List<VisitTypology.Handled> handled,
                                              List<VisitTypology.Earlier> earlier, List<VisitTypology.Other> others,
                                              List<VisitTypology.GiftDate> dates) {
        return new VisitTypology.Evidence(true, SATURDAY_10H, durationMs, zones, handled, earlier, others, dates, PARIS);
    }

    static VisitTypology.Evidence anonymous(long durationMs, List<String> zones, List<VisitTypology.Other> others) {
        return new VisitTypology.Evidence(false, SATURDAY_10H, durationMs, zones, List.of(), List.of(), others, List.of(), PARIS);
    }

    static VisitTypology.Earlier earlier(long daysBefore, Set<String> zones, Set<String> products) {
        return new VisitTypology.Earlier(SATURDAY_10H - daysBefore * DAY, zones, products);
    }
}
