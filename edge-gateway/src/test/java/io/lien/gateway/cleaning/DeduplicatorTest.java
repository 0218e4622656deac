package io.lien.gateway.cleaning;

import org.junit.jupiter.api.Test;

import static io.lien.gateway.cleaning.Deduplicator.Verdict.DUPLICATE;
import static io.lien.gateway.cleaning.Deduplicator.Verdict.NEW;
import static org.junit.jupiter.api.Assertions.assertEquals;

class DeduplicatorTest {

    private final Deduplicator dedupe = new Deduplicator();

    @Test
    void aRepeatedBootAndSeqIsADuplicate() {
        assertEquals(NEW, dedupe.check("h-1", 7, 0));
        assertEquals(NEW, dedupe.check("h-1", 7, 1));
        assertEquals(DUPLICATE, dedupe.check("h-1", 7, 1));
        assertEquals(DUPLICATE, dedupe.check("h-1", 7, 0));
    }

    @Test
    void devicesAreIndependent() {
        assertEquals(NEW, dedupe.check("h-1", 7, 0));
        assertEquals(NEW, dedupe.check("h-2", 7, 0));
    }

    @Test
    void aRebootStartsANewStreamAtSeqZeroAndIsSaidSo() {
        assertEquals(NEW, dedupe.check("h-1", 7, 500));
        assertEquals(Deduplicator.Verdict.REBOOTED, dedupe.check("h-1", 8, 0));
        assertEquals(DUPLICATE, dedupe.check("h-1", 8, 0));
        assertEquals(NEW, dedupe.check("h-1", 8, 1));
    }

    @Test
    void gapsCountAsLanLossUntilTheLateMessageArrives() {
        dedupe.check("h-1", 1, 0);
        dedupe.check("h-1", 1, 4);
        assertEquals(3, dedupe.lanLost());
        assertEquals(NEW, dedupe.check("h-1", 1, 2));
        assertEquals(2, dedupe.lanLost());
        assertEquals(DUPLICATE, dedupe.check("h-1", 1, 2));
        assertEquals(2, dedupe.lanLost());
    }

    @Test
    void aSeqFarBehindTheWindowIsTreatedAsAlreadySeen() {
        dedupe.check("h-1", 1, 0);
        dedupe.check("h-1", 1, Deduplicator.WINDOW + 10);
        assertEquals(DUPLICATE, dedupe.check("h-1", 1, 5));
    }

    @Test
    void theWindowForgetsOldSeqsSoTheyDoNotCollideWithNewOnes() {
        for (long s = 0; s < 3 * Deduplicator.WINDOW; s++) {
            assertEquals(NEW, dedupe.check("h-1", 1, s), "seq " + s);
        }
        assertEquals(0, dedupe.lanLost());
    }
}
