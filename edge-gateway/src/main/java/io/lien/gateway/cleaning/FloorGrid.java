package io.lien.gateway.cleaning;

import io.lien.protocol.uplink.StoreRegistry.Point;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The store plan cut into square cells, once per registry: which zone each cell belongs to (that of the nearest placed
 * beacon, as the server draws zones) and how far each cell is from each beacon, kept as {@code log10(distance)} so
 * that the expected reading of a beacon in a cell costs one multiply-add. {@link ZoneBelief} keeps one shopper's
 * probabilities over these cells.
 */
final class FloorGrid {

    /** The grid reaches this far past the outermost beacons: half their usual spacing in a Lien store. */
    static final double MARGIN_M = 4;
    /**
     * At most this many cells (a 100 m × 100 m floor in 0.5 m cells): the distances are kept once per floor, for every
     * beacon, so a still larger floor gets larger cells. Each shopper's belief covers a window of it only.
     */
    static final int MAX_CELLS = 40_000;

    final double cell;
    final int columns;
    final int rows;
    final double x0;
    final double y0;
    /** Zone index of each cell. */
    final int[] zoneOfCell;
    final List<String> zones;
    final Map<String, Integer> beaconIndex;
    /** For each beacon (by index), log10 of the distance from each cell's centre, at least 0.5 m. */
    final float[][] logDistance;
    /** The cell each beacon hangs over (by index). */
    final int[] beaconColumn;
    final int[] beaconRow;
    /** Where this floor's shoppers stop, learnt as they do. */
    final StandingMap standing;

    private FloorGrid(double cell, int columns, int rows, double x0, double y0, int[] zoneOfCell, List<String> zones,
                      Map<String, Integer> beaconIndex, float[][] logDistance, int[] beaconColumn, int[] beaconRow) {
        this.cell = cell;
        this.columns = columns;
        this.rows = rows;
        this.x0 = x0;
        this.y0 = y0;
        this.zoneOfCell = zoneOfCell;
        this.zones = zones;
        this.beaconIndex = beaconIndex;
        this.logDistance = logDistance;
        this.beaconColumn = beaconColumn;
        this.beaconRow = beaconRow;
        this.standing = new StandingMap(columns * rows);
    }

    /**
     * @param wanted the cell's side, in metres, unless the floor would need more than {@link #MAX_CELLS} of them
     * @return null when fewer than two beacons are placed: no plan to reason on
     */
    static FloorGrid of(Map<String, Point> placed, Function<String, String> zoneOf, double wanted) {
        Map<String, Point> beacons = new LinkedHashMap<>();
        placed.forEach((id, at) -> {
            if (zoneOf.apply(id) != null) {
                beacons.put(id, at);
            }
        });
        if (beacons.size() < 2) {
            return null;
        }
        double minX = beacons.values().stream().mapToDouble(Point::x).min().orElseThrow() - MARGIN_M;
        double minY = beacons.values().stream().mapToDouble(Point::y).min().orElseThrow() - MARGIN_M;
        double maxX = beacons.values().stream().mapToDouble(Point::x).max().orElseThrow() + MARGIN_M;
        double maxY = beacons.values().stream().mapToDouble(Point::y).max().orElseThrow() + MARGIN_M;
        double cell = Math.max(wanted, Math.sqrt((maxX - minX) * (maxY - minY) / MAX_CELLS));
        int columns = Math.max(1, (int) Math.ceil((maxX - minX) / cell));
        int rows = Math.max(1, (int) Math.ceil((maxY - minY) / cell));
        List<String> ids = new ArrayList<>(beacons.keySet());
        List<String> zones = new ArrayList<>();
        Map<String, Integer> zoneIndex = new HashMap<>();
        Map<String, Integer> beaconIndex = new HashMap<>();
        float[][] logDistance = new float[ids.size()][columns * rows];
        int[] zoneOfCell = new int[columns * rows];
        int[] beaconColumn = new int[ids.size()];
        int[] beaconRow = new int[ids.size()];
        for (int b = 0; b < ids.size(); b++) {
            beaconIndex.put(ids.get(b), b);
            beaconColumn[b] = Math.min(columns - 1, (int) ((beacons.get(ids.get(b)).x() - minX) / cell));
            beaconRow[b] = Math.min(rows - 1, (int) ((beacons.get(ids.get(b)).y() - minY) / cell));
            zoneIndex.computeIfAbsent(zoneOf.apply(ids.get(b)), z -> {
                zones.add(z);
                return zones.size() - 1;
            });
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                int i = r * columns + c;
                double x = minX + (c + 0.5) * cell;
                double y = minY + (r + 0.5) * cell;
                double nearest = Double.MAX_VALUE;
                for (int b = 0; b < ids.size(); b++) {
                    Point at = beacons.get(ids.get(b));
                    double d = Math.hypot(at.x() - x, at.y() - y);
                    logDistance[b][i] = (float) Math.log10(Math.max(0.5, d));
                    if (d < nearest) {
                        nearest = d;
                        zoneOfCell[i] = zoneIndex.get(zoneOf.apply(ids.get(b)));
                    }
                }
            }
        }
        return new FloorGrid(cell, columns, rows, minX, minY, zoneOfCell, List.copyOf(zones), Map.copyOf(beaconIndex), logDistance,
                beaconColumn, beaconRow);
    }

    int cells() {
        return columns * rows;
    }
}
