package io.lien.server.insights;

import io.lien.protocol.uplink.UplinkEnvelope;
import io.lien.protocol.uplink.UplinkEvent;
import io.lien.server.ServerFixture;
import io.lien.server.signals.SignalRepository;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The team's work as the team page shows it: shoppers' calls answered and not, notes, a selection
 * sent, a follow-up done — done through the API as the tablet does, counted once each, with no
 * advisor's sales on the page unless the store turns the leaderboard on.
 */
class TeamInsightsIT {

    private static ServerFixture server;

    @BeforeAll
    static void start() {
        server = ServerFixture.start(Map.of());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theTeamPageCountsEachAnswerNoteSelectionAndFollowUpOnce() throws Exception {
        String lea = server.token("lea", "lien-demo");
        MqttClient gateway = server.gatewayClient("demo", "gw-team-it");
        long now = System.currentTimeMillis();
        int seq = 1;
        for (String hanger : List.of("h-003", "h-012", "h-025")) {
            UplinkEnvelope help = UplinkEnvelope.of("demo", "gw-team-it", seq++, now - 30_000, new UplinkEvent.HangerButtonPressed(hanger, "help"));
            gateway.publish(help.topic(), help.toBytes(), 1, false);
        }
        gateway.disconnect();
        gateway.close();
        await().atMost(Duration.ofSeconds(10)).until(() -> server.context().getBean(SignalRepository.class).countByStoreId("demo") >= 3);
        List<Long> calls = ids("SELECT id FROM moment WHERE kind = 'HELP' ORDER BY id");
        assertEquals(3, calls.size());
        assertEquals(201, server.post("/api/stores/demo/moments/" + calls.get(0) + "/claim", lea, "").statusCode());
        assertEquals(201, server.post("/api/stores/demo/moments/" + calls.get(1) + "/claim", lea, "").statusCode());
        assertEquals(409, server.post("/api/stores/demo/moments/" + calls.get(1) + "/claim", server.token("marc", "lien-demo"), "").statusCode(),
                "claimed once");
        assertEquals(201, server.post("/api/clients/c-camille/notes", lea, "{\"tags\":[\"looking-for\"],\"text\":\"A coat for winter\"}").statusCode());
        assertEquals(201, server.post("/api/clients/c-amara/selections", lea, "{\"productIds\":[\"p-dress-emerald\"]}").statusCode());
        HttpResponse<String> set = server.post("/api/clients/c-camille/follow-ups", lea, "{\"dueOn\":\"" + LocalDate.now(HistoryFixture.PARIS) + "\",\"text\":\"Call back\"}");
        long followUp = Long.parseLong(set.body().replaceAll("^\\{\"id\":(\\d+),.*$", "$1"));
        assertEquals(200, server.post("/api/follow-ups/" + followUp + "/done", lea, "{}").statusCode());
        HistoryFixture.refresh(server);

        String marc = InsightPagesIT.signIn(server, "marc", "lien-demo").orElseThrow();
        HttpResponse<String> team = InsightPagesIT.page(server, "/insights/stores/demo/team?lang=en", marc);
        assertEquals(200, team.statusCode(), team.body());
        assertTrue(team.body().contains("data-figure=\"claims\">2<"), "two calls answered");
        assertTrue(team.body().contains("data-figure=\"unanswered\">1<"), "one nobody answered");
        assertTrue(team.body().contains("<th scope=\"row\">Léa Dubois</th><td>2</td>"), team.body());
        assertTrue(team.body().contains("1 → 0 → 0"), "a selection sent, not yet opened");
        assertFalse(team.body().contains("<th scope=\"col\">credited</th>"), "no advisor's sales without the leaderboard");
        String csv = InsightPagesIT.page(server, "/insights/stores/demo/team.csv", marc).body();
        assertTrue(csv.contains("lea,Léa Dubois,2,") && !csv.contains("credited"), csv);

        int kept = count("SELECT COUNT(*) FROM insight_advisor_hour");
        server.context().getBean(io.lien.server.insights.application.Rollups.class).rebuild(null, n -> { });
        assertEquals(kept, count("SELECT COUNT(*) FROM insight_advisor_hour"), "rebuilt alike");
    }

    @Test
    void aStoreThatAsksForALeaderboardSeesEachAdvisorsCreditedSales() throws Exception {
        try (ServerFixture ranked = ServerFixture.start(Map.of("lien.insights.leaderboard", true))) {
            String marc = InsightPagesIT.signIn(ranked, "marc", "lien-demo").orElseThrow();
            HttpResponse<String> team = InsightPagesIT.page(ranked, "/insights/stores/demo/team?lang=en", marc);
            assertEquals(200, team.statusCode());
            assertTrue(team.body().contains("<th scope=\"col\">credited</th>"), "the column the setting adds");
            assertTrue(InsightPagesIT.page(ranked, "/insights/stores/demo/team.csv", marc).body().startsWith("\uFEFFadvisor,name,moments_answered"));
            assertTrue(InsightPagesIT.page(ranked, "/insights/stores/demo/team.csv", marc).body().lines().findFirst().orElseThrow()
                    .endsWith("credited_orders,credited_euros"));
        }
    }

    private static List<Long> ids(String sql) throws Exception {
        try (Connection c = db().getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            List<Long> ids = new java.util.ArrayList<>();
            while (r.next()) {
                ids.add(r.getLong(1));
            }
            return ids;
        }
    }

    private static int count(String sql) throws Exception {
        try (Connection c = db().getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getInt(1);
        }
    }

    private static DataSource db() {
        return DelegatingDataSource.unwrapDataSource(server.context().getBean(DataSource.class));
    }
}
