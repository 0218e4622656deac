package io.lien.server.insights.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The one definition of every hourly rollup: a store's hour is recomputed whole from the raw rows
 * (visits, their zones, handlings, orders), so keeping rollups up to date and rebuilding them from
 * scratch are the same code. Plain JDBC on a connection the caller owns, so the server's keeper
 * and {@code lien insights rebuild} (on a stopped server's database) share it. Portable SQL: H2 and
 * PostgreSQL.
 */
public final class RollupSql {

    public static final long HOUR_MS = 3_600_000L;
    public static final String[] TABLES = {"insight_store_hour", "insight_zone_hour", "insight_product_hour"};

    private static final String STORE = "INSERT INTO insight_store_hour (store_id, hour_start, visits, consenting, ended, dwell_ms) "
            + "SELECT ?, ?, COUNT(*), SUM(CASE WHEN consented THEN 1 ELSE 0 END), COUNT(ended_at), "
            + "COALESCE(SUM(CASE WHEN ended_at IS NOT NULL THEN ended_at - started_at ELSE 0 END), 0) "
            + "FROM visit WHERE store_id = ? AND started_at >= ? AND started_at < ? HAVING COUNT(*) > 0";

    /** Time in a zone: until the shopper left it, else until their visit ended; a visit in progress adds none yet. */
    private static final String ZONE = "INSERT INTO insight_zone_hour (store_id, hour_start, zone_id, visits, entries, dwell_ms, handlings) "
            + "SELECT ?, ?, zone_id, SUM(visits), SUM(entries), SUM(dwell_ms), SUM(handlings) FROM ("
            + " SELECT z.zone_id AS zone_id, COUNT(DISTINCT z.visit_id) AS visits, COUNT(*) AS entries,"
            + " SUM(CASE WHEN z.left_at IS NOT NULL THEN z.left_at - z.entered_at"
            + " WHEN v.ended_at IS NOT NULL AND v.ended_at > z.entered_at THEN v.ended_at - z.entered_at ELSE 0 END) AS dwell_ms,"
            + " 0 AS handlings"
            + " FROM visit_zone z JOIN visit v ON v.id = z.visit_id"
            + " WHERE v.store_id = ? AND v.started_at >= ? AND v.started_at < ? GROUP BY z.zone_id"
            + " UNION ALL"
            + " SELECT g.zone_id AS zone_id, 0 AS visits, 0 AS entries, 0 AS dwell_ms, COUNT(*) AS handlings"
            + " FROM handling h JOIN hanger g ON g.id = h.hanger_id"
            + " WHERE h.store_id = ? AND h.started_at >= ? AND h.started_at < ? GROUP BY g.zone_id"
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

    /** Replaces the store hour's rows of every rollup with what the raw rows say now (in the caller's transaction). */
    public static void recompute(Connection db, StoreHour hour, long boughtWithinMs) throws SQLException {
        for (String table : TABLES) {
            try (PreparedStatement delete = db.prepareStatement("DELETE FROM " + table + " WHERE store_id = ? AND hour_start = ?")) {
                delete.setString(1, hour.storeId());
                delete.setLong(2, hour.hourStart());
                delete.executeUpdate();
            }
        }
        long from = hour.hourStart();
        long to = from + HOUR_MS;
        insert(db, STORE, hour, new Object[] {hour.storeId(), from, to});
        insert(db, ZONE, hour, new Object[] {hour.storeId(), from, to, hour.storeId(), from, to});
        insert(db, PRODUCT, hour, new Object[] {boughtWithinMs, boughtWithinMs, hour.storeId(), from, to});
    }

    private static void insert(Connection db, String sql, StoreHour hour, Object[] rest) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(sql)) {
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
    }

    /** Every hour of a store (or of every store, {@code storeId} null) in which a visit or a handling began. */
    public static List<StoreHour> hoursWithData(Connection db, String storeId) throws SQLException {
        TreeSet<StoreHour> hours = new TreeSet<>();
        for (String table : new String[] {"visit", "handling"}) {
            String sql = "SELECT DISTINCT store_id, started_at / " + HOUR_MS + " FROM " + table
                    + (storeId == null ? "" : " WHERE store_id = ?");
            try (PreparedStatement select = db.prepareStatement(sql)) {
                if (storeId != null) {
                    select.setString(1, storeId);
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        hours.add(new StoreHour(rows.getString(1), rows.getLong(2) * HOUR_MS));
                    }
                }
            }
        }
        return new ArrayList<>(hours);
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

    /** Orders stored after {@code afterId}: the hours of the handlings they may have turned into "bought", and the last id read. */
    public record OrdersRead(List<StoreHour> hours, long lastId) {
    }

    public static OrdersRead hoursOfOrdersAfter(Connection db, long afterId, int limit, long boughtWithinMs) throws SQLException {
        TreeSet<StoreHour> hours = new TreeSet<>();
        long last = afterId;
        String sql = "SELECT DISTINCT h.store_id, h.started_at / " + HOUR_MS + " FROM handling h "
                + "WHERE h.client_id = ? AND h.product_id = ? AND h.started_at <= ? AND h.started_at >= ?";
        try (PreparedStatement orders = db.prepareStatement("SELECT id, client_id, product_id, ts FROM client_event "
                + "WHERE kind = 'ORDER' AND id > ? AND product_id IS NOT NULL ORDER BY id LIMIT " + limit);
             PreparedStatement handlings = db.prepareStatement(sql)) {
            orders.setLong(1, afterId);
            try (ResultSet rows = orders.executeQuery()) {
                while (rows.next()) {
                    last = rows.getLong(1);
                    handlings.setString(1, rows.getString(2));
                    handlings.setString(2, rows.getString(3));
                    handlings.setLong(3, rows.getLong(4));
                    handlings.setLong(4, rows.getLong(4) - boughtWithinMs);
                    try (ResultSet found = handlings.executeQuery()) {
                        while (found.next()) {
                            hours.add(new StoreHour(found.getString(1), found.getLong(2) * HOUR_MS));
                        }
                    }
                }
            }
        }
        return new OrdersRead(new ArrayList<>(hours), last);
    }

    /** A mark of {@code rollup_due}: its row id and the hour it names. */
    public record Due(long id, StoreHour hour) {
    }

    public static List<Due> oldestDue(Connection db, int limit) throws SQLException {
        List<Due> due = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement("SELECT id, store_id, hour_start FROM rollup_due ORDER BY id LIMIT " + limit);
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                due.add(new Due(rows.getLong(1), new StoreHour(rows.getString(2), rows.getLong(3))));
            }
        }
        return due;
    }

    public static void deleteDue(Connection db, List<Due> done) throws SQLException {
        try (PreparedStatement delete = db.prepareStatement("DELETE FROM rollup_due WHERE id = ?")) {
            for (Due d : done) {
                delete.setLong(1, d.id());
                delete.addBatch();
            }
            delete.executeBatch();
        }
    }

    public static long lastOrderId(Connection db) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("SELECT MAX(id) FROM client_event WHERE kind = 'ORDER'");
             ResultSet rows = select.executeQuery()) {
            return rows.next() ? rows.getLong(1) : 0L;
        }
    }

    public static long mark(Connection db, String name) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("SELECT upto FROM rollup_mark WHERE name = ?")) {
            select.setString(1, name);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0L;
            }
        }
    }

    public static void setMark(Connection db, String name, long upto) throws SQLException {
        try (PreparedStatement update = db.prepareStatement("UPDATE rollup_mark SET upto = ? WHERE name = ?")) {
            update.setLong(1, upto);
            update.setString(2, name);
            if (update.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO rollup_mark (name, upto) VALUES (?, ?)")) {
            insert.setString(1, name);
            insert.setLong(2, upto);
            insert.executeUpdate();
        }
    }
}
