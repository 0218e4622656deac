package io.lien.server.insights.model;

import io.lien.server.registry.model.Polygon;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HeatMapTest {

    private static final Map<String, Double> VALUES = Map.of("entrance", 10.0, "floor", 30.0, "corner", 5.0);

    private static String zoneAt(HeatMap map, double xM, double yM) {
        double x = xM * HeatMap.PX_PER_M;
        double y = yM * HeatMap.PX_PER_M;
        return map.cells().stream().filter(c -> x >= c.x() && x < c.x() + c.w() && y >= c.y() && y < c.y() + c.h())
                .map(HeatMap.Cell::zoneId).findFirst().orElse(null);
    }

    @Test
    void withoutDrawnZonesEachCellBelongsToTheNearestBeacon() {
        HeatMap map = HeatMap.of(List.of(new HeatMap.Spot("entrance", 2, 2), new HeatMap.Spot("floor", 10, 2)), VALUES, Map.of(), Map.of());
        assertEquals(Set.of("entrance", "floor"), map.cells().stream().map(HeatMap.Cell::zoneId).collect(Collectors.toSet()));
        assertEquals(2, map.labels().size());
    }

    @Test
    void aDrawnZoneIsItsShapeWhereverItsBeaconHangsAndTheNotchOfAnLShapedStoreStaysBlank() {
        List<HeatMap.Area> areas = List.of(new HeatMap.Area("entrance", Polygon.parse("0 0, 4 0, 4 10, 0 10")),
                new HeatMap.Area("floor", Polygon.parse("4 0, 12 0, 12 5, 4 5")));
        // the entrance's beacon hangs near the floor: its shape decides, not the beacon
        HeatMap map = HeatMap.of(List.of(new HeatMap.Spot("entrance", 3.9, 1), new HeatMap.Spot("floor", 8, 2.5)), areas, VALUES,
                Map.of(), Map.of());
        assertEquals("entrance", zoneAt(map, 1, 9));
        assertEquals("floor", zoneAt(map, 5, 1));
        assertEquals(null, zoneAt(map, 10, 8), "the notch: no zone drawn, no free beacon");
    }

    @Test
    void aZoneNotDrawnYetSharesTheRestByItsBeacon() {
        List<HeatMap.Area> areas = List.of(new HeatMap.Area("entrance", Polygon.parse("0 0, 4 0, 4 10, 0 10")));
        HeatMap map = HeatMap.of(List.of(new HeatMap.Spot("entrance", 2, 5), new HeatMap.Spot("corner", 10, 5)), areas, VALUES,
                Map.of(), Map.of());
        assertEquals("entrance", zoneAt(map, 3.5, 5));
        assertEquals("corner", zoneAt(map, 6, 5));
        assertTrue(map.labels().stream().anyMatch(l -> l.zoneId().equals("corner")));
    }
}
