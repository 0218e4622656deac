package io.lien.server.setup.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SizeRunTest {

    private static final List<String> COAT = List.of("34", "36", "38", "40", "42", "44", "46");
    private static final List<String> KNIT = List.of("XS", "S", "M", "L", "XL");

    @Test
    void aRunIsTheProductsSizesBetweenItsEndsInTheCataloguesOrder() {
        assertEquals(List.of("36", "38", "40", "42", "44"), SizeRun.of("36-44", COAT));
        assertEquals(List.of("S", "M", "L", "XL"), SizeRun.of("s–xl", KNIT));
        assertEquals(List.of("36", "38"), SizeRun.of("36..38", COAT));
        assertEquals(List.of("42", "36"), SizeRun.of("42, 36", COAT));
    }

    @Test
    void aSizeTheProductDoesNotHaveIsNamedWithTheProductsSizes() {
        String why = assertThrows(IllegalArgumentException.class, () -> SizeRun.of("36-48", COAT)).getMessage();
        assertTrue(why.contains("'48'") && why.contains("[34, 36"), why);
        assertThrows(IllegalArgumentException.class, () -> SizeRun.of("44-36", COAT));
        assertThrows(IllegalArgumentException.class, () -> SizeRun.of("38", List.of()));
    }

    @Test
    void tenHangersInFiveSizesCarryTwoOfEachInOrder() {
        assertEquals(List.of("36", "36", "38", "38", "40", "40", "42", "42", "44", "44"),
                SizeRun.spread(List.of("36", "38", "40", "42", "44"), 10));
        assertEquals(List.of("S", "M", "L"), SizeRun.spread(List.of("S", "M", "L"), 3));
        assertEquals(List.of("S", "S", "M", "L"), SizeRun.spread(List.of("S", "M", "L"), 4));
    }
}
