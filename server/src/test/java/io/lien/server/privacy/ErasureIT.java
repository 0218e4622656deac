package io.lien.server.privacy;

import io.lien.protocol.uplink.UplinkEvent;
import io.lien.protocol.uplink.UplinkTopics;
import io.lien.server.GatewayFixture;
import io.lien.server.Chromium;
import io.lien.server.ServerFixture;
import io.lien.server.audit.ProfileAudit;
import io.lien.server.clients.ClientEvent;
import io.lien.server.clients.ClientEventRepository;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import javax.sql.DataSource;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Camille visits, handles the trench, buys it online, is looked up by an advisor; she exports
 * everything, then has it erased: no table holds anything that identifies her, and the store's
 * anonymous figures are what they were.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErasureIT {

    /** Everything that identifies Camille in the demo data and in what the test adds. */
    private static final List<String> CAMILLE = List.of("c-camille", "inst-camille", "camille.laurent@example.org",
            "+33 6 12 34 56 78", "Laurent", "Camille");

    private ServerFixture server;
    private GatewayFixture gateway;
    private String camille;
    private String marc;

    /** The server under test: H2 here, PostgreSQL in {@link ErasureOnPostgresIT}. */
    ServerFixture startServer() {
        return ServerFixture.start();
    }

    /** Every text column of the server's schema, as (table, column). */
    String textColumnsQuery() {
        return "SELECT TABLE_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS "
                + "WHERE TABLE_SCHEMA = 'PUBLIC' AND DATA_TYPE IN ('CHARACTER VARYING', 'CHARACTER', 'CHARACTER LARGE OBJECT')";
    }

    @BeforeAll
    void visitAndBuy() throws MqttException {
        server = startServer();
        gateway = GatewayFixture.connect(server, "gw-erasure");
        marc = server.token("marc", "lien-demo");
        camille = server.token("camille.laurent@example.org", "lien-demo");
        send(new UplinkEvent.ShopperPresence("inst-camille", "coats", "enter", 0));
        send(new UplinkEvent.HangerLifted("h-003", 80));
        await().atMost(Duration.ofSeconds(10)).until(() -> server.get("/api/stores/demo/moments", marc).body()
                .contains("Camille lifted the navy trench coat"));
        send(new UplinkEvent.HangerPutBack("h-003", 20_000));
        // a refused message that still names her install: erasure must reach dead letters too
        gateway.publish(UplinkTopics.events("demo", "gw-erasure"), "{\"v\":1,\"store\":\"demo\",\"gateway\":\"gw-erasure\",\"seq\":"
                + gateway.nextSeq() + ",\"ts\":1,\"type\":\"shopper.presence\",\"data\":{\"installId\":\"inst-camille\",\"zone\":\"no zone!\"}}");
        server.context().getBean(ClientEventRepository.class).save(new ClientEvent(null, "c-camille", System.currentTimeMillis() + 60_000,
                ClientEvent.Channel.WEB, ClientEvent.Kind.ORDER, "Navy trench coat, ordered on her phone", "p-trench-navy", "38", 42_000, null, null, null));
        await().atMost(Duration.ofSeconds(10)).until(() -> funnel().contains("\"productId\":\"p-trench-navy\",\"name\":\"the navy trench coat\",\"touched\":1,\"carried\":0,\"tried\":0,\"bought\":1"));
        String lea = server.token("lea", "lien-demo");
        assertEquals(200, server.get("/api/clients/c-camille?reason=she%20asked%20about%20the%20trench", lea).statusCode());
        assertEquals(201, server.post("/api/shopper/consents", camille, "{\"kind\":\"contact-email\",\"granted\":true}").statusCode());
        assertEquals(201, server.post("/api/clients/c-camille/selections", lea,
                "{\"productIds\":[\"p-trench-navy\"],\"message\":\"Camille, the 38 is back\"}").statusCode());
        assertEquals(201, server.post("/api/clients/c-camille/follow-ups", lea, "{\"dueOn\":\""
                + LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(3) + "\",\"text\":\"Call Camille when the 38 is back\"}").statusCode());
    }

    @AfterAll
    void stop() throws MqttException {
        gateway.close();
        server.close();
    }

    private void send(UplinkEvent event) throws MqttException {
        gateway.send(event);
    }

    private String funnel() {
        return server.get("/api/stores/demo/funnel", marc).body();
    }

    @Test
    @Order(1)
    void theExportHoldsEverythingAsJsonAndAsAPageInHerLanguage() throws IOException {
        HttpResponse<String> json = server.get("/api/shopper/export", camille);
        assertEquals(200, json.statusCode(), json.body());
        for (String expected : List.of("\"signInEmail\":\"camille.laurent@example.org\"", "\"appInstalls\":[\"inst-camille\"]",
                "Navy trench coat, ordered on her phone", "\"kind\":\"contact-email\"", "\"quietHours\":\"21:00-08:00\"",
                "Camille lifted the navy trench coat", "she asked about the trench", "\"productId\":\"p-trench-navy\"",
                "\"message\":\"Camille, the 38 is back\"", "\"text\":\"Call Camille when the 38 is back\"",
                // the export's format, field by field as it has always been, whatever the tables become
                "\"profile\":{\"id\":\"c-camille\",\"firstName\":\"Camille\",\"lastName\":\"Laurent\",\"pronoun\":\"she\"",
                "\"approachability\":\"ADVICE_WELCOME\"", "\"channel\":\"WEB\",\"kind\":\"ORDER\"", "\"productIds\":\"",
                "\"dueOn\":\"", "\"reason\":{\"en\":\"she asked about the trench\",\"fr\":\"she asked about the trench\"}")) {
            assertTrue(json.body().contains(expected), expected + " in " + json.body());
        }
        HttpResponse<String> page = server.get("/api/shopper/export.html", camille);
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("Ce que Lien sait de vous, Camille") && page.body().contains("Qui a consulté votre profil"), page.body());
        assertTrue(page.body().contains("Léa Dubois"), page.body());
        // the page as the client's browser reads it (the API needs her token, so the browser opens the saved page)
        Path saved = Files.createTempFile("camille-export", ".html");
        Files.writeString(saved, page.body());
        String dom = Chromium.dom(saved.toUri().toString());
        assertTrue(dom.contains("<h1>Ce que Lien sait de vous, Camille</h1>") && dom.contains("Les sélections que l'on vous a envoyées"), dom);
        Files.delete(saved);
        String manager = server.get("/api/clients/c-camille/export?reason=letter%20of%2012%20November", marc).body();
        assertTrue(manager.contains("\"profile\":{\"id\":\"c-camille\""), manager);
        assertTrue(server.get("/api/clients/c-camille/access-log", marc).body().contains("\"action\":\"EXPORT\",\"reason\":\"letter of 12 November\""));
    }

    @Test
    @Order(2)
    void onlyTheClientOrAManagerMayEraseAndAnUnknownClientIsNotFound() {
        String lea = server.token("lea", "lien-demo");
        assertEquals(403, server.delete("/api/clients/c-camille", lea).statusCode());
        assertEquals(403, server.get("/api/clients/c-camille/export", lea).statusCode());
        HttpResponse<String> unknown = server.delete("/api/clients/c-nobody", marc);
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }

    @Test
    @Order(3)
    void afterErasureNoTableHoldsAnythingThatIdentifiesHerAndTheFunnelIsUnchanged() throws SQLException, MqttException {
        // an event, so that the live state (with Camille in it) is snapshotted whatever the earlier tests did
        send(new UplinkEvent.HangerLifted("h-018", 80));
        await().atMost(Duration.ofSeconds(10)).until(() -> liveSnapshotHolds("c-camille"));
        String before = funnel();
        server.context().getBean(ProfileAudit.class).flush();
        List<String> held = scanEveryTableFor(CAMILLE);
        for (String place : List.of("SIGNAL.PAYLOAD: inst-camille", "DEAD_LETTER.PAYLOAD: inst-camille", "MOMENT.PHRASE: Camille",
                "VISIT.CLIENT_ID: c-camille", "HANDLING.CLIENT_ID: c-camille", "CONSENT_CHANGE.CLIENT_ID: c-camille",
                "PROFILE_ACCESS.CLIENT_ID: c-camille", "SHOPPER_LOGIN.EMAIL: camille.laurent@example.org",
                "SELECTION.CLIENT_ID: c-camille", "FOLLOW_UP.TEXT: Camille", "LIVE_SNAPSHOT.STATE: c-camille")) {
            assertTrue(held.stream().anyMatch(h -> h.startsWith(place)), "the scan finds " + place + " before: " + held);
        }
        assertEquals(204, server.delete("/api/shopper", camille).statusCode());

        List<String> found = scanEveryTableFor(CAMILLE);
        assertTrue(found.isEmpty(), "still there: " + found);
        assertEquals(before, funnel(), "the anonymous funnel, bought included, does not change");
        String live = server.get("/api/stores/demo/live", marc).body();
        assertFalse(live.contains("Camille") || live.contains("c-camille"), live);
        assertEquals(404, server.get("/api/shopper/me", camille).statusCode());
        assertEquals(401, server.post("/login", null, "{\"username\":\"camille.laurent@example.org\",\"password\":\"lien-demo\"}").statusCode());
        assertFalse(server.get("/api/stores/demo/moments", marc).body().contains("Camille"));

        // the next event rebuilds the live state from the rewritten signals, and a snapshot of it is stored
        send(new UplinkEvent.HangerLifted("h-024", 80));
        await().atMost(Duration.ofSeconds(10)).until(() -> server.context()
                .getBean(io.lien.server.live.infrastructure.LiveSnapshotRepository.class).existsById(1));
        found = scanEveryTableFor(CAMILLE);
        assertTrue(found.isEmpty(), "back after the next event: " + found);
    }

    private boolean liveSnapshotHolds(String text) {
        return server.context().getBean(io.lien.server.live.infrastructure.LiveSnapshotRepository.class).findById(1)
                .map(row -> row.state().contains(text)).orElse(false);
    }

    /** Every text column of every table, searched for each identifier: "table.column: identifier". */
    private List<String> scanEveryTableFor(List<String> identifiers) throws SQLException {
        DataSource ds = DelegatingDataSource.unwrapDataSource(server.context().getBean(DataSource.class));
        List<String> found = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            List<String[]> columns = new ArrayList<>();
            try (ResultSet r = st.executeQuery(textColumnsQuery())) {
                while (r.next()) {
                    columns.add(new String[]{r.getString(1), r.getString(2)});
                }
            }
            assertTrue(columns.size() > 40, "the scan sees the schema: " + columns.size() + " text columns");
            for (String[] col : columns) {
                for (String id : identifiers) {
                    try (ResultSet r = st.executeQuery("SELECT COUNT(*) FROM \"" + col[0] + "\" WHERE POSITION('" + id.replace("'", "''")
                            + "' IN \"" + col[1] + "\") > 0")) {
                        r.next();
                        if (r.getLong(1) > 0) {
                            // upper case: H2 and PostgreSQL name the same table differently
                            found.add(col[0].toUpperCase(java.util.Locale.ROOT) + "." + col[1].toUpperCase(java.util.Locale.ROOT)
                                    + ": " + id + " (" + r.getLong(1) + " rows)");
                        }
                    }
                }
            }
        }
        return found;
    }
}
