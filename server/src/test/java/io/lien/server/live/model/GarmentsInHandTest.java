package io.lien.server.live.model;

import io.lien.server.visits.model.Attribution;
import io.lien.server.visits.model.PresenceCertainty;
import io.lien.server.visits.model.VisitFact;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GarmentsInHandTest {

    private static final GarmentsInHand.Garment TRENCH = new GarmentsInHand.Garment("h-003", "p-trench", "38", "coats");
    private static final Predicate<String> AT_RACK = "coats"::equals;
    private static final Predicate<String> IN_FITTING_ROOMS = z -> z.startsWith("fitting");
    private static final long CARRIED_AFTER = 120_000;

    private final StoreLiveState state = new StoreLiveState("demo", 600_000);
    private final GarmentsInHand garments = state.garments();

    private void enter(String install, String zone, String client, long signal) {
        state.presence(install, zone, "enter", signal, client, signal);
    }

    private <T extends VisitFact> List<T> facts(Class<T> type) {
        return state.drainFacts().stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void aLiftWithOneShopperAtTheRackIsCreditedToHerVisit() {
        enter("inst-c", "coats", "c-camille", 1);
        GarmentsInHand.Lifted lifted = garments.lift(TRENCH, 10, 2, AT_RACK);
        assertEquals("c-camille", lifted.clientId());
        assertEquals(List.of(new VisitFact.HandlingStarted(2, "demo", "h-003", "p-trench", "38", "coats", 10, 1L, "c-camille",
                Attribution.ALONE_AT_RACK)), facts(VisitFact.HandlingStarted.class));
    }

    @Test
    void aLiftJustAfterAnUnsureMoveToTheRackIsNotCreditedOnAGuessButOnceTheMoveHasHeldItIs() {
        state.presence("inst-c", "dresses", "enter", 0, "c-camille", 1, 0.97);
        state.presence("inst-c", "coats", "move", 20_000, "c-camille", 2, 0.56);
        GarmentsInHand.Lifted guessed = garments.lift(TRENCH, 21_000, 3, AT_RACK);
        assertNull(guessed.clientId());
        assertEquals(Attribution.NONE, guessed.attribution());
        GarmentsInHand.Lifted settled = garments.lift(TRENCH, 20_000 + PresenceCertainty.HELD_MS, 4, AT_RACK);
        assertEquals("c-camille", settled.clientId());
        assertEquals(Attribution.ALONE_AT_RACK, settled.attribution());
    }

    @Test
    void aLiftInACrowdStaysAnonymous() {
        enter("inst-c", "coats", "c-camille", 1);
        enter("inst-x", "coats", null, 2);
        GarmentsInHand.Lifted lifted = garments.lift(TRENCH, 10, 3, AT_RACK);
        assertNull(lifted.visitId());
        assertEquals(Attribution.NONE, lifted.attribution());
    }

    @Test
    void aLoneAnonymousShopperGetsTheHandlingOnHerVisitButNoName() {
        enter("inst-x", "coats", null, 1);
        GarmentsInHand.Lifted lifted = garments.lift(TRENCH, 10, 2, AT_RACK);
        assertEquals(1L, lifted.visitId());
        assertNull(lifted.clientId());
    }

    @Test
    void theSameShopperAloneAtTheRackAndInTheFittingRoomIsTheSurestCredit() {
        enter("inst-c", "coats", "c-camille", 1);
        garments.lift(TRENCH, 10, 2, AT_RACK);
        state.presence("inst-c", "fitting-1", "move", 20, "c-camille", 3);
        state.drainFacts();
        GarmentsInHand.Lifted seen = garments.seen(TRENCH, "fitting-1", true, true, 30, 4, IN_FITTING_ROOMS).orElseThrow();
        assertEquals(Attribution.RACK_AND_FITTING_ROOM, seen.attribution());
        assertEquals(List.of(new VisitFact.Carried(2, 30), new VisitFact.Tried(2, "fitting-1", 30),
                new VisitFact.HandlingAttributed(2, 1L, "c-camille", Attribution.RACK_AND_FITTING_ROOM)), state.drainFacts());
    }

    @Test
    void theFittingRoomOutweighsTheRackWhenTheyDisagree() {
        enter("inst-c", "coats", "c-camille", 1);
        garments.lift(TRENCH, 10, 2, AT_RACK);
        state.presence("inst-c", "coats", "leave", 15, "c-camille", 3);
        enter("inst-m", "fitting-2", "c-margaux", 4);
        GarmentsInHand.Lifted seen = garments.seen(TRENCH, "fitting-2", true, true, 30, 5, IN_FITTING_ROOMS).orElseThrow();
        assertEquals("c-margaux", seen.clientId());
        assertEquals(Attribution.ALONE_IN_FITTING_ROOM, seen.attribution());
    }

    @Test
    void withSeveralShoppersInTheFittingRoomsTheRackCreditStands() {
        enter("inst-c", "coats", "c-camille", 1);
        garments.lift(TRENCH, 10, 2, AT_RACK);
        state.presence("inst-c", "fitting-1", "move", 20, "c-camille", 3);
        enter("inst-x", "fitting-2", null, 4);
        GarmentsInHand.Lifted seen = garments.seen(TRENCH, "fitting-1", true, true, 30, 5, IN_FITTING_ROOMS).orElseThrow();
        assertEquals("c-camille", seen.clientId());
        assertEquals(Attribution.ALONE_AT_RACK, seen.attribution());
        assertTrue(seen.tried());
    }

    @Test
    void aGarmentSeenInAFittingRoomWithoutASeenLiftStillCounts() {
        GarmentsInHand.Lifted seen = garments.seen(TRENCH, "fitting-1", true, true, 30, 7, IN_FITTING_ROOMS).orElseThrow();
        assertEquals(7, seen.handlingId());
        assertTrue(seen.carried() && seen.tried());
        assertEquals(1, facts(VisitFact.HandlingStarted.class).size());
    }

    @Test
    void aGarmentKeptInHandLongEnoughCountsAsCarried() {
        garments.lift(TRENCH, 10, 2, AT_RACK);
        garments.putBack("h-003", 10 + CARRIED_AFTER, CARRIED_AFTER, CARRIED_AFTER);
        assertEquals(List.of(new VisitFact.HandlingStarted(2, "demo", "h-003", "p-trench", "38", "coats", 10, null, null,
                        Attribution.NONE), new VisitFact.Carried(2, 10 + CARRIED_AFTER), new VisitFact.HandlingEnded(2, 10 + CARRIED_AFTER)),
                state.drainFacts());
    }

    @Test
    void aGarmentPutBackQuicklyWasOnlyTouched() {
        garments.lift(TRENCH, 10, 2, AT_RACK);
        garments.putBack("h-003", 5_000, 4_990, CARRIED_AFTER);
        assertTrue(facts(VisitFact.Carried.class).isEmpty());
        assertTrue(garments.all().isEmpty());
    }

    @Test
    void aGarmentSeenAtItsOwnRackIsNotCarried() {
        garments.lift(TRENCH, 10, 2, AT_RACK);
        garments.seen(TRENCH, "coats", true, false, 20, 3, IN_FITTING_ROOMS);
        assertTrue(facts(VisitFact.Carried.class).isEmpty());
    }

    @Test
    void aLiftAgainWithoutAPutBackEndsTheFirstHandling() {
        garments.lift(TRENCH, 10, 2, AT_RACK);
        garments.lift(TRENCH, 20, 3, AT_RACK);
        assertEquals(List.of(new VisitFact.HandlingEnded(2, 20)), facts(VisitFact.HandlingEnded.class));
        assertEquals(3, garments.inHand("h-003").orElseThrow().handlingId());
    }

    @Test
    void aHangerLeavesOnlyTheZoneItWasIn() {
        garments.seen(TRENCH, "fitting-1", true, true, 1, 1, IN_FITTING_ROOMS);
        garments.seen(TRENCH, "fitting-2", false, true, 2, 2, IN_FITTING_ROOMS);
        assertEquals("fitting-1", garments.hangersInZones().get("h-003"));
        garments.seen(TRENCH, "fitting-1", false, true, 3, 3, IN_FITTING_ROOMS);
        assertTrue(garments.hangersInZones().isEmpty());
    }
}
