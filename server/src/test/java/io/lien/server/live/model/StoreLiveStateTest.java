package io.lien.server.live.model;

import io.lien.server.visits.model.PresenceCertainty;
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
    void aStateRestoredFromItsSnapshotGoesOnAsTheOriginalWould() {
        state.presence("inst-c", "coats", "enter", 1_000, "c-camille", 10);
        state.garments().lift(new GarmentsInHand.Garment("h-003", "p-trench", "38", "coats"), 2_000, 11, "coats"::equals);
        state.garments().seen(new GarmentsInHand.Garment("h-024", "p-dress", "36", "dresses"), "fitting-1", true, true, 2_500, 12,
                "fitting-1"::equals);
        state.presence("inst-s", "dresses", "enter", 1_500, "c-sophie", 13);
        state.presence("inst-s", "dresses", "leave", 3_000, "c-sophie", 14);
        state.drainFacts();

        StoreLiveState restored = new StoreLiveState("demo", ABSENCE);
        restored.restore(state.snapshot());
        assertEquals(state.snapshot().presences(), restored.snapshot().presences());
        assertEquals(state.snapshot().away(), restored.snapshot().away());
        assertEquals(state.garments().inHand("h-003"), restored.garments().inHand("h-003"));
        assertEquals(state.garments().hangersInZones(), restored.garments().hangersInZones());
        // Sophie back within the absence setting: the same visit goes on in both, with the same facts
        state.presence("inst-s", "dresses", "enter", 60_000, "c-sophie", 15);
        restored.presence("inst-s", "dresses", "enter", 60_000, "c-sophie", 15);
        assertEquals(state.drainFacts(), restored.drainFacts());
        assertEquals(13, restored.presences().stream().filter(p -> p.installId().equals("inst-s")).findFirst().orElseThrow().visitId());
    }

    @Test
    void aSnapshotToStoreNamesNoShopperWhoIsNotIdentifiedWithConsent() {
        state.presence("inst-c", "coats", "enter", 1_000, "c-camille", 10);
        state.presence("inst-x", "knitwear", "enter", 1_000, null, 11);
        state.presence("inst-y", "dresses", "enter", 1_000, null, 12);
        state.presence("inst-y", "dresses", "leave", 2_000, null, 13);
        state.presence("inst-c2", "dresses", "enter", 1_000, "c-sophie", 14);
        state.presence("inst-c2", "dresses", "leave", 2_000, "c-sophie", 15);

        StoreLiveState.Snapshot kept = state.snapshot().withAnonymousInstalls(() -> "anon-1");
        String text = kept.toString();
        assertTrue(!text.contains("inst-x") && !text.contains("inst-y"), text);
        assertTrue(text.contains("inst-c") && text.contains("inst-c2"), "identified with consent: kept, " + text);
        assertEquals(2, kept.presences().size());
        assertEquals(2, kept.away().size());
        assertEquals(11, kept.presences().stream().filter(p -> p.clientId() == null).findFirst().orElseThrow().visitId());
    }

    @Test
    void anIdentifiedClientAloneInAZoneIsCredited() {
        state.presence("inst-c", "coats", "enter", 0, "c-camille", signal++);
        assertEquals(Optional.of("c-camille"), state.soleClientIn("coats"::equals, 60_000));
    }

    @Test
    void aClientReportedUnsurelyInAZoneIsCreditedOnlyOnceTheZoneHasHeld() {
        state.presence("inst-c", "dresses", "enter", 0, "c-camille", signal++, 0.95);
        state.presence("inst-c", "coats", "move", 10_000, "c-camille", signal++, 0.55);
        assertTrue(state.soleClientIn("coats"::equals, 12_000).isEmpty(), "two seconds after a move the gateway was unsure of");
        assertEquals(Optional.of("c-camille"), state.soleClientIn("coats"::equals, 10_000 + PresenceCertainty.HELD_MS));
    }

    @Test
    void aMoveTheGatewayDatedBackCountsFromThenButSettlesFromWhenItWasReported() {
        state.presence("inst-c", "dresses", "enter", 0, "c-camille", 1, 0.95);
        state.presence("inst-c", "coats", "move", 8_000, "c-camille", 2, 0.55, 10_000);
        assertEquals(List.of(new VisitFact.Opened(1, "demo", "c-camille", 0),
                new VisitFact.ZoneEntered(1, 1, "dresses", 0, 0.95),
                new VisitFact.ZoneLeft(1, 1, 8_000),
                new VisitFact.ZoneEntered(2, 1, "coats", 8_000, 0.55)), state.drainFacts());
        assertEquals(8_000, state.presences().get(0).zoneSince(), "in coats since the gateway's dating");
        assertTrue(state.soleClientIn("coats"::equals, 8_000 + PresenceCertainty.HELD_MS).isEmpty(),
                "held 3 s from the dating, but only 1 s since the gateway said so");
        assertEquals(Optional.of("c-camille"), state.soleClientIn("coats"::equals, 10_000 + PresenceCertainty.HELD_MS));
    }

    @Test
    void aMoveDatedBeforeTheZoneItLeavesWasEnteredIsDatedAtThatEntry() {
        state.presence("inst-c", "dresses", "enter", 5_000, "c-camille", 1, 0.95);
        state.drainFacts();
        state.presence("inst-c", "coats", "move", 3_000, "c-camille", 2, 0.9, 6_000);
        assertEquals(List.of(new VisitFact.ZoneLeft(1, 1, 5_000), new VisitFact.ZoneEntered(2, 1, "coats", 5_000, 0.9)),
                state.drainFacts(), "never a zone left before it was entered");
    }

    @Test
    void aClientReportedSurelyOrByAGatewayThatDoesNotSayIsCreditedAtOnce() {
        state.presence("inst-c", "coats", "enter", 0, "c-camille", signal++, PresenceCertainty.SURE);
        state.presence("inst-s", "dresses", "enter", 0, "c-sophie", signal++, null);
        assertEquals(Optional.of("c-camille"), state.soleClientIn("coats"::equals, 1));
        assertEquals(Optional.of("c-sophie"), state.soleClientIn("dresses"::equals, 1));
    }

    @Test
    void anUnsureShopperStillCrowdsTheZone() {
        state.presence("inst-c", "coats", "enter", 0, "c-camille", signal++, 0.99);
        state.presence("inst-x", "coats", "enter", 59_000, null, signal++, 0.51);
        assertTrue(state.soleClientIn("coats"::equals, 60_000).isEmpty(), "someone may be beside Camille");
    }

    @Test
    void nobodyIsCreditedWhenAnAnonymousShopperIsThereToo() {
        state.presence("inst-c", "coats", "enter", 0, "c-camille", signal++);
        state.presence("inst-x", "coats", "enter", 0, null, signal++);
        assertTrue(state.soleClientIn("coats"::equals, 60_000).isEmpty());
    }

    @Test
    void anAnonymousShopperAloneIsNeverNamed() {
        state.presence("inst-x", "coats", "enter", 0, null, signal++);
        assertTrue(state.soleClientIn("coats"::equals, 60_000).isEmpty());
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
                new VisitFact.ZoneEntered(10, 10, "entrance", 1_000, null),
                new VisitFact.ZoneLeft(10, 10, 5_000),
                new VisitFact.ZoneEntered(11, 10, "coats", 5_000, null)), state.drainFacts());
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
                new VisitFact.ZoneEntered(12, 12, "dresses", 2_001 + ABSENCE, null)), state.drainFacts());
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
