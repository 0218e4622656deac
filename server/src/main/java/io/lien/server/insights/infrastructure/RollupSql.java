package io.lien.server.insights.infrastructure;

import io.lien.server.visits.model.PresenceCertainty;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The one definition of every hourly rollup: a store's hour is recomputed whole from the raw rows
 * (visits, their zones, handlings, orders), so keeping rollups up to date and rebuilding them from
 * scratch are the same code. Plain JDBC on a connection the caller owns, so the server's keeper
 * and {@code lien insights rebuild} (on a stopped server's database) share it. Portable SQL: H2 and
 * PostgreSQL.
 */
public final class RollupSql {

    public static final long HOUR_MS = 3_600_000L;
    public static final String[] TABLES = {"insight_store_hour", "insight_zone_hour", "insight_product_hour", "insight_advisor_hour",
        "insight_channel_hour", "insight_typology_hour", "insight_relationship_hour"};
    static final String CALLS = "('HELP', 'SIZE_REQUEST', 'ADVISOR_CALL')";
    static final long DAY_MS = 86_400_000L;

    /** Visits begun in the hour, and shoppers' calls made in it (those no advisor answered counted apart). */
    private static final String STORE = "INSERT INTO insight_store_hour (store_id, hour_start, visits, consenting, ended, dwell_ms, calls, "
            + "calls_unanswered) SELECT ?, ?, COALESCE(SUM(visits), 0), COALESCE(SUM(consenting), 0), COALESCE(SUM(ended), 0), "
            + "COALESCE(SUM(dwell_ms), 0), COALESCE(SUM(calls), 0), COALESCE(SUM(unanswered), 0) FROM ("
            + " SELECT COUNT(*) AS visits, SUM(CASE WHEN consented THEN 1 ELSE 0 END) AS consenting, COUNT(ended_at) AS ended,"
            + " SUM(CASE WHEN ended_at IS NOT NULL THEN ended_at - started_at ELSE 0 END) AS dwell_ms, 0 AS calls, 0 AS unanswered"
            + " FROM visit WHERE store_id = ? AND started_at >= ? AND started_at < ?"
            + " UNION ALL"
            + " SELECT 0, 0, 0, 0, COUNT(*), SUM(CASE WHEN NOT EXISTS (SELECT 1 FROM moment c WHERE c.refers_to = m.id) THEN 1 ELSE 0 END)"
            + " FROM moment m WHERE m.store_id = ? AND m.kind IN " + CALLS + " AND m.ts >= ? AND m.ts < ?"
            + ") t HAVING COALESCE(SUM(visits), 0) > 0 OR COALESCE(SUM(calls), 0) > 0";

    /**
     * Visits of a zone: those that stayed in it, not those whose only stay the gateway undid (ADR 31); entries count
     * every stay, so the undone ones show among the unsure passes.
     * Time in a zone: until the shopper left it, else until their visit ended; a visit in progress adds none yet.
     * Unsure passes: entries the gateway reported below {@link PresenceCertainty#SURE} and left before
     * {@link PresenceCertainty#HELD_MS} — most likely back-and-forth on a border, not a visit to the zone — and any
     * stay under {@link PresenceCertainty#UNDONE_MS}, which the gateway undid once later readings showed it never real.
     */
    private static final String ZONE = "INSERT INTO insight_zone_hour (store_id, hour_start, zone_id, visits, entries, dwell_ms, handlings, unsure) "
            + "SELECT ?, ?, zone_id, SUM(visits), SUM(entries), SUM(dwell_ms), SUM(handlings), SUM(unsure) FROM ("
            + " SELECT z.zone_id AS zone_id, COUNT(DISTINCT CASE WHEN " + PresenceCertainty.countsSql("z") + " THEN z.visit_id END) AS visits,"
            + " COUNT(*) AS entries,"
            + " SUM(CASE WHEN z.left_at IS NOT NULL THEN z.left_at - z.entered_at"
            + " ELSE COALESCE((SELECT v.ended_at FROM visit v WHERE v.id = z.visit_id AND v.ended_at > z.entered_at), z.entered_at)"
            + " - z.entered_at END) AS dwell_ms, 0 AS handlings,"
            + " SUM(CASE WHEN NOT " + PresenceCertainty.countsSql("z")
            + " OR z.left_at IS NOT NULL AND z.confidence < " + PresenceCertainty.SURE
            + " AND z.left_at - z.entered_at < " + PresenceCertainty.HELD_MS + " THEN 1 ELSE 0 END) AS unsure"
            + " FROM visit_zone z WHERE z.visit_id IN (SELECT v.id FROM visit v WHERE v.store_id = ? AND v.started_at >= ? AND v.started_at < ?)"
            + " GROUP BY z.zone_id"
            + " UNION ALL"
            + " SELECT zone_id, 0, 0, 0, COUNT(*), 0 FROM (SELECT COALESCE(h.zone_id, (SELECT g.zone_id FROM hanger g WHERE g.id = h.hanger_id)) AS zone_id"
            + " FROM handling h WHERE h.store_id = ? AND h.started_at >= ? AND h.started_at < ?) lifted WHERE zone_id IS NOT NULL GROUP BY zone_id"
            + ") t GROUP BY zone_id";

    /** The funnel's rule (HandlingRepository.funnel), per hour; a purchase on any channel within the window. */
    private static final String BOUGHT = "(h.bought_at IS NOT NULL OR EXISTS (SELECT 1 FROM client_event e "
            + "WHERE e.client_id = h.client_id AND e.product_id = h.product_id AND e.kind = 'ORDER' "
            + "AND e.ts >= h.started_at AND e.ts <= h.started_at + ?))";
    private static final String PRODUCT = "INSERT INTO insight_product_hour "
            + "(store_id, hour_start, product_id, touched, carried, tried, bought, tried_bought) "
            + "SELECT ?, ?, h.product_id, COUNT(DISTINCT COALESCE(h.visit_id, h.id)), "
            + "COUNT(DISTINCT CASE WHEN h.carried_at IS NOT NULL THEN COALESCE(h.visit_id, h.id) END), "
            + "COUNT(DISTINCT CASE WHEN h.tried_at IS NOT NULL THEN COALESCE(h.visit_id, h.id) END), "
            + "COUNT(DISTINCT CASE WHEN " + BOUGHT + " THEN COALESCE(h.visit_id, h.id) END), "
            + "COUNT(DISTINCT CASE WHEN h.tried_at IS NOT NULL AND " + BOUGHT + " THEN COALESCE(h.visit_id, h.id) END) "
            + "FROM handling h WHERE h.store_id = ? AND h.started_at >= ? AND h.started_at < ? GROUP BY h.product_id";

    /**
     * Per advisor: claims made in the hour (and the time from the moment to the claim), shopper calls
     * among them, notes, selections sent and opened and ordered from, credited sales (the advisor's own
     * store), follow-ups done — each counted in the hour it happened.
     */
    private static final String ADVISOR = "INSERT INTO insight_advisor_hour (store_id, hour_start, advisor, claims, claim_ms, "
            + "calls_answered, notes, selections_sent, selections_opened, selection_orders, credited_orders, credited_cents, follow_ups_done) "
            + "SELECT ?, ?, advisor, SUM(claims), SUM(claim_ms), SUM(calls), SUM(notes), SUM(sent), SUM(opened), SUM(sel_orders), "
            + "SUM(cr_orders), SUM(cr_cents), SUM(fu) FROM ("
            + " SELECT c.advisor AS advisor, COUNT(*) AS claims, SUM(CASE WHEN c.ts > r.ts THEN c.ts - r.ts ELSE 0 END) AS claim_ms,"
            + " SUM(CASE WHEN r.kind IN " + CALLS + " THEN 1 ELSE 0 END) AS calls, 0 AS notes, 0 AS sent, 0 AS opened, 0 AS sel_orders,"
            + " 0 AS cr_orders, 0 AS cr_cents, 0 AS fu"
            + " FROM moment c JOIN moment r ON r.id = c.refers_to"
            + " WHERE c.store_id = ? AND c.kind = 'CLAIM' AND c.advisor IS NOT NULL AND c.ts >= ? AND c.ts < ? GROUP BY c.advisor"
            + " UNION ALL SELECT e.author, 0, 0, 0, COUNT(*), 0, 0, 0, 0, 0, 0 FROM client_event e"
            + " WHERE e.kind = 'NOTE' AND e.author IS NOT NULL"
            + " AND COALESCE(e.store_id, (SELECT a.store_id FROM advisor a WHERE a.username = e.author)) = ? AND e.ts >= ? AND e.ts < ?"
            + " GROUP BY e.author"
            + " UNION ALL SELECT s.advisor, 0, 0, 0, 0, COUNT(*), 0, 0, 0, 0, 0 FROM selection s"
            + " WHERE s.store_id = ? AND s.sent_at >= ? AND s.sent_at < ? GROUP BY s.advisor"
            + " UNION ALL SELECT s.advisor, 0, 0, 0, 0, 0, COUNT(*), 0, 0, 0, 0 FROM selection s"
            + " WHERE s.store_id = ? AND s.opened_at >= ? AND s.opened_at < ? GROUP BY s.advisor"
            + " UNION ALL SELECT advisor, 0, 0, 0, 0, 0, 0, COUNT(*), 0, 0, 0 FROM (SELECT"
            + " (SELECT s.advisor FROM selection s WHERE s.id = o.selection_id) AS advisor,"
            + " (SELECT s.store_id FROM selection s WHERE s.id = o.selection_id) AS store_id FROM shopper_order o"
            + " WHERE o.selection_id IS NOT NULL AND o.status <> 'cancelled' AND o.created_at >= ? AND o.created_at < ?) so"
            + " WHERE so.store_id = ? GROUP BY advisor"
            + " UNION ALL SELECT c.advisor, 0, 0, 0, 0, 0, 0, 0, COUNT(DISTINCT c.order_ref), SUM(c.amount_cents), 0 FROM order_credit c"
            + " WHERE c.ordered_at >= ? AND c.ordered_at < ? AND (SELECT a.store_id FROM advisor a WHERE a.username = c.advisor) = ?"
            + " GROUP BY c.advisor"
            + " UNION ALL SELECT f.advisor, 0, 0, 0, 0, 0, 0, 0, 0, 0, COUNT(*) FROM follow_up f"
            + " WHERE f.store_id = ? AND f.done_at >= ? AND f.done_at < ? GROUP BY f.advisor"
            + ") t GROUP BY advisor";

    /** Purchases (order lines) placed in the hour by clients who visited the store in the 30 days before (an index range on kind and time). */
    private static final String ORDERS_OF_HOUR = "SELECT e.client_id, e.channel, e.ts, COALESCE(e.amount_cents, 0) FROM client_event e "
            + "WHERE e.kind = 'ORDER' AND e.ts >= ? AND e.ts < ? AND EXISTS (SELECT 1 FROM visit v WHERE v.client_id = e.client_id "
            + "AND v.store_id = ? AND v.started_at <= e.ts AND v.started_at > e.ts - " + 30 * DAY_MS + ")";
    /** The client's last visit (to any store) at or before a time. */
    private static final String LAST_VISIT = "SELECT id, store_id, started_at FROM visit WHERE client_id = ? AND started_at <= ? "
            + "ORDER BY started_at DESC, id DESC LIMIT 1";
    private static final String TRIED_IN = "SELECT COUNT(*) FROM handling WHERE visit_id = ? AND tried_at IS NOT NULL";
    private static final String CHANNEL = "INSERT INTO insight_channel_hour (store_id, hour_start, channel, within_days, after_try, "
            + "orders, amount_cents) VALUES (?, ?, ?, ?, ?, ?, ?)";

    /** Visits begun in the hour, per kind (a visit may be of several kinds), as written when each ended. */
    private static final String TYPOLOGY = "INSERT INTO insight_typology_hour (store_id, hour_start, code, visits) "
            + "SELECT ?, ?, t.code, COUNT(*) FROM visit_typology t "
            + "WHERE t.visit_id IN (SELECT v.id FROM visit v WHERE v.store_id = ? AND v.started_at >= ? AND v.started_at < ?) GROUP BY t.code";

    /** Consenting visits begun in the hour, per kind of relationship their client had when they ended. */
    private static final String RELATIONSHIP = "INSERT INTO insight_relationship_hour (store_id, hour_start, code, visits) "
            + "SELECT ?, ?, r.code, COUNT(*) FROM visit_relationship r "
            + "WHERE r.visit_id IN (SELECT v.id FROM visit v WHERE v.store_id = ? AND v.started_at >= ? AND v.started_at < ?) GROUP BY r.code";

    private RollupSql() {
    }

    /** A store and the start of one of its hours. */
    public record StoreHour(String storeId, long hourStart) implements Comparable<StoreHour> {
        @Override
        public int compareTo(StoreHour o) {
            int byStore = storeId.compareTo(o.storeId);
            return byStore != 0 ? byStore : Long.compare(hourStart, o.hourStart);
        }
    }

    /**
     * Replaces store hours' rows of every rollup with what the raw rows say now, in the caller's
     * transaction; its statements are prepared once and used for every hour (parsing the larger ones
     * cost more than running them).
     */
    public static final class Recomputer implements AutoCloseable {
        private final Connection db;
        private final long boughtWithinMs;
        private final Map<String, PreparedStatement> prepared = new HashMap<>();

        public Recomputer(Connection db, long boughtWithinMs) {
            this.db = db;
            this.boughtWithinMs = boughtWithinMs;
        }

        public void recompute(StoreHour hour) throws SQLException {
            for (String table : TABLES) {
                PreparedStatement delete = statement("DELETE FROM " + table + " WHERE store_id = ? AND hour_start = ?");
                delete.setString(1, hour.storeId());
                delete.setLong(2, hour.hourStart());
                delete.executeUpdate();
            }
            long from = hour.hourStart();
            long to = from + HOUR_MS;
            insert(STORE, hour, repeat(2, hour.storeId(), from, to));
            insert(ZONE, hour, repeat(2, hour.storeId(), from, to));
            insert(PRODUCT, hour, new Object[] {boughtWithinMs, boughtWithinMs, hour.storeId(), from, to});
            String store = hour.storeId();
            insert(ADVISOR, hour, new Object[] {store, from, to, store, from, to, store, from, to, store, from, to, from, to, store,
                from, to, store, store, from, to});
            channels(hour, from, to);
            insert(TYPOLOGY, hour, repeat(1, hour.storeId(), from, to));
            insert(RELATIONSHIP, hour, repeat(1, hour.storeId(), from, to));
        }

        /**
         * Purchases after a visit to this store: each order of the hour whose client's last visit before
         * it was here, within 30 days — found order by order (a few an hour) through the client's visits.
         */
        private void channels(StoreHour hour, long from, long to) throws SQLException {
            record Cell(String channel, int withinDays, boolean afterTry) {
            }
            Map<Cell, long[]> cells = new java.util.TreeMap<>(java.util.Comparator.comparing(Cell::channel)
                    .thenComparingInt(Cell::withinDays).thenComparing(Cell::afterTry));
            PreparedStatement orders = statement(ORDERS_OF_HOUR);
            orders.setLong(1, from);
            orders.setLong(2, to);
            orders.setString(3, hour.storeId());
            try (java.sql.ResultSet o = orders.executeQuery()) {
                while (o.next()) {
                    long ts = o.getLong(3);
                    PreparedStatement last = statement(LAST_VISIT);
                    last.setString(1, o.getString(1));
                    last.setLong(2, ts);
                    try (java.sql.ResultSet v = last.executeQuery()) {
                        if (!v.next() || !hour.storeId().equals(v.getString(2)) || v.getLong(3) <= ts - 30 * DAY_MS) {
                            continue;
                        }
                        long after = ts - v.getLong(3);
                        int within = after < DAY_MS ? 0 : after < 7 * DAY_MS ? 7 : 30;
                        PreparedStatement tried = statement(TRIED_IN);
                        tried.setLong(1, v.getLong(1));
                        boolean afterTry;
                        try (java.sql.ResultSet t = tried.executeQuery()) {
                            afterTry = t.next() && t.getLong(1) > 0;
                        }
                        long[] sum = cells.computeIfAbsent(new Cell(o.getString(2), within, afterTry), c -> new long[2]);
                        sum[0]++;
                        sum[1] += o.getLong(4);
                    }
                }
            }
            PreparedStatement insert = statement(CHANNEL);
            for (Map.Entry<Cell, long[]> c : cells.entrySet()) {
                insert.setString(1, hour.storeId());
                insert.setLong(2, hour.hourStart());
                insert.setString(3, c.getKey().channel());
                insert.setInt(4, c.getKey().withinDays());
                insert.setBoolean(5, c.getKey().afterTry());
                insert.setLong(6, c.getValue()[0]);
                insert.setLong(7, c.getValue()[1]);
                insert.executeUpdate();
            }
        }

        private void insert(String sql, StoreHour hour, Object[] rest) throws SQLException {
            PreparedStatement insert = statement(sql);
            insert.setString(1, hour.storeId());
            insert.setLong(2, hour.hourStart());
            for (int i = 0; i < rest.length; i++) {
                if (rest[i] instanceof String s) {
                    insert.setString(i + 3, s);
                } else {
                    insert.setLong(i + 3, (Long) rest[i]);
                }
            }
            insert.executeUpdate();
        }

        private PreparedStatement statement(String sql) throws SQLException {
            PreparedStatement p = prepared.get(sql);
            if (p == null) {
                p = db.prepareStatement(sql);
                prepared.put(sql, p);
            }
            return p;
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement p : prepared.values()) {
                p.close();
            }
        }
    }

    private static Object[] repeat(int times, String storeId, long from, long to) {
        Object[] out = new Object[times * 3];
        for (int i = 0; i < times; i++) {
            out[i * 3] = storeId;
            out[i * 3 + 1] = from;
            out[i * 3 + 2] = to;
        }
        return out;
    }

    /** Deletes every rollup row of a store (or of every store). */
    public static void clear(Connection db, String storeId) throws SQLException {
        for (String table : TABLES) {
            try (PreparedStatement delete = db.prepareStatement("DELETE FROM " + table + (storeId == null ? "" : " WHERE store_id = ?"))) {
                if (storeId != null) {
                    delete.setString(1, storeId);
                }
                delete.executeUpdate();
            }
        }
    }

}
