package io.lien.server.insights.infrastructure;

import io.lien.server.insights.infrastructure.RollupSql.StoreHour;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Which store hours need their rollups recomputed: the marks written with visit facts, and what
 * the other features stored since the keeper's last round — moments (shoppers' calls, claims) and
 * client events (orders, notes) and credits by id, selections and follow-ups by time. Also, for a
 * rebuild, every hour in which anything a rollup counts happened.
 */
public final class RollupSources {

    static final long H = RollupSql.HOUR_MS;
    private static final String CALL_OR_CLAIM = "('HELP', 'SIZE_REQUEST', 'ADVISOR_CALL', 'CLAIM')";

    /** Every (store, hour) a rollup counts something in; a store's only when {@code storeId} is given. */
    private static final String[] WITH_DATA = {
        "SELECT DISTINCT store_id, started_at / " + H + " FROM visit",
        "SELECT DISTINCT store_id, started_at / " + H + " FROM handling",
        "SELECT DISTINCT store_id, ts / " + H + " FROM moment WHERE kind IN " + CALL_OR_CLAIM,
        "SELECT DISTINCT store_id, sent_at / " + H + " FROM selection WHERE sent_at IS NOT NULL",
        "SELECT DISTINCT store_id, opened_at / " + H + " FROM selection WHERE opened_at IS NOT NULL",
        "SELECT DISTINCT s.store_id, o.created_at / " + H + " FROM shopper_order o JOIN selection s ON s.id = o.selection_id",
        "SELECT DISTINCT store_id, done_at / " + H + " FROM follow_up WHERE done_at IS NOT NULL",
        "SELECT DISTINCT a.store_id, c.ordered_at / " + H + " FROM order_credit c JOIN advisor a ON a.username = c.advisor",
        "SELECT DISTINCT COALESCE(e.store_id, a.store_id), e.ts / " + H + " FROM client_event e JOIN advisor a ON a.username = e.author "
                + "WHERE e.kind = 'NOTE'",
        "SELECT DISTINCT v.store_id, e.ts / " + H + " FROM client_event e JOIN visit v ON v.client_id = e.client_id "
                + "AND v.started_at <= e.ts AND v.started_at > e.ts - " + 30 * RollupSql.DAY_MS + " WHERE e.kind = 'ORDER'",
    };

    private RollupSources() {
    }

    public static List<StoreHour> hoursWithData(Connection db, String storeId) throws SQLException {
        TreeSet<StoreHour> hours = new TreeSet<>();
        for (String sql : WITH_DATA) {
            try (PreparedStatement select = db.prepareStatement(sql); ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    if (rows.getString(1) != null && (storeId == null || storeId.equals(rows.getString(1)))) {
                        hours.add(new StoreHour(rows.getString(1), rows.getLong(2) * H));
                    }
                }
            }
        }
        return new ArrayList<>(hours);
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

    /** Hours found by a scan, where the scan got to, and how many rows it matched. */
    public record Found(List<StoreHour> hours, long upTo, int count) {
    }

    static final int GUARD = 200;

    /**
     * Moments stored after {@code afterId}: the hours of shoppers' calls and claims, and for a claim
     * the hour of the moment it answered (now answered).
     */
    public static Found momentsAfter(Connection db, long afterId, int limit) throws SQLException {
        long last = lastId(db, "moment");
        Found found = scan(db, "SELECT m.id, m.store_id, m.ts / " + H + ", r.store_id, r.ts / " + H + " FROM moment m "
                + "LEFT JOIN moment r ON r.id = m.refers_to WHERE m.id > ? AND m.id <= " + last + " AND m.kind IN " + CALL_OR_CLAIM
                + " ORDER BY m.id LIMIT " + limit, afterId);
        return pastTheRest(found, afterId, last, limit);
    }

    /**
     * Most moments and client events are of kinds no rollup counts (a like, a visit line): when a scan
     * found fewer than it may, its mark moves past what it looked at — all but the last {@value #GUARD}
     * ids, looked at again next time in case a transaction that took a lower id commits after a higher
     * one (a claim beside the ingestion).
     */
    private static Found pastTheRest(Found found, long afterId, long last, int limit) {
        if (found.count() >= limit) {
            return found;
        }
        return new Found(found.hours(), Math.max(found.upTo(), Math.max(afterId, last - GUARD)), found.count());
    }

