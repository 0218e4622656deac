package io.lien.server.insights.model;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Purchases of consenting clients after a visit to the store, per channel and by how long after
 * (within a day, a week, a month), how many followed a fitting room, and the headline: bought
 * elsewhere than in the store within a week of trying something on here.
 */
public record ChannelFigures(List<Row> rows, long elsewhereWithinAWeekAfterTrying) {

    /** A channel's purchases within a day, a week, a month of the visit; those after a try. */
    public record Row(String channel, long[] orders, long[] amountCents, long afterTry) {
        public long total() {
            long sum = 0;
            for (long o : orders) {
                sum += o;
            }
            return sum;
        }

        public long euros() {
            long sum = 0;
            for (long a : amountCents) {
                sum += a;
            }
            return Math.round(sum / 100.0);
        }
    }

    /** One cell as the rollup keeps it ({@code withinDays} 0, 7 or 30). */
    public record Cell(String channel, int withinDays, boolean afterTry, long orders, long amountCents) {
    }

    public static ChannelFigures of(List<Cell> cells) {
        Map<String, long[]> orders = new TreeMap<>();
        Map<String, long[]> amounts = new TreeMap<>();
        Map<String, Long> tried = new TreeMap<>();
        long headline = 0;
        for (Cell c : cells) {
            int i = c.withinDays() == 0 ? 0 : c.withinDays() <= 7 ? 1 : 2;
            orders.computeIfAbsent(c.channel(), k -> new long[3])[i] += c.orders();
            amounts.computeIfAbsent(c.channel(), k -> new long[3])[i] += c.amountCents();
            tried.merge(c.channel(), c.afterTry() ? c.orders() : 0, Long::sum);
            if (c.afterTry() && c.withinDays() <= 7 && !"STORE".equalsIgnoreCase(c.channel())) {
                headline += c.orders();
            }
        }
        List<Row> rows = orders.keySet().stream().map(ch -> new Row(ch, orders.get(ch), amounts.get(ch), tried.get(ch))).toList();
        return new ChannelFigures(rows, headline);
    }

    public long total() {
        return rows.stream().mapToLong(Row::total).sum();
    }
}
