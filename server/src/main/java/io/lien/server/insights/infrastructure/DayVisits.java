package io.lien.server.insights.infrastructure;

import io.lien.server.visits.model.PresenceCertainty;
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
            + "(SELECT COUNT(DISTINCT z.zone_id) FROM visit_zone z WHERE z.visit_id = v.id AND " + PresenceCertainty.countsSql("z") + "), "
            + "(SELECT COUNT(DISTINCT h.product_id) FROM handling h WHERE h.visit_id = v.id), "
            + "(SELECT COUNT(DISTINCT h.product_id) FROM handling h WHERE h.visit_id = v.id AND h.tried_at IS NOT NULL), "
            + "(SELECT COUNT(DISTINCT h.product_id) FROM handling h WHERE h.visit_id = v.id AND (h.bought_at IS NOT NULL OR EXISTS ("
            + "SELECT 1 FROM client_event e WHERE e.client_id = h.client_id AND e.product_id = h.product_id AND e.kind = 'ORDER' "
            + "AND e.ts >= h.started_at AND e.ts <= h.started_at + ?))) "
            + "FROM visit v WHERE v.store_id = ? AND v.started_at >= ? AND v.started_at < ?";
    private static final String THROUGH_ZONE = " AND EXISTS (SELECT 1 FROM visit_zone z WHERE z.visit_id = v.id AND z.zone_id = ? AND "
            + PresenceCertainty.countsSql("z") + ")";
    private static final String HANDLED = " AND EXISTS (SELECT 1 FROM handling h WHERE h.visit_id = v.id AND h.product_id = ?)";

    /** Which visits: all of the period (oldest first), or the latest that went through a zone or took a product in hand. */
    public record Filter(String zoneId, String productId, int latest) {
        public static final Filter ALL = new Filter(null, null, 0);

        public boolean narrowed() {
            return zoneId != null || productId != null;
        }
    }

    private final DataSource db;

    DayVisits(DataSource db) {
        this.db = DelegatingDataSource.unwrapDataSource(db);
    }

    public List<Row> of(String storeId, long from, long to, long boughtWithinMs) {
        return of(storeId, from, to, boughtWithinMs, Filter.ALL);
    }

    public List<Row> of(String storeId, long from, long to, long boughtWithinMs, Filter filter) {
        String sql = VISITS + (filter.zoneId() != null ? THROUGH_ZONE : "") + (filter.productId() != null ? HANDLED : "")
                + (filter.narrowed() ? " ORDER BY v.started_at DESC, v.id DESC LIMIT " + filter.latest() : " ORDER BY v.started_at, v.id");
        try (Connection c = db.getConnection()) {
            Map<Long, Row> rows = new LinkedHashMap<>();
            Map<Long, Object[]> read = new LinkedHashMap<>();
            try (PreparedStatement v = c.prepareStatement(sql)) {
                int i = 1;
                v.setLong(i++, boughtWithinMs);
                v.setString(i++, storeId);
                v.setLong(i++, from);
                v.setLong(i++, to);
                if (filter.zoneId() != null) {
                    v.setString(i++, filter.zoneId());
                }
                if (filter.productId() != null) {
                    v.setString(i, filter.productId());
                }
                try (ResultSet r = v.executeQuery()) {
                    while (r.next()) {
                        long ended = r.getLong(3);
                        read.put(r.getLong(1), new Object[] {r.getLong(2), r.wasNull() ? null : ended, r.getLong(4), r.getBoolean(5),
                            r.getInt(6), r.getInt(7), r.getInt(8), r.getInt(9)});
                    }
                }
            }
            Map<Long, List<String>> kinds = kinds(c, new ArrayList<>(read.keySet()));
            read.forEach((id, f) -> rows.put(id, new Row((Long) f[0], (Long) f[1], (Long) f[2], (Boolean) f[3], (Integer) f[4],
                    (Integer) f[5], (Integer) f[6], (Integer) f[7], kinds.getOrDefault(id, List.of()))));
            return new ArrayList<>(rows.values());
        } catch (SQLException e) {
            throw new IllegalStateException("a day's visits: " + e.getMessage(), e);
        }
    }

    /** The kinds written for these visits, 500 ids a query. */
    private static Map<Long, List<String>> kinds(Connection c, List<Long> ids) throws SQLException {
        Map<Long, List<String>> kinds = new HashMap<>();
        for (int start = 0; start < ids.size(); start += 500) {
            List<Long> some = ids.subList(start, Math.min(ids.size(), start + 500));
            String marks = String.join(", ", java.util.Collections.nCopies(some.size(), "?"));
            try (PreparedStatement k = c.prepareStatement("SELECT visit_id, code FROM visit_typology WHERE visit_id IN (" + marks
                    + ") ORDER BY visit_id, code")) {
                for (int i = 0; i < some.size(); i++) {
                    k.setLong(i + 1, some.get(i));
                }
                try (ResultSet r = k.executeQuery()) {
                    while (r.next()) {
                        kinds.computeIfAbsent(r.getLong(1), id -> new ArrayList<>()).add(r.getString(2));
                    }
                }
            }
        }
        return kinds;
    }
}
