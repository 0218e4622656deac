package io.lien.server.live.model;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoreLiveStateTest {

    private final StoreLiveState state = new StoreLiveState();

    @Test
    void anIdentifiedClientAloneInAZoneIsCredited() {
        state.presence("inst-c", "coats", "enter", 0, "c-camille");
        assertEquals(Optional.of("c-camille"), state.soleClientIn("coats"::equals));
    }

    @Test
    void nobodyIsCreditedWhenAnAnonymousShopperIsThereToo() {
        state.presence("inst-c", "coats", "enter", 0, "c-camille");
        state.presence("inst-x", "coats", "enter", 0, null);
        assertTrue(state.soleClientIn("coats"::equals).isEmpty());
    }

    @Test
    void anAnonymousShopperAloneIsNeverNamed() {
        state.presence("inst-x", "coats", "enter", 0, null);
        assertTrue(state.soleClientIn("coats"::equals).isEmpty());
    }

    @Test
    void aMoveKeepsTheArrivalTimeAndALeaveForgetsTheShopper() {
        state.presence("inst-c", "entrance", "enter", 1_000, "c-camille");
        Optional<StoreLiveState.Presence> before = state.presence("inst-c", "coats", "move", 9_000, "c-camille");
        assertEquals("entrance", before.orElseThrow().zoneId());
        assertEquals(1_000, state.presences().get(0).arrivedAt());
        state.presence("inst-c", "coats", "leave", 20_000, "c-camille");
        assertTrue(state.presences().isEmpty());
    }

    @Test
    void aHangerLeavesOnlyTheZoneItWasIn() {
        state.hangerZone("h-1", "fitting-1", true);
        state.hangerZone("h-1", "fitting-2", false);
        assertEquals("fitting-1", state.hangersInZones().get("h-1"));
        state.hangerZone("h-1", "fitting-1", false);
        assertTrue(state.hangersInZones().isEmpty());
    }
}
