package io.lien.server.insights.model;

import io.lien.server.registry.model.Polygon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A heat map on a store's plan, drawn as SVG: the plan's area is cut into cells, each belonging to the
 * zone drawn there (its shape on the plan, from the back office) or else to the nearest beacon's zone
 * (what presence estimation also assumes), runs of cells of one zone
 * merged into rectangles, each zone coloured by where its value sits between the least and the most. A plan with no
 * positioned beacon has no map (the page says so).
 */
public record HeatMap(double width, double height, List<Cell> cells, List<Label> labels) {

    static final double CELL_M = 0.5;
    static final double PX_PER_M = 24;

    /** A beacon of a zone where it hangs, in metres. */
    public record Spot(String zoneId, double x, double y) {
    }

    public record Cell(String zoneId, double x, double y, double w, double h, String fill) {
    }

    public record Label(String zoneId, String name, String value, double x, double y, boolean dark) {
    }

    /** A zone drawn on the plan: its shape wins over the nearest beacon. */
    public record Area(String zoneId, Polygon shape) {
    }

    public static HeatMap of(List<Spot> spots, Map<String, Double> values, Map<String, String> names, Map<String, String> valueTexts) {
        return of(spots, List.of(), values, names, valueTexts);
    }

    public static HeatMap of(List<Spot> spots, List<Area> areas, Map<String, Double> values, Map<String, String> names,
                             Map<String, String> valueTexts) {
        if (spots.isEmpty() && areas.isEmpty()) {
            return new HeatMap(0, 0, List.of(), List.of());
        }
        // a zone drawn on the plan is its shape; the beacons of zones not drawn still share the rest by nearness
        java.util.Set<String> drawn = new java.util.HashSet<>(areas.stream().map(Area::zoneId).toList());
        double margin = spots.stream().anyMatch(s -> !drawn.contains(s.zoneId())) ? margin(spots) : 0;
        spots = spots.stream().filter(s -> !drawn.contains(s.zoneId())).toList();
        double minX = Math.min(spots.stream().mapToDouble(Spot::x).min().orElse(Double.MAX_VALUE) - margin,
                areas.stream().flatMap(a -> a.shape().points().stream()).mapToDouble(Polygon.Point::x).min().orElse(Double.MAX_VALUE));
        double minY = Math.min(spots.stream().mapToDouble(Spot::y).min().orElse(Double.MAX_VALUE) - margin,
                areas.stream().flatMap(a -> a.shape().points().stream()).mapToDouble(Polygon.Point::y).min().orElse(Double.MAX_VALUE));
        double maxX = Math.max(spots.stream().mapToDouble(Spot::x).max().orElse(-Double.MAX_VALUE) + margin,
                areas.stream().mapToDouble(a -> a.shape().maxX()).max().orElse(-Double.MAX_VALUE));
        double maxY = Math.max(spots.stream().mapToDouble(Spot::y).max().orElse(-Double.MAX_VALUE) + margin,
                areas.stream().mapToDouble(a -> a.shape().maxY()).max().orElse(-Double.MAX_VALUE));
        int cols = (int) Math.ceil((maxX - minX) / CELL_M);
        int rows = (int) Math.ceil((maxY - minY) / CELL_M);
        double top = values.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double low = values.values().stream().mapToDouble(Double::doubleValue).filter(v -> v > 0).min().orElse(0);
        List<Cell> cells = new ArrayList<>();
        Map<String, double[]> centres = new LinkedHashMap<>();
        for (int r = 0; r < rows; r++) {
            double y = minY + (r + 0.5) * CELL_M;
            int start = 0;
            String runZone = zoneAt(spots, areas, minX + 0.5 * CELL_M, y);
            for (int c = 1; c <= cols; c++) {
                String zone = c == cols ? null : zoneAt(spots, areas, minX + (c + 0.5) * CELL_M, y);
                if (!java.util.Objects.equals(runZone, zone)) {
                    if (runZone == null) {
                        start = c; // outside every drawn zone, with no beacon to fall back on: nothing drawn
                        runZone = zone;
                        continue;
                    }
                    double v = values.getOrDefault(runZone, 0.0);
                    cells.add(new Cell(runZone, px(start * CELL_M), px(r * CELL_M), px((c - start) * CELL_M), px(CELL_M), fill(shade(v, low, top))));
                    double[] sum = centres.computeIfAbsent(runZone, k -> new double[3]);
                    sum[0] += (start + c) / 2.0 * (c - start);
                    sum[1] += (r + 0.5) * (c - start);
                    sum[2] += c - start;
                    start = c;
                    runZone = zone;
                }
            }
        }
        List<Label> labels = new ArrayList<>();
        centres.forEach((zone, s) -> {
            double share = shade(values.getOrDefault(zone, 0.0), low, top);
            labels.add(new Label(zone, names.getOrDefault(zone, zone), valueTexts.getOrDefault(zone, ""),
                    px(s[0] / s[2] * CELL_M), px(s[1] / s[2] * CELL_M), share > 0.55));
        });
        return new HeatMap(px(cols * CELL_M), px(rows * CELL_M), cells, labels);
    }

    public boolean isEmpty() {
        return cells.isEmpty();
    }

    /** Half the median distance from a beacon to its nearest neighbour (4 m for a lone beacon). */
    private static double margin(List<Spot> spots) {
        List<Double> nearest = new ArrayList<>();
        for (Spot a : spots) {
            spots.stream().filter(b -> b != a).mapToDouble(b -> Math.hypot(a.x() - b.x(), a.y() - b.y()))
                    .filter(d -> d > 0).min().ifPresent(nearest::add);
        }
        nearest.sort(Comparator.naturalOrder());
        return nearest.isEmpty() ? 4 : nearest.get(nearest.size() / 2) / 2;
    }

    /** The zone drawn there (the first area containing the point), else the nearest beacon's, else none. */
    private static String zoneAt(List<Spot> spots, List<Area> areas, double x, double y) {
        for (Area a : areas) {
            if (a.shape().contains(x, y)) {
                return a.zoneId();
            }
        }
        return spots.isEmpty() ? null : nearest(spots, x, y);
    }

    private static String nearest(List<Spot> spots, double x, double y) {
        return spots.stream().min(Comparator.comparingDouble((Spot s) -> Math.hypot(s.x() - x, s.y() - y))
                .thenComparing(Spot::zoneId)).orElseThrow().zoneId();
    }

    /**
     * Where a value sits between the least (above nothing) and the most: the areas of one store differ
     * by tens of percent, which a share of the most would paint all alike. Nothing at all stays blank.
     */
    static double shade(double v, double low, double top) {
        if (v <= 0 || top <= 0) {
            return 0;
        }
        return top == low ? 1 : 0.12 + 0.88 * (v - low) / (top - low);
    }

    /** From a pale cream (nothing) to a deep red-brown (the most), through orange: readable in print too. */
    static String fill(double share) {
        int[][] stops = {{255, 247, 236}, {253, 187, 132}, {239, 101, 72}, {153, 0, 0}};
        double t = Math.max(0, Math.min(1, share)) * (stops.length - 1);
        int i = Math.min(stops.length - 2, (int) Math.floor(t));
        double f = t - i;
        int[] a = stops[i];
        int[] b = stops[i + 1];
        return String.format("#%02x%02x%02x", Math.round(a[0] + (b[0] - a[0]) * f), Math.round(a[1] + (b[1] - a[1]) * f),
                Math.round(a[2] + (b[2] - a[2]) * f));
    }

    private static double px(double metres) {
        return Math.round(metres * PX_PER_M * 10) / 10.0;
    }
}
