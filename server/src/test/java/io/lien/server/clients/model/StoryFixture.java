package io.lien.server.clients.model;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

/** Camille's story as the demo tells it, on a fixed day. */
final class StoryFixture {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private StoryFixture() {
    }

    static ConversationStarters.Story camille(boolean justBrowsing, List<ConversationStarters.Handled> today) {
        return new ConversationStarters.Story("Camille", "she", justBrowsing,
                "tailoring, navy and camel, vintage markets",
                List.of(new ConversationStarters.Purchase(LocalDate.of(2026, 5, 12), "p-dress-floral",
                                "Floral midi dress, a gift for her daughter Inès", false),
                        new ConversationStarters.Purchase(LocalDate.of(2026, 8, 20), "p-sweater-grey",
                                "Grey cashmere sweater with Léa", true)),
                List.of(new ConversationStarters.Date("birthday", "Inès", MonthDay.of(12, 2)),
                        new ConversationStarters.Date("birthday", null, MonthDay.of(3, 14))),
                today);
    }

    static ConversationStarters.Handled triedTheTrench() {
        return new ConversationStarters.Handled("p-trench-navy", "38", true, false);
    }
}
