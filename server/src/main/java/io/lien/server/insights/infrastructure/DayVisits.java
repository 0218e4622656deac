package io.lien.server.insights.infrastructure;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The visits behind one day's figure (a drill-down), read from the visit tables for that day only:
 * when, how long, whether consented, zones, garments touched/tried/bought, kinds — never who.
 */
@Singleton
public class DayVisits {

    /** One visit, without identity. {@code endedAt} null while it goes on. */
    public record Row(long startedAt, Long endedAt, long lastSeenAt, boolean consented, int zones, int touched, int tried, int bought,
                      List<String> kinds) {
    }

    private static final String VISITS = "SELECT v.id, v.started_at, v.ended_at, v.last_seen_at, v.consented, "
            + "(SELECT COUNT(DISTINCT z.zone_id) FROM visit_zone z WHERE z.visit_id = v.id), "
            + "(SELECT COUNT(DISTINCT h.product_id) FROM handling h WHERE h.visit_id = v.id), "
            + "(SELECT COUNT(DISTINCT h.product_id) FROM handling h WHERE h.visit_id = v.id AND h.tried_at IS NOT NULL), "
            + "(SELECT COUNT(DISTINCT h.product_id) FROM handling h WHERE h.visit_id = v.id AND (h.bought_at IS NOT NULL OR EXISTS ("
            + "SELECT 1 FROM client_event e WHERE e.client_id = h.client_id AND e.product_id = h.product_id AND e.kind = 'ORDER' "
            + "AND e.ts >= h.started_at AND e.ts <= h.started_at + ?))) "
            + "FROM visit v WHERE v.store_id = ? AND v.started_at >= ? AND v.started_at < ? ORDER BY v.started_at, v.id";
    private static final String KINDS = "SELECT t.visit_id, t.code FROM visit_typology t JOIN visit v ON v.id = t.visit_id "
            + "WHERE v.store_id = ? AND v.started_at >= ? AND v.started_at < ? ORDER BY t.visit_id, t.code";

    private final DataSource db;

    DayVisits(DataSource db) {
        this.db = DelegatingDataSource.unwrapDataSource(db);
    }

    public List<Row> of(String storeId, long from, long to, long boughtWithinMs) {
        try (Connection c = db.getConnection()) {
            Map<Long, List<String>> kinds = new HashMap<>();
            try (PreparedStatement k = c.prepareStatement(KINDS)) {
                k.setString(1, storeId);
                k.setLong(2, from);
                k.setLong(3, to);
                try (ResultSet r = k.executeQuery()) {
                    while (r.next()) {
                        kinds.computeIfAbsent(r.getLong(1), id -> new ArrayList<>()).add(r.getString(2));
                    }
                }
            }
            Map<Long, Row> rows = new LinkedHashMap<>();
            try (PreparedStatement v = c.prepareStatement(VISITS)) {
                v.setLong(1, boughtWithinMs);
                v.setString(2, storeId);
                v.setLong(3, from);
                v.setLong(4, to);
                try (ResultSet r = v.executeQuery()) {
                    while (r.next()) {
                        long id = r.getLong(1);
                        long ended = r.getLong(3);
                        rows.put(id, new Row(r.getLong(2), r.wasNull() ? null : ended, r.getLong(4), r.getBoolean(5), r.getInt(6),
                                r.getInt(7), r.getInt(8), r.getInt(9), kinds.getOrDefault(id, List.of())));
                    }
                }
            }
            return new ArrayList<>(rows.values());
        } catch (SQLException e) {
            throw new IllegalStateException("a day's visits: " + e.getMessage(), e);
        }
    }
}
