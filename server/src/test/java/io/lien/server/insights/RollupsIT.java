package io.lien.server.insights;

import io.lien.server.ServerFixture;
import io.lien.server.insights.application.Rollups;
import io.lien.server.insights.infrastructure.DayVisits;
import io.lien.server.insights.infrastructure.RollupSql;
import io.lien.server.visits.VisitInsights;
import io.lien.server.visits.VisitReport;
import io.lien.sim.history.StoreHistory;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rollups kept up to date as events are stored are exactly those rebuilt from the raw rows, on
 * two differently shaped histories: a day-time store of mixed shoppers, and late openings whose
 * visits run over the hour and past midnight with every shopper consenting, whose orders reach the
 * server before the visits they follow (a store's backlog after the web shop's orders).
 */
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
class RollupsIT {

    private ServerFixture server;

    /** The server under test: H2 here, PostgreSQL in {@link RollupsOnPostgresIT}. */
    ServerFixture startServer() {
        return ServerFixture.start(HistoryFixture.settings());
    }

    @BeforeAll
    void start() {
        server = startServer();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void rollupsKeptOnIngestAreThoseRebuiltFromTheRawRowsAndCountEveryVisit() throws Exception {
        LocalDate today = LocalDate.now(HistoryFixture.PARIS);
        List<StoreHistory.Day> days = HistoryFixture.send(server, HistoryFixture.demoPlan(server, "gw-history-day", 40, 0.2,
                LocalTime.of(10, 0), LocalTime.of(19, 0), 11), today.minusDays(6), today.minusDays(2), 1);
        List<StoreHistory.Day> nights = HistoryFixture.send(server, HistoryFixture.demoPlan(server, "gw-history-night", 12, 1.0,
                LocalTime.of(22, 10), LocalTime.of(23, 59), 12), today.minusDays(9), today.minusDays(8), 1, true);

        List<List<String>> kept = rows();
        assertEquals(0, count("SELECT COUNT(*) FROM moment WHERE ts < " + (System.currentTimeMillis() - 3_600_000L)),
                "events stored days after they happened make no moment on the tablets' feed");
        assertTrue(count("SELECT COUNT(*) FROM signal") > 1000, "but they are stored");
        assertEquals(count("SELECT COUNT(*) FROM visit"), count("SELECT SUM(visits) FROM insight_store_hour"), "every visit counted once");
        assertEquals(count("SELECT COUNT(*) FROM visit WHERE consented"), count("SELECT SUM(consenting) FROM insight_store_hour"));
        long anonymousGenerated = days.stream().mapToLong(d -> d.events().stream().filter(e -> e.event() instanceof
                io.lien.protocol.uplink.UplinkEvent.ShopperPresence p && p.change().equals("enter") && p.installId().startsWith("anon-")).count()).sum();
        assertEquals(anonymousGenerated, count("SELECT SUM(visits) - SUM(consenting) FROM insight_store_hour"),
                "each anonymous shopper is one anonymous visit");
        assertTrue(count("SELECT SUM(tried) FROM insight_product_hour") > 0, "garments were tried");
        long ordersPosted = nights.stream().mapToLong(d -> d.orders().size()).sum() + days.stream().mapToLong(d -> d.orders().size()).sum();
        assertTrue(ordersPosted > 0 && count("SELECT SUM(bought) FROM insight_product_hour") > 0, "orders made tries bought");

        assertTrue(count("SELECT SUM(orders) FROM insight_channel_hour WHERE channel <> 'STORE'") > 0, "bought elsewhere after a visit");

        int rebuilt = server.context().getBean(Rollups.class).rebuild(null, n -> { });
        assertTrue(rebuilt > 20, "hours rebuilt: " + rebuilt);
        assertEquals(kept, rows(), "the rollups kept on ingest are the rebuilt ones, row for row");
    }

    @Test
    void aTryStoredAfterThePurchaseItLedToStillMakesThatPurchaseFollowATry() throws Exception {
        long t0 = System.currentTimeMillis() - 20L * 86_400_000L;
        String order = "{\"orderId\":\"W-TRY-1\",\"clientId\":\"c-sophie\",\"placedAt\":\"" + java.time.Instant.ofEpochMilli(t0 + 86_400_000L)
                + "\",\"lines\":[{\"productId\":\"p-trench-navy\",\"size\":\"38\",\"quantity\":1,\"amountCents\":42000,"
                + "\"title\":\"the navy trench coat (38)\"}]}";
        byte[] body = order.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(201, server.send(java.net.http.HttpRequest.newBuilder(server.http("/api/orders"))
                .header("Content-Type", "application/json").header("X-Lien-Source", "history-web")
                .header("X-Lien-Signature", "sha256=" + java.util.HexFormat.of().formatHex(io.lien.server.security.Digests.hmacSha256(
                        HistoryFixture.SECRETS.get("web").getBytes(java.nio.charset.StandardCharsets.UTF_8), body)))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body)).build()).statusCode());
        org.eclipse.paho.mqttv5.client.MqttClient gateway = server.gatewayClient("demo", "gw-try-late");
        try {
            send(gateway, 1, t0, new io.lien.protocol.uplink.UplinkEvent.ShopperPresence("inst-sophie", "coats", "enter", 0));
            send(gateway, 2, t0 + 1_000, new io.lien.protocol.uplink.UplinkEvent.HangerLifted("h-003", 80));
            HistoryFixture.refresh(server);
            // the fitting room's reader is heard after the rollups of the order's hour were computed
            send(gateway, 3, t0 + 60_000, new io.lien.protocol.uplink.UplinkEvent.ShopperPresence("inst-sophie", "fitting-1", "move", 59_000));
            send(gateway, 4, t0 + 61_000, new io.lien.protocol.uplink.UplinkEvent.HangerZoneChanged("h-003", "r-fit-1", "fitting-1", "enter"));
            send(gateway, 5, t0 + 120_000, new io.lien.protocol.uplink.UplinkEvent.ShopperPresence("inst-sophie", "fitting-1", "leave", 59_000));
        } finally {
            gateway.disconnect();
            gateway.close();
        }
        server.context().getBean(io.lien.server.live.VisitSweeper.class).endVisitsAwaySince(System.currentTimeMillis());
        HistoryFixture.refresh(server);
        assertTrue(count("SELECT COUNT(*) FROM insight_channel_hour WHERE channel = 'WEB' AND after_try") >= 1, "bought online after a try");
        List<List<String>> kept = rows();
        server.context().getBean(Rollups.class).rebuild(null, n -> { });
        assertEquals(kept, rows(), "the purchase's row learnt of the try that came after it");
    }

    @Test
    void aBriefEntryTheGatewayWasUnsureOfCountsAsAnUnsurePassAndAStayItUndidAsNoVisitOfItsZoneAndARebuildAgrees() throws Exception {
        long t0 = java.time.LocalDate.now(HistoryFixture.PARIS).minusDays(25).atTime(11, 5).atZone(HistoryFixture.PARIS).toInstant().toEpochMilli();
        org.eclipse.paho.mqttv5.client.MqttClient gateway = server.gatewayClient("demo", "gw-unsure");
        try {
            send(gateway, "gw-unsure", 1, t0, new io.lien.protocol.uplink.UplinkEvent.ShopperPresence("anon-unsure", "coats", "enter", 0, 0.95));
            // wavering on the coats | dresses border: 2 s in dresses at 0.55, back to coats at 0.6 for good
            send(gateway, "gw-unsure", 2, t0 + 10_000, new io.lien.protocol.uplink.UplinkEvent.ShopperPresence("anon-unsure", "dresses", "move", 10_000, 0.55));
            send(gateway, "gw-unsure", 3, t0 + 12_000, new io.lien.protocol.uplink.UplinkEvent.ShopperPresence("anon-unsure", "coats", "move", 2_000, 0.6));
            // a move reported at 0.85 that the gateway undid 2 s later: back to coats, dated a millisecond after it
            send(gateway, "gw-unsure", 4, t0 + 30_000, new io.lien.protocol.uplink.UplinkEvent.ShopperPresence("anon-unsure", "accessories", "move", 18_000, 0.85));
            send(gateway, "gw-unsure", 5, t0 + 32_000, new io.lien.protocol.uplink.UplinkEvent.ShopperPresence("anon-unsure", "coats", "move", 1, 0.9, 1_999));
            // a sure move, then a brief unsure one that a leave ends: a leave is not a way back
            send(gateway, "gw-unsure", 6, t0 + 60_000, new io.lien.protocol.uplink.UplinkEvent.ShopperPresence("anon-unsure", "knitwear", "move", 29_999, 0.9));
            send(gateway, "gw-unsure", 7, t0 + 90_000, new io.lien.protocol.uplink.UplinkEvent.ShopperPresence("anon-unsure", "knitwear", "leave", 30_000));
        } finally {
            gateway.disconnect();
            gateway.close();
        }
        server.context().getBean(io.lien.server.live.VisitSweeper.class).endVisitsAwaySince(System.currentTimeMillis());
        HistoryFixture.refresh(server);
        long hour = t0 - Math.floorMod(t0, RollupSql.HOUR_MS);
        String zone = "SELECT unsure FROM insight_zone_hour WHERE store_id = 'demo' AND hour_start = " + hour + " AND zone_id = ";
        assertEquals(1, count(zone + "'dresses'"), "two seconds in dresses at 0.55");
        assertEquals(0, count(zone + "'coats'"), "back in coats at 0.6 for 18 s, then at 0.9: settled, not a pass");
        assertEquals(1, count(zone + "'accessories'"), "a millisecond in accessories, undone by the gateway, though reported at 0.85");
        assertEquals(1, count("SELECT COUNT(*) FROM visit_zone z JOIN visit v ON v.id = z.visit_id WHERE v.started_at = " + t0
                + " AND z.zone_id = 'accessories' AND z.left_at - z.entered_at = 1"), "the stay as the gateway dated it");
        assertEquals(0, count(zone + "'knitwear'"), "reported at 0.9");
        String accessories = " FROM insight_zone_hour WHERE store_id = 'demo' AND hour_start = " + hour + " AND zone_id = 'accessories'";
        assertEquals(1, count("SELECT entries" + accessories), "the undone stay is an entry, among the unsure passes");
        assertEquals(0, count("SELECT visits" + accessories), "but no visit of accessories");
        assertEquals(1, count("SELECT visits FROM insight_zone_hour WHERE store_id = 'demo' AND hour_start = " + hour
                + " AND zone_id = 'dresses'"), "two seconds in dresses were a visit, however unsure");
        DayVisits day = server.context().getBean(DayVisits.class);
        assertEquals(List.of(), day.of("demo", hour, hour + RollupSql.HOUR_MS, 0, new DayVisits.Filter("accessories", null, 10)),
                "no visit went through accessories");
        List<DayVisits.Row> throughDresses = day.of("demo", hour, hour + RollupSql.HOUR_MS, 0, new DayVisits.Filter("dresses", null, 10));
        assertEquals(1, throughDresses.size());
        assertEquals(3, throughDresses.get(0).zones(), "coats, dresses, knitwear");
        long visitId = count("SELECT id FROM visit WHERE started_at = " + t0 + " AND store_id = 'demo'");
        VisitReport.Detail detail = server.context().getBean(VisitInsights.class).visit(visitId, System.currentTimeMillis(), Locale.ENGLISH)
                .orElseThrow();
        assertEquals(List.of("coats", "dresses", "coats", "coats", "knitwear"), detail.zones().stream().map(VisitReport.ZoneStay::zoneId).toList(),
                "the visit's path, without the millisecond in accessories");
        List<List<String>> kept = rows();
        server.context().getBean(Rollups.class).rebuild(null, n -> { });
        assertEquals(kept, rows());
    }

    private void send(org.eclipse.paho.mqttv5.client.MqttClient gateway, long seq, long ts, io.lien.protocol.uplink.UplinkEvent event)
            throws Exception {
        send(gateway, "gw-try-late", seq, ts, event);
    }

    private void send(org.eclipse.paho.mqttv5.client.MqttClient gateway, String gatewayId, long seq, long ts,
                      io.lien.protocol.uplink.UplinkEvent event) throws Exception {
        io.lien.protocol.uplink.UplinkEnvelope e = io.lien.protocol.uplink.UplinkEnvelope.of("demo", gatewayId, seq, ts, event);
        gateway.publish(e.topic(), e.toBytes(), 1, false);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> count("SELECT COUNT(*) FROM signal WHERE gateway_id = '" + gatewayId + "'") >= seq);
    }

    @Test
    void anErasureKeepsTheVisitCountsAndTheRollupsStayThoseOfARebuild() throws Exception {
        LocalDate today = LocalDate.now(HistoryFixture.PARIS);
        HistoryFixture.send(server, HistoryFixture.demoPlan(server, "gw-history-erasure", 20, 0.5, LocalTime.of(10, 0),
                LocalTime.of(19, 0), 13), today.minusDays(14), today.minusDays(12), 1);
        long visits = count("SELECT SUM(visits) FROM insight_store_hour");
        long consenting = count("SELECT SUM(consenting) FROM insight_store_hour");
        long tried = count("SELECT SUM(tried) FROM insight_product_hour");
        assertEquals(204, server.delete("/api/clients/c-camille", server.token("marc", "lien-demo")).statusCode());
        HistoryFixture.refresh(server);
        assertEquals(visits, count("SELECT SUM(visits) FROM insight_store_hour"), "her visits still count");
        assertEquals(consenting, count("SELECT SUM(consenting) FROM insight_store_hour"), "as consenting, which they were");
        assertEquals(tried, count("SELECT SUM(tried) FROM insight_product_hour"));
        List<List<String>> kept = rows();
        server.context().getBean(Rollups.class).rebuild(null, n -> { });
        assertEquals(kept, rows(), "after an erasure too, the rollups kept are the rebuilt ones");
    }

    private List<List<String>> rows() throws Exception {
        List<List<String>> all = new ArrayList<>();
        try (Connection c = db().getConnection(); Statement s = c.createStatement()) {
            for (String table : RollupSql.TABLES) {
                try (ResultSet r = s.executeQuery("SELECT * FROM " + table + "")) {
                    ResultSetMetaData meta = r.getMetaData();
                    while (r.next()) {
                        List<String> row = new ArrayList<>(List.of(table));
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            row.add(r.getString(i));
                        }
                        all.add(row);
                    }
                }
            }
        }
        assertTrue(all.size() > 50, "rollup rows: " + all.size());
        // in one order whatever the storage's (a recomputed hour's rows are written again)
        all.sort(java.util.Comparator.comparing(row -> String.join("|", row)));
        return all;
    }

    private long count(String sql) throws Exception {
        try (Connection c = db().getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private DataSource db() {
        return DelegatingDataSource.unwrapDataSource(server.context().getBean(DataSource.class));
    }
}
