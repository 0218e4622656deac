package io.lien.server.insights.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of a bar chart drawn as SVG by a template: one bar per label, stacked in two series
 * (e.g. consenting below, anonymous above), a rounded scale with three gridlines, and every label
 * when they fit, else one in {@code step}.
 */
public record BarChart(int width, int height, List<Bar> bars, List<Tick> ticks, int labelEvery) {

    public static final int LEFT = 44;
    public static final int BOTTOM = 22;
    private static final int TOP = 8;

    /** A value to draw: its label, the two stacked parts, where a click leads (may be null). */
    public record Input(String label, long first, long second, String href) {
    }

    public record Bar(String label, long first, long second, String href, double x, double w, double firstY, double firstH,
                      double secondY, double secondH, boolean labelled) {
        public long total() {
            return first + second;
        }
    }

    public record Tick(long value, double y) {
    }

    public static BarChart of(List<Input> inputs, int width, int height) {
        long max = inputs.stream().mapToLong(i -> i.first() + i.second()).max().orElse(0);
        long top = niceCeiling(max);
        double plotH = height - TOP - BOTTOM;
        double slot = inputs.isEmpty() ? 0 : (double) (width - LEFT) / inputs.size();
        double barW = Math.max(1, slot * 0.78);
        int every = Math.max(1, (int) Math.ceil(inputs.size() / Math.max(1.0, (width - LEFT) / 44.0)));
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            Input in = inputs.get(i);
            double h1 = top == 0 ? 0 : plotH * in.first() / top;
            double h2 = top == 0 ? 0 : plotH * in.second() / top;
            double base = TOP + plotH;
            bars.add(new Bar(in.label(), in.first(), in.second(), in.href(), round(LEFT + i * slot + (slot - barW) / 2), round(barW),
                    round(base - h1), round(h1), round(base - h1 - h2), round(h2), i % every == 0));
        }
        List<Tick> ticks = new ArrayList<>();
        for (int k = 0; k <= 2; k++) {
            long v = top * k / 2;
            ticks.add(new Tick(v, round(TOP + plotH - (top == 0 ? 0 : plotH * v / top))));
        }
        return new BarChart(width, height, bars, ticks, every);
    }

    /** 1, 2 or 5 times a power of ten, at or above {@code max} (and even, so that half of it is whole). */
    static long niceCeiling(long max) {
        if (max <= 0) {
            return 0;
        }
        long p = 1;
        while (true) {
            for (long m : new long[] {2, 4, 10}) {
                if (m * p >= max) {
                    return m * p;
                }
            }
            p *= 10;
        }
    }

    public double baseline() {
        return height - BOTTOM;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