    /**
     * Client events stored after {@code afterId}: for an order, the hours of the client's handlings it
     * may have turned into "bought" and its own hour in the stores they visited within 30 days; for a
     * note, its hour in its writer's store.
     */
    public static Found clientEventsAfter(Connection db, long afterId, int limit, long boughtWithinMs) throws SQLException {
        TreeSet<StoreHour> hours = new TreeSet<>();
        long last = afterId;
        int count = 0;
        long newest = lastId(db, "client_event");
        try (PreparedStatement events = db.prepareStatement("SELECT e.id, e.kind, e.client_id, e.product_id, e.ts, "
                + "COALESCE(e.store_id, (SELECT a.store_id FROM advisor a WHERE a.username = e.author)) "
                + "FROM client_event e WHERE e.id > ? AND e.id <= " + newest + " AND e.kind IN ('ORDER', 'NOTE') ORDER BY e.id LIMIT " + limit);
             PreparedStatement handlings = db.prepareStatement("SELECT DISTINCT store_id, started_at / " + H + " FROM handling "
                     + "WHERE client_id = ? AND product_id = ? AND started_at <= ? AND started_at >= ?");
             PreparedStatement visits = db.prepareStatement("SELECT DISTINCT store_id FROM visit WHERE client_id = ? "
                     + "AND started_at <= ? AND started_at > ?")) {
            events.setLong(1, afterId);
            try (ResultSet rows = events.executeQuery()) {
                while (rows.next()) {
                    last = rows.getLong(1);
                    count++;
                    long ts = rows.getLong(5);
                    if ("NOTE".equals(rows.getString(2))) {
                        if (rows.getString(6) != null) {
                            hours.add(new StoreHour(rows.getString(6), ts / H * H));
                        }
                        continue;
                    }
                    if (rows.getString(4) != null) {
                        handlings.setString(1, rows.getString(3));
                        handlings.setString(2, rows.getString(4));
                        handlings.setLong(3, ts);
                        handlings.setLong(4, ts - boughtWithinMs);
                        collect(handlings, hours);
                    }
                    visits.setString(1, rows.getString(3));
                    visits.setLong(2, ts);
                    visits.setLong(3, ts - 30 * RollupSql.DAY_MS);
                    try (ResultSet stores = visits.executeQuery()) {
                        while (stores.next()) {
                            hours.add(new StoreHour(stores.getString(1), ts / H * H));
                        }
                    }
                }
            }
        }
        return pastTheRest(new Found(new ArrayList<>(hours), last, count), afterId, newest, limit);
    }

    /** Credits written after {@code afterId} (a refund rewrites an order's): their hour in the advisor's store. */
    public static Found creditsAfter(Connection db, long afterId, int limit) throws SQLException {
        return scan(db, "SELECT c.id, a.store_id, c.ordered_at / " + H + ", NULL, NULL FROM order_credit c JOIN advisor a ON a.username = c.advisor "
                + "WHERE c.id > ? ORDER BY c.id LIMIT " + limit, afterId);
    }

    /** Selections sent or opened, orders from a selection, follow-ups done at or after {@code since}: their hours. */
    public static List<StoreHour> recentlyChanged(Connection db, long since) throws SQLException {
        TreeSet<StoreHour> hours = new TreeSet<>();
        for (String sql : new String[] {
            "SELECT store_id, sent_at / " + H + " FROM selection WHERE sent_at >= ?",
            "SELECT store_id, opened_at / " + H + " FROM selection WHERE opened_at >= ?",
            "SELECT s.store_id, o.created_at / " + H + " FROM shopper_order o JOIN selection s ON s.id = o.selection_id WHERE o.created_at >= ?",
            "SELECT store_id, done_at / " + H + " FROM follow_up WHERE done_at >= ?"}) {
            try (PreparedStatement select = db.prepareStatement(sql)) {
                select.setLong(1, since);
                collect(select, hours);
            }
        }
        return new ArrayList<>(hours);
    }

    private static Found scan(Connection db, String sql, long afterId) throws SQLException {
        TreeSet<StoreHour> hours = new TreeSet<>();
        long last = afterId;
        int count = 0;
        try (PreparedStatement select = db.prepareStatement(sql)) {
            select.setLong(1, afterId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    last = rows.getLong(1);
                    count++;
                    if (rows.getString(2) != null) {
                        hours.add(new StoreHour(rows.getString(2), rows.getLong(3) * H));
                    }
                    if (rows.getString(4) != null) {
                        hours.add(new StoreHour(rows.getString(4), rows.getLong(5) * H));
                    }
                }
            }
        }
        return new Found(new ArrayList<>(hours), last, count);
    }

    private static void collect(PreparedStatement select, TreeSet<StoreHour> hours) throws SQLException {
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                hours.add(new StoreHour(rows.getString(1), rows.getLong(2) * H));
            }
        }
    }

    public static long lastId(Connection db, String table) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("SELECT MAX(id) FROM " + table); ResultSet rows = select.executeQuery()) {
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
