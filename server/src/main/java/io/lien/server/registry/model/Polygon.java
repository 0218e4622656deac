package io.lien.server.registry.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A closed outline on a store plan, in metres (x to the right, y down from the plan's top-left corner),
 * written {@code "x y, x y, …"}: the store's walls, a zone's area.
 */
public record Polygon(List<Point> points) {

    public static final int MAX_POINTS = 100;
    /** The largest plan Lien takes: a department store's floor. */
    public static final double MAX_METRES = 1_000;

    public record Point(double x, double y) {
    }

    public Polygon {
        points = List.copyOf(points);
    }

    /** Reads {@code "x y, x y, …"}; a reason in the exception when it is not an outline. */
    public static Polygon parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("an outline needs at least 3 points, written \"x y, x y, x y\" in metres");
        }
        String[] pairs = text.trim().split("\\s*,\\s*");
        if (pairs.length < 3 || pairs.length > MAX_POINTS) {
            throw new IllegalArgumentException("an outline has 3 to " + MAX_POINTS + " points, written \"x y, x y, x y\" in metres");
        }
        List<Point> points = new ArrayList<>();
        for (String pair : pairs) {
            String[] xy = pair.trim().split("\\s+");
            if (xy.length != 2) {
                throw new IllegalArgumentException("'" + cut(pair) + "' is not a point \"x y\" in metres");
            }
            points.add(new Point(metres(xy[0]), metres(xy[1])));
        }
        Polygon polygon = new Polygon(points);
        if (polygon.area() < 0.01) {
            throw new IllegalArgumentException("the outline encloses no area (its points are on one line)");
        }
        return polygon;
    }

    private static double metres(String s) {
        double v;
        try {
            v = Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + cut(s) + "' is not a number of metres");
        }
        if (!Double.isFinite(v) || v < 0 || v > MAX_METRES) {
            throw new IllegalArgumentException("'" + cut(s) + "' is outside 0–" + (int) MAX_METRES + " m");
        }
        return v;
    }

    /** A rectangle from the corner (0, 0): a plan given only by its width and depth. */
    public static Polygon rectangle(double width, double depth) {
        return new Polygon(List.of(new Point(0, 0), new Point(width, 0), new Point(width, depth), new Point(0, depth)));
    }

    /** Whether the point is inside or on the edge (ray casting; an edge counts as inside, with 1 cm of slack). */
    public boolean contains(double x, double y) {
        if (onEdge(x, y)) {
            return true;
        }
        boolean inside = false;
        for (int i = 0, j = points.size() - 1; i < points.size(); j = i++) {
            Point a = points.get(i);
            Point b = points.get(j);
            if ((a.y() > y) != (b.y() > y) && x < (b.x() - a.x()) * (y - a.y()) / (b.y() - a.y()) + a.x()) {
                inside = !inside;
            }
        }
        return inside;
    }

    private boolean onEdge(double x, double y) {
        for (int i = 0, j = points.size() - 1; i < points.size(); j = i++) {
            if (distanceToSegment(x, y, points.get(j), points.get(i)) <= 0.01) {
                return true;
            }
        }
        return false;
    }

    private static double distanceToSegment(double x, double y, Point a, Point b) {
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double length2 = dx * dx + dy * dy;
        double t = length2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - a.x()) * dx + (y - a.y()) * dy) / length2));
        return Math.hypot(x - (a.x() + t * dx), y - (a.y() + t * dy));
    }

    /** Whether every corner of {@code other} is inside this outline (a zone inside the store's walls). */
    public boolean encloses(Polygon other) {
        return other.points.stream().allMatch(p -> contains(p.x(), p.y()));
    }

    /** The area in square metres (shoelace formula). */
    public double area() {
        double twice = 0;
        for (int i = 0, j = points.size() - 1; i < points.size(); j = i++) {
            twice += points.get(j).x() * points.get(i).y() - points.get(i).x() * points.get(j).y();
        }
        return Math.abs(twice) / 2;
    }

    public double maxX() {
        return points.stream().mapToDouble(Point::x).max().orElse(0);
    }

    public double maxY() {
        return points.stream().mapToDouble(Point::y).max().orElse(0);
    }

    /** The middle of its corners: where a label goes. */
    public Point centre() {
        return new Point(points.stream().mapToDouble(Point::x).average().orElse(0),
                points.stream().mapToDouble(Point::y).average().orElse(0));
    }

    /** {@code "x y, x y, …"}, to two decimals (centimetres). */
    public String text() {
        return points.stream().map(p -> number(p.x()) + " " + number(p.y())).collect(Collectors.joining(", "));
    }

    private static String number(double v) {
        String s = String.format(Locale.ROOT, "%.2f", v);
        return s.replaceAll("\\.?0+$", "");
    }

    private static String cut(String s) {
        return s.length() <= 24 ? s : s.substring(0, 24) + "…";
    }
}
