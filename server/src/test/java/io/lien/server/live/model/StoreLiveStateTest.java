package io.lien.server.live.model;

import io.lien.server.visits.model.VisitFact;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoreLiveStateTest {

    private static final long ABSENCE = 600_000;
    private long signal = 1;

    private final StoreLiveState state = new StoreLiveState("demo", ABSENCE);

    @Test
    void anIdentifiedClientAloneInAZoneIsCredited() {
        state.presence("inst-c", "coats", "enter", 0, "c-camille", signal++);
        assertEquals(Optional.of("c-camille"), state.soleClientIn("coats"::equals));
    }

    @Test
    void nobodyIsCreditedWhenAnAnonymousShopperIsThereToo() {
        state.presence("inst-c", "coats", "enter", 0, "c-camille", signal++);
        state.presence("inst-x", "coats", "enter", 0, null, signal++);
        assertTrue(state.soleClientIn("coats"::equals).isEmpty());
    }

    @Test
    void anAnonymousShopperAloneIsNeverNamed() {
        state.presence("inst-x", "coats", "enter", 0, null, signal++);
        assertTrue(state.soleClientIn("coats"::equals).isEmpty());
    }

    @Test
    void aMoveKeepsTheArrivalTimeAndALeaveForgetsTheShopper() {
        state.presence("inst-c", "entrance", "enter", 1_000, "c-camille", signal++);
        Optional<StoreLiveState.Presence> before = state.presence("inst-c", "coats", "move", 9_000, "c-camille", signal++);
        assertEquals("entrance", before.orElseThrow().zoneId());
        assertEquals(1_000, state.presences().get(0).arrivedAt());
        state.presence("inst-c", "coats", "leave", 20_000, "c-camille", signal++);
        assertTrue(state.presences().isEmpty());
    }

    @Test
    void anArrivalOpensAVisitAndEachNewZoneIsAnEntry() {
        state.presence("inst-c", "entrance", "enter", 1_000, "c-camille", 10);
        state.presence("inst-c", "coats", "move", 5_000, "c-camille", 11);
        state.presence("inst-c", "coats", "move", 6_000, "c-camille", 12);
        assertEquals(List.of(new VisitFact.Opened(10, "demo", "c-camille", 1_000),
                new VisitFact.ZoneEntered(10, 10, "entrance", 1_000),
                new VisitFact.ZoneLeft(10, 10, 5_000),
                new VisitFact.ZoneEntered(11, 10, "coats", 5_000)), state.drainFacts());
        assertTrue(state.drainFacts().isEmpty(), "facts are drained once");
    }

    @Test
    void aShopperBackWithinTheAbsenceSettingGoesOnWithTheSameVisit() {
        state.presence("inst-c", "coats", "enter", 1_000, "c-camille", 10);
        state.presence("inst-c", "coats", "leave", 2_000, "c-camille", 11);
        state.presence("inst-c", "coats", "enter", 2_000 + ABSENCE, "c-camille", 12);
        assertEquals(10, state.presences().get(0).visitId());
        assertEquals(1_000, state.presences().get(0).arrivedAt());
        assertTrue(state.drainFacts().stream().noneMatch(f -> f instanceof VisitFact.Ended));
    }

    @Test
    void aShopperBackAfterTheAbsenceSettingBeginsANewVisitAndTheOldOneEndsAtTheLeave() {
        state.presence("inst-c", "coats", "enter", 1_000, "c-camille", 10);
        state.presence("inst-c", "coats", "leave", 2_000, "c-camille", 11);
        state.drainFacts();
        state.presence("inst-c", "dresses", "enter", 2_001 + ABSENCE, "c-camille", 12);
        assertEquals(List.of(new VisitFact.Ended(10, 2_000), new VisitFact.Opened(12, "demo", "c-camille", 2_001 + ABSENCE),
                new VisitFact.ZoneEntered(12, 12, "dresses", 2_001 + ABSENCE)), state.drainFacts());
    }

    @Test
    void theSweepEndsOnlyVisitsAwayLongerThanTheSetting() {
        state.presence("inst-a", "coats", "enter", 1_000, null, 10);
        state.presence("inst-a", "coats", "leave", 2_000, null, 11);
        state.presence("inst-b", "coats", "enter", 1_000, null, 12);
        state.presence("inst-b", "coats", "leave", 50_000, null, 13);
        assertEquals(List.of(new VisitFact.Ended(10, 2_000)), state.endVisitsAwaySince(2_001 + ABSENCE));
        assertEquals(List.of(), state.endVisitsAwaySince(2_001 + ABSENCE), "ended once");
    }

    @Test
    void anAnonymousVisitCarriesNoIdentifier() {
        state.presence("inst-x", "coats", "enter", 1_000, null, 10);
        assertEquals(new VisitFact.Opened(10, "demo", null, 1_000), state.drainFacts().get(0));
    }
}
