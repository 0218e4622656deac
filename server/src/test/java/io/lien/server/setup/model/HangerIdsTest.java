package io.lien.server.setup.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class HangerIdsTest {

    @Test
    void aRangeKeepsTheWidthOfItsDigitsAndMixesWithSingleIdsOnce() {
        assertEquals(List.of("h-098", "h-099", "h-100", "h-101", "h-120"), HangerIds.parse("h-098..h-101, h-120 h-099"));
    }

    @Test
    void rangesThatRunBackwardsChangePrefixOrAreHugeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> HangerIds.parse("h-10..h-2"));
        assertThrows(IllegalArgumentException.class, () -> HangerIds.parse("h-1..k-2"));
        assertThrows(IllegalArgumentException.class, () -> HangerIds.parse("h-1..h-5000"));
        assertThrows(IllegalArgumentException.class, () -> HangerIds.parse("h-1..h-99999999999999999999"));
        assertThrows(IllegalArgumentException.class, () -> HangerIds.parse("h/1"));
        assertThrows(IllegalArgumentException.class, () -> HangerIds.parse("  "));
    }
}
