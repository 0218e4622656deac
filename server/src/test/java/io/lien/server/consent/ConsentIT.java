package io.lien.server.consent;

import io.lien.protocol.uplink.UplinkEvent;
import io.lien.server.GatewayFixture;
import io.lien.server.ServerFixture;
import io.lien.server.clients.ClientDirectory;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Consents with their history, approachability and the access log, through the real server. */
class ConsentIT {

    private static ServerFixture server;
    private static GatewayFixture gateway;
    private static String lea;
    private static String marc;

    @BeforeAll
    static void start() throws MqttException {
        server = ServerFixture.start();
        gateway = GatewayFixture.connect(server, "gw-consent");
        lea = server.token("lea", "lien-demo");
        marc = server.token("marc", "lien-demo");
    }

    @AfterAll
    static void stop() throws MqttException {
        gateway.close();
        server.close();
    }

    private static void presence(String install, String zone, String change) throws MqttException {
        gateway.send(new UplinkEvent.ShopperPresence(install, zone, change, 0));
    }

    private static void assertProblem(int status, HttpResponse<String> r, String fragment) {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), r.headers().toString());
        assertTrue(r.body().contains(fragment), r.body());
    }

    @Test
    void aShopperWhoWithdrawsPresenceBecomesAnonymousAtOnceEvenInTheMiddleOfAVisit() throws MqttException {
        String camille = server.token("camille.laurent@example.org", "lien-demo");
        presence("inst-camille", "coats", "enter");
        await().atMost(Duration.ofSeconds(10)).until(() -> server.get("/api/stores/demo/live", lea).body().contains("Camille"));
        String before = server.get("/api/stores/demo/live", lea).body();
        assertTrue(before.contains("\"approachability\":\"advice-welcome\",\"visitSoFar\":["), "her visit so far, for the tablet: " + before);

        HttpResponse<String> withdrawn = server.post("/api/shopper/consents", camille,
                "{\"kind\":\"presence\",\"granted\":false,\"source\":\"shopper-app\"}");
        assertEquals(201, withdrawn.statusCode(), withdrawn.body());
        assertTrue(withdrawn.body().contains("\"presence\":false"), withdrawn.body());
        String live = server.get("/api/stores/demo/live", lea).body();
        assertFalse(live.contains("Camille"), live);
        assertTrue(live.contains("\"anonymousShoppers\":1"), live);
        assertTrue(server.context().getBean(ClientDirectory.class).identify("inst-camille").isEmpty());

        assertEquals(201, server.post("/api/shopper/consents", camille, "{\"kind\":\"presence\",\"granted\":true}").statusCode());
        assertTrue(server.context().getBean(ClientDirectory.class).identify("inst-camille").isPresent());
        presence("inst-camille", "coats", "leave");
    }

    @Test
    void everyChangeKeepsWhenHowAndWhoAndADoubleTapIsNotHistory() {
        HttpResponse<String> first = server.post("/api/clients/c-amara/consents", lea,
                "{\"kind\":\"contact-sms\",\"granted\":true,\"note\":\"asked at the till\"}");
        assertEquals(201, first.statusCode(), first.body());
        assertTrue(first.body().contains("\"kind\":\"contact-sms\",\"granted\":true,\"source\":\"advisor\",\"actor\":\"lea\",\"note\":\"asked at the till\""),
                first.body());
        HttpResponse<String> again = server.post("/api/clients/c-amara/consents", lea, "{\"kind\":\"contact-sms\",\"granted\":true}");
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(count(first.body(), "\"kind\":"), count(again.body(), "\"kind\":"), "no second row for the same choice");
        String seen = server.get("/api/clients/c-amara/consents", marc).body();
        assertTrue(seen.contains("\"contact-sms\":true") && seen.contains("\"contact-email\":true"), seen);
    }

    @Test
    void quietHoursAreKeptAsTheClientSaidThemAndNonsenseIsRefused() {
        String sophie = server.token("sophie.martin@example.org", "lien-demo");
        HttpResponse<String> set = server.post("/api/shopper/consents", sophie,
                "{\"kind\":\"quiet-hours\",\"granted\":true,\"value\":\"22:00-07:30\",\"source\":\"web\"}");
        assertEquals(201, set.statusCode(), set.body());
        assertTrue(set.body().contains("\"quietHours\":\"22:00-07:30\""), set.body());
        assertProblem(400, server.post("/api/shopper/consents", sophie, "{\"kind\":\"quiet-hours\",\"granted\":true,\"value\":\"25:00-07:00\"}"),
                "HH:MM-HH:MM");
        assertProblem(400, server.post("/api/shopper/consents", sophie, "{\"kind\":\"contact-email\",\"granted\":true,\"value\":\"x\"}"),
                "Only quiet hours take a value");
    }

    @Test
    void aClientSeesWhoLookedAtTheirProfileAndWhy() {
        String sophie = server.token("sophie.martin@example.org", "lien-demo");
        assertEquals(200, server.get("/api/clients/c-sophie?reason=preparing%20her%20Saturday%20visit", lea).statusCode());
        String log = server.get("/api/shopper/access-log", sophie).body();
        assertTrue(log.contains("\"who\":\"Léa Dubois\",\"role\":\"ADVISOR\",\"action\":\"VIEW\",\"reason\":\"preparing her Saturday visit\""), log);
        String managers = server.get("/api/clients/c-sophie/access-log", marc).body();
        assertTrue(managers.contains("\"actor\":\"lea\""), managers);
    }

    @Test
    void justBrowsingSaidByTheShopperIsWhatAdvisorsSee() {
        String hugo = server.token("hugo.b@example.org", "lien-demo");
        HttpResponse<String> said = server.put("/api/shopper/approachability", hugo, "{\"approachability\":\"just-browsing\"}");
        assertEquals(200, said.statusCode(), said.body());
        assertTrue(server.get("/api/clients/c-hugo", lea).body().contains("\"approachability\":\"just-browsing\""));
        assertProblem(400, server.put("/api/shopper/approachability", hugo, "{\"approachability\":\"sell-me-everything\"}"),
                "just-browsing, advice-welcome, not-said");
    }

    @Test
    void everyRefusalIsAProblemWithItsReason() {
        String shopper = server.token("camille.laurent@example.org", "lien-demo");
        assertProblem(403, server.get("/api/clients", shopper), "");
        assertProblem(403, server.get("/api/clients/c-sophie/consents", shopper), "");
        assertProblem(403, server.get("/api/shopper/consents", lea), "");
        assertProblem(403, server.get("/api/clients/c-sophie/access-log", lea), "");
        assertProblem(401, server.get("/api/shopper/consents", null), "Unauthorized");
        assertProblem(400, server.post("/api/shopper/consents", shopper, "{\"kind\":\"mind-reading\",\"granted\":true}"),
                "presence, profiling, contact-email");
        assertProblem(400, server.post("/api/shopper/consents", shopper, "{\"kind\":\"presence\"}"), "granted");
        assertProblem(400, server.post("/api/shopper/consents", shopper, "{\"kind\":\"presence\",\"granted\":false,\"source\":\"advisor\"}"),
                "shopper-app");
        assertProblem(400, server.post("/api/shopper/consents", shopper, "{\"kind\":\"presence\",\"granted\":true,\"note\":\""
                + "x".repeat(201) + "\"}"), "200 characters");
        assertProblem(404, server.post("/api/clients/c-nobody/consents", lea, "{\"kind\":\"presence\",\"granted\":true}"), "c-nobody");
        HttpResponse<String> garbage = server.post("/api/shopper/consents", shopper, "{\"kind\":");
        assertEquals(400, garbage.statusCode(), garbage.body());
        assertTrue(garbage.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), garbage.headers().toString());
        HttpResponse<String> wrongPassword = server.post("/login", null, "{\"username\":\"camille.laurent@example.org\",\"password\":\"guess\"}");
        assertEquals(401, wrongPassword.statusCode());
    }

    private static int count(String text, String fragment) {
        return text.split(java.util.regex.Pattern.quote(fragment), -1).length - 1;
    }
}
