package io.lien.server.registry.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PolygonTest {

    private final Polygon lShaped = Polygon.parse("0 0, 20 0, 20 10, 10 10, 10 20, 0 20");

    @Test
    void aPointInTheNotchOfAnLShapedStoreIsOutsideAndOneOnAWallIsInside() {
        assertTrue(lShaped.contains(5, 15));
        assertFalse(lShaped.contains(15, 15), "the notch");
        assertTrue(lShaped.contains(20, 5), "on the wall");
        assertFalse(lShaped.contains(-0.5, 3));
    }

    @Test
    void aZoneAcrossTheNotchIsNotEnclosed() {
        assertTrue(lShaped.encloses(Polygon.parse("0 0, 10 0, 10 20, 0 20")));
        assertFalse(lShaped.encloses(Polygon.parse("5 5, 15 5, 15 15, 5 15")));
    }

    @Test
    void anOutlineIsWrittenBackTheOneWayToTheCentimetre() {
        assertEquals("0 0, 12.5 0, 12.5 8.33, 0 8.33", Polygon.parse(" 0 0 ,12.50 0, 12.5   8.3333 ,0 8.333").text());
        assertEquals(300, lShaped.area(), 1e-9);
    }

    @Test
    void whatIsNotAnOutlineIsRefusedWithAReason() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Polygon.parse("0 0, 5 5")).getMessage().contains("3"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Polygon.parse("0 0, 5 0, 10 0")).getMessage().contains("no area"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Polygon.parse("0 0, 5 x, 5 5")).getMessage().contains("'x'"));
        assertThrows(IllegalArgumentException.class, () -> Polygon.parse("0 0, NaN 0, 5 5"));
        assertThrows(IllegalArgumentException.class, () -> Polygon.parse("0 0, 5000 0, 5 5"));
        assertThrows(IllegalArgumentException.class, () -> Polygon.parse("0 0, -1 0, 5 5"));
        assertThrows(IllegalArgumentException.class, () -> Polygon.parse("0 0 0, 1 0, 5 5"));
        assertThrows(IllegalArgumentException.class, () -> Polygon.parse("1 1, ".repeat(101) + "1 2"));
    }
}
