package io.lien.server.insights.infrastructure;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Reads the hourly rollups of some stores over [from, to): a handful of indexed range scans, never the raw tables. */
@Singleton
public class RollupReads {

    public record StoreHour(String storeId, long hourStart, long visits, long consenting, long ended, long dwellMs, long calls,
                            long callsUnanswered) {
    }

    public record AdvisorSum(String advisor, long claims, long claimMs, long callsAnswered, long notes, long selectionsSent,
                             long selectionsOpened, long selectionOrders, long creditedOrders, long creditedCents, long followUpsDone) {
    }

    public record ChannelSum(String channel, int withinDays, boolean afterTry, long orders, long amountCents) {
    }

    public record ZoneSum(String zoneId, long visits, long entries, long dwellMs, long handlings, long unsure) {
    }

    public record ProductSum(String productId, long touched, long carried, long tried, long bought, long triedBought) {
    }

    private final DataSource db;

    RollupReads(DataSource db) {
        this.db = DelegatingDataSource.unwrapDataSource(db);
    }

    public List<StoreHour> storeHours(List<String> stores, long from, long to) {
        return query("SELECT store_id, hour_start, visits, consenting, ended, dwell_ms, calls, calls_unanswered FROM insight_store_hour "
                + "WHERE store_id IN (" + marks(stores) + ") AND hour_start >= ? AND hour_start < ? ORDER BY hour_start", stores, from, to,
                r -> new StoreHour(r.getString(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5), r.getLong(6), r.getLong(7),
                        r.getLong(8)));
    }

    public List<ZoneSum> zones(List<String> stores, long from, long to) {
        return query("SELECT zone_id, SUM(visits), SUM(entries), SUM(dwell_ms), SUM(handlings), SUM(unsure) FROM insight_zone_hour WHERE store_id IN ("
                + marks(stores) + ") AND hour_start >= ? AND hour_start < ? GROUP BY zone_id", stores, from, to,
                r -> new ZoneSum(r.getString(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5), r.getLong(6)));
    }

    public List<ProductSum> products(List<String> stores, long from, long to) {
        return query("SELECT product_id, SUM(touched), SUM(carried), SUM(tried), SUM(bought), SUM(tried_bought) FROM insight_product_hour "
                + "WHERE store_id IN (" + marks(stores) + ") AND hour_start >= ? AND hour_start < ? GROUP BY product_id", stores, from, to,
                r -> new ProductSum(r.getString(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5), r.getLong(6)));
    }

    public List<AdvisorSum> advisors(List<String> stores, long from, long to) {
        return query("SELECT advisor, SUM(claims), SUM(claim_ms), SUM(calls_answered), SUM(notes), SUM(selections_sent), SUM(selections_opened), "
                + "SUM(selection_orders), SUM(credited_orders), SUM(credited_cents), SUM(follow_ups_done) FROM insight_advisor_hour "
                + "WHERE store_id IN (" + marks(stores) + ") AND hour_start >= ? AND hour_start < ? GROUP BY advisor ORDER BY advisor", stores, from, to,
                r -> new AdvisorSum(r.getString(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5), r.getLong(6), r.getLong(7),
                        r.getLong(8), r.getLong(9), r.getLong(10), r.getLong(11)));
    }

    public List<ChannelSum> channels(List<String> stores, long from, long to) {
        return query("SELECT channel, within_days, after_try, SUM(orders), SUM(amount_cents) FROM insight_channel_hour "
                + "WHERE store_id IN (" + marks(stores) + ") AND hour_start >= ? AND hour_start < ? GROUP BY channel, within_days, after_try "
                + "ORDER BY channel, within_days, after_try", stores, from, to,
                r -> new ChannelSum(r.getString(1), r.getInt(2), r.getBoolean(3), r.getLong(4), r.getLong(5)));
    }

    public record TypologySum(String code, long visits) {
    }

    public List<TypologySum> typologies(List<String> stores, long from, long to) {
        return query("SELECT code, SUM(visits) FROM insight_typology_hour WHERE store_id IN (" + marks(stores) + ") AND hour_start >= ? "
                + "AND hour_start < ? GROUP BY code ORDER BY SUM(visits) DESC, code", stores, from, to,
                r -> new TypologySum(r.getString(1), r.getLong(2)));
    }

    public List<TypologySum> relationships(List<String> stores, long from, long to) {
        return query("SELECT code, SUM(visits) FROM insight_relationship_hour WHERE store_id IN (" + marks(stores) + ") AND hour_start >= ? "
                + "AND hour_start < ? GROUP BY code ORDER BY SUM(visits) DESC, code", stores, from, to,
                r -> new TypologySum(r.getString(1), r.getLong(2)));
    }

    private interface Row<T> {
        T read(ResultSet r) throws SQLException;
    }

    private <T> List<T> query(String sql, List<String> stores, long from, long to, Row<T> row) {
        if (stores.isEmpty()) {
            return List.of();
        }
        try (Connection c = db.getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
            int i = 1;
            for (String s : stores) {
                select.setString(i++, s);
            }
            select.setLong(i++, from);
            select.setLong(i, to);
            List<T> out = new ArrayList<>();
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    out.add(row.read(r));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("insight rollups: " + e.getMessage(), e);
        }
    }

    private static String marks(List<String> stores) {
        return String.join(", ", Collections.nCopies(stores.size(), "?"));
    }
}
