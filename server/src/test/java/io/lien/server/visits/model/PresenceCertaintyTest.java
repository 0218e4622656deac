package io.lien.server.visits.model;

import io.lien.server.visits.VisitZone;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PresenceCertaintyTest {

    @Test
    void aStayTheGatewayUndidIsNoVisitWhileAStayGoingOnOrASecondLongIs() {
        assertFalse(new VisitZone(1L, 7, "accessories", 30_000, 30_001L, 0.85).counts(), "a millisecond, dated by the gateway (ADR 31)");
        assertFalse(PresenceCertainty.counts(30_000, 30_999L));
        assertTrue(PresenceCertainty.counts(30_000, 31_000L), "a second: one reading's worth");
        assertTrue(new VisitZone(2L, 7, "coats", 30_000, null, 0.4).counts(), "still there, however unsure");
    }

    @Test
    void anUnsureZoneIsSettledOnceHeldOrWhenTheGatewayWasSureOrDidNotSay() {
        assertFalse(PresenceCertainty.settled(0.55, 10_000, 12_000));
        assertTrue(PresenceCertainty.settled(0.55, 10_000, 13_000));
        assertTrue(PresenceCertainty.settled(0.8, 10_000, 10_000));
        assertTrue(PresenceCertainty.settled(null, 10_000, 10_000));
    }
}
