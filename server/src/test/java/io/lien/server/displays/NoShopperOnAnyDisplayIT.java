package io.lien.server.displays;

import io.lien.protocol.uplink.UplinkEvent;
import io.lien.server.GatewayFixture;
import io.lien.server.ServerFixture;
import io.lien.server.community.CommunityVoice;
import io.lien.server.stock.application.StockLedger;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No identifier of any shopper ever reaches a device: a busy moment in the fitting rooms with
 * recognised, consenting shoppers (Sophie, Camille, Hugo — their names are on the tablets), help
 * asked and taken, sizes asked at the mirror, likes, signed words — then every display message the
 * server sent and every screen the mirror's page received is searched for every client's id, names,
 * e-mail, phone and app install.
 */
class NoShopperOnAnyDisplayIT {

    @Test
    void everyDisplayMessageAndMirrorScreenIsFreeOfEveryClientsIdentifiers() throws Exception {
        try (ServerFixture server = ServerFixture.start();
             DisplayRecorder displays = new DisplayRecorder(server, "demo")) {
            GatewayFixture gateway = GatewayFixture.connect(server, "gw-no-identifier");
            MirrorScreenFixture screens = new MirrorScreenFixture(server);
            String cookie = screens.signIn("mirror-1", MirrorScreenFixture.DEMO_PASS);
            List<String> mirrorScreens = new CopyOnWriteArrayList<>();
            Thread page = pageListening(server, cookie, "fr", mirrorScreens);
            Thread pageEn = pageListening(server, cookie, "en", mirrorScreens);
            String lea = server.token("lea", "lien-demo");

            gateway.send(new UplinkEvent.ShopperPresence("inst-sophie", "fitting-rooms", "enter", 0));
            gateway.send(new UplinkEvent.ShopperPresence("inst-camille", "coats", "enter", 0));
            gateway.send(new UplinkEvent.HangerLifted("h-003", 90));
            gateway.send(new UplinkEvent.HangerButtonPressed("h-003", "help"));
            gateway.send(new UplinkEvent.HangerButtonPressed("h-003", "like"));
            gateway.send(new UplinkEvent.HangerZoneChanged("h-022", "r-fit-2", "fitting-2", "enter"));
            gateway.send(new UplinkEvent.FixtureTapped("mirror-1", "call-advisor", null, null));
            gateway.send(new UplinkEvent.FixtureTapped("mirror-1", "other-size", "h-022", "38"));
            screens.tap("mirror-1", cookie, "key", "no-id-1", "action", "like", "hangerId", "h-022");
            screens.tap("mirror-1", cookie, "key", "no-id-2", "action", "other-size", "hangerId", "h-022", "size", "34");
            server.context().getBean(CommunityVoice.class).say("c-camille", "p-dress-emerald", "comment", "critical",
                    "Camille here: the belt loops are fragile.", true);
            server.context().getBean(CommunityVoice.class).say("c-hugo", "p-trench-navy", "comment", "praise", "Perfect for rain.", true);
            server.context().getBean(StockLedger.class).count("demo", "p-dress-emerald/38", 0, "count", "test", null);
            await().atMost(Duration.ofSeconds(10)).until(() -> displays.hanger("h-003").contains("Demande transmise"));
            for (long moment : claimable(server, lea)) {
                server.post("/api/stores/demo/moments/" + moment + "/claim", lea, "");
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> displays.hanger("h-003").startsWith("Léa arrive"));
            await().atMost(Duration.ofSeconds(10)).until(() -> mirrorScreens.stream().anyMatch(s -> s.contains("Léa")));
            page.interrupt();
            pageEn.interrupt();
            gateway.close();

            List<String> identifiers = identifiers(io.micronaut.data.connection.jdbc.advice.DelegatingDataSource.unwrapDataSource(
                    server.context().getBean(DataSource.class)));
            assertTrue(identifiers.contains("sophie") && identifiers.contains("c-camille") && identifiers.contains("inst-hugo"),
                    "the check knows the clients: " + identifiers);
            assertTrue(displays.raw.size() > 40 && mirrorScreens.size() > 3, displays.raw.size() + " displays, " + mirrorScreens.size());
            List<String> everything = new ArrayList<>(displays.raw);
            everything.addAll(mirrorScreens);
            for (String shown : everything) {
                String lower = shown.toLowerCase(Locale.ROOT);
                for (String id : identifiers) {
                    assertFalse(lower.contains(id), "'" + id + "' reached a device: " + shown);
                }
            }
        }
    }

    /** Every client's id, first and last name, e-mail, phone and app installs, lower-cased. */
    private static List<String> identifiers(DataSource data) throws Exception {
        List<String> found = new ArrayList<>();
        try (Connection c = data.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT id, first_name, last_name, email, phone FROM client")) {
                while (r.next()) {
                    for (int i = 1; i <= 5; i++) {
                        String v = r.getString(i);
                        if (v != null && v.length() >= 3) {
                            found.add(v.toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
            try (ResultSet r = s.executeQuery("SELECT id FROM app_install")) {
                while (r.next()) {
                    found.add(r.getString(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        return found;
    }

    private static List<Long> claimable(ServerFixture server, String token) {
        String body = server.get("/api/stores/demo/moments", token).body();
        List<Long> ids = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"id\":(\\d+),\"storeId\":\"demo\",\"ts\":\\d+,\"kind\":\"(HELP|SIZE_REQUEST|ADVISOR_CALL)\"")
                .matcher(body);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    private static Thread pageListening(ServerFixture server, String cookie, String lang, List<String> into) {
        Thread t = new Thread(() -> {
            try {
                HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.http("/fixtures/mirror-1/events?lang=" + lang))
                                .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofLines()).body()
                        .filter(l -> l.startsWith("data:")).forEach(l -> into.add(l.substring(5)));
            } catch (Exception e) {
                // closed with the test
            }
        }, "mirror-page-" + lang);
        t.setDaemon(true);
        t.start();
        return t;
    }
}
