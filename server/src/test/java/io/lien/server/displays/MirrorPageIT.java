package io.lien.server.displays;

import io.lien.protocol.uplink.UplinkEvent;
import io.lien.server.GatewayFixture;
import io.lien.server.ServerFixture;
import io.lien.server.moments.model.MomentKind;
import io.lien.server.stock.application.StockLedger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A fixture's page over HTTP: signed in as its fixture and nothing else, its taps taken once, bad ones refused. */
class MirrorPageIT {

    private static ServerFixture server;
    private static MirrorScreenFixture screens;
    private static GatewayFixture gateway;
    private static String mirror1;

    @BeforeAll
    static void start() throws Exception {
        server = ServerFixture.start();
        screens = new MirrorScreenFixture(server);
        gateway = GatewayFixture.connect(server, "gw-mirror-page");
        mirror1 = screens.signIn("mirror-1", MirrorScreenFixture.DEMO_PASS);
    }

    @AfterAll
    static void stop() throws Exception {
        gateway.close();
        server.close();
    }

    @Test
    void theSetUpLinkPutsThePassInACookieForThisFixturesPagesOnlyAndOutOfTheAddressBar() {
        HttpResponse<String> r = server.send(java.net.http.HttpRequest.newBuilder(server.http("/fixtures/mirror-1/start?pass="
                + MirrorScreenFixture.DEMO_PASS)).GET().build());
        assertEquals("/fixtures/mirror-1", r.headers().firstValue("Location").orElseThrow());
        String cookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.toLowerCase().contains("httponly") && cookie.contains("Path=/fixtures/mirror-1") && cookie.contains("SameSite=Strict"), cookie);

        HttpResponse<String> page = screens.get("/fixtures/mirror-1", mirror1);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<h1>Cabines</h1>") && page.body().contains("lang=\"fr\""), "the store's language: " + page.body());
        assertTrue(screens.get("/fixtures/mirror-1?lang=en", mirror1).body().contains("<h1>Fitting rooms</h1>"));
    }

    @Test
    void withoutAValidPassNothingIsShownOrTaken() {
        assertEquals(401, screens.get("/fixtures/mirror-1", null).statusCode());
        assertEquals(401, screens.get("/fixtures/mirror-1", "LIEN_FIXTURE=mirror-1.guess").statusCode());
        assertEquals(401, screens.get("/fixtures/mirror-1/start?pass=mirror-1.guess", null).statusCode());
        assertEquals(401, screens.get("/fixtures/mirror-1/events", null).statusCode());
        String lea = server.token("lea", "lien-demo");
        assertEquals(401, server.get("/fixtures/mirror-1", lea).statusCode(), "an advisor's token is no fixture's pass");
        long before = screens.moments(MomentKind.ADVISOR_CALL);
        assertEquals(401, screens.tap("mirror-1", null, "key", "k1", "action", "call-advisor").statusCode());
        assertEquals(before, screens.moments(MomentKind.ADVISOR_CALL));
    }

    @Test
    void aScreenSignedInAsOneFixtureCanNeitherReadNorTapAsAnother() {
        String marc = server.token("marc", "lien-demo");
        String mirror2 = screens.signIn("mirror-2", screens.secondMirror(marc));
        assertEquals(200, screens.get("/fixtures/mirror-2", mirror2).statusCode());
        assertEquals(403, screens.get("/fixtures/mirror-1", mirror2).statusCode());
        assertEquals(403, screens.get("/fixtures/mirror-1/screen", mirror2).statusCode());
        assertEquals(403, screens.get("/fixtures/mirror-1/events", mirror2).statusCode());
        long before = screens.moments(MomentKind.ADVISOR_CALL);
        assertEquals(403, screens.tap("mirror-1", mirror2, "key", "other-screen", "action", "call-advisor").statusCode());
        assertEquals(before, screens.moments(MomentKind.ADVISOR_CALL));

        // a new pass signs the old screen out
        String again = screens.issuePass("mirror-2", marc);
        assertEquals(401, screens.get("/fixtures/mirror-2", mirror2).statusCode());
        assertEquals(200, screens.get("/fixtures/mirror-2", screens.signIn("mirror-2", again)).statusCode());
    }

    @Test
    void aTapSentTwiceIsOneTapOnTheTablets() {
        long before = screens.moments(MomentKind.ADVISOR_CALL);
        assertEquals(202, screens.tap("mirror-1", mirror1, "key", "twice-1", "action", "call-advisor").statusCode());
        HttpResponse<String> replay = screens.tap("mirror-1", mirror1, "key", "twice-1", "action", "call-advisor");
        assertEquals(202, replay.statusCode());
        assertTrue(replay.body().contains("\"before\":true"), replay.body());
        assertEquals(before + 1, screens.moments(MomentKind.ADVISOR_CALL));
    }

    @Test
    void malformedUnknownOversizedAndHostileTapsAreRefusedWithAReasonAndChangeNothing() {
        long calls = screens.moments(MomentKind.ADVISOR_CALL);
        long sizes = screens.moments(MomentKind.SIZE_REQUEST);
        long likes = screens.moments(MomentKind.LIKE);
        String[][] bad = {
                {"key", "bad-1", "action", "dance"},
                {"key", "bad-2", "action", "like"},
                {"key", "bad-3", "action", "like", "hangerId", "h-999"},
                {"key", "bad-4", "action", "like", "hangerId", "<script>alert(1)</script>"},
                {"key", "bad-5", "action", "other-size", "hangerId", "h-007", "size", "58"},
                {"key", "bad-6", "action", "other-size", "hangerId", "h-007"},
                {"key", "x".repeat(200), "action", "call-advisor"},
                {"key", "é<>", "action", "call-advisor"},
                {"action", "call-advisor"},
        };
        for (String[] fields : bad) {
            HttpResponse<String> r = screens.tap("mirror-1", mirror1, fields);
            assertEquals(400, r.statusCode(), String.join(",", fields) + " → " + r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), r.body());
            assertFalse(r.body().contains("<script>"), "never echoed: " + r.body());
        }
        assertEquals(calls, screens.moments(MomentKind.ADVISOR_CALL));
        assertEquals(sizes, screens.moments(MomentKind.SIZE_REQUEST));
        assertEquals(likes, screens.moments(MomentKind.LIKE));
    }

    @Test
    void aScreenHammeringTapsIsToldToWait() {
        String marc = server.token("marc", "lien-demo");
        server.context().getBean(io.lien.server.registry.FixtureRepository.class)
                .save(new io.lien.server.registry.Fixture("mirror-3", "demo", "fitting-rooms", "smart-mirror"));
        server.context().getBean(io.lien.server.registry.DeviceRegistry.class).reload();
        String mirror3 = screens.signIn("mirror-3", screens.issuePass("mirror-3", marc));
        int refused = 0;
        for (int i = 0; i < 35; i++) {
            HttpResponse<String> r = screens.tap("mirror-3", mirror3, "key", "hammer-" + i, "action", "like", "hangerId", "h-012");
            if (r.statusCode() == 429) {
                refused++;
                assertTrue(r.headers().firstValue("Retry-After").isPresent(), r.headers().toString());
            }
        }
        assertEquals(5, refused);
    }

    @Test
    void theMirrorShowsTheGarmentsItsReadersSeeAndWhereASizeAskedForIs() throws Exception {
        server.context().getBean(StockLedger.class).count("demo", "p-coat-camel/40", 0, "count", "test", null);
        gateway.send(new UplinkEvent.HangerZoneChanged("h-007", "r-fit-1", "fitting-1", "enter"));
        await().atMost(Duration.ofSeconds(5)).until(() -> screens.get("/fixtures/mirror-1/screen", mirror1).body()
                .contains("Manteau en laine camel"));
        String lea = server.token("lea", "lien-demo");
        try (ServerFixture.SseRecorder feed = server.sse("/api/stores/demo/moments/stream", lea, null)) {
            assertEquals(202, screens.tap("mirror-1", mirror1, "key", "size-40", "action", "other-size", "hangerId", "h-007",
                    "size", "40").statusCode());
            await().atMost(Duration.ofSeconds(5)).until(() -> screens.get("/fixtures/mirror-1/screen", mirror1).body()
                    .contains("Pas de 40 en boutique — en ligne, livré "));
            assertTrue(screens.get("/fixtures/mirror-1/screen", mirror1).body().contains(", ou à réserver à Lyon"));
            await().atMost(Duration.ofSeconds(5)).until(() -> feed.any("\"kind\":\"SIZE_REQUEST\""));
            long asked = DisplaysIT.momentId(feed, "SIZE_REQUEST");
            assertEquals(201, server.post("/api/stores/demo/moments/" + asked + "/claim", lea, "").statusCode());
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> screens.get("/fixtures/mirror-1/screen", mirror1).body()
                .contains("Léa arrive — pas de 40 en boutique"));
        gateway.send(new UplinkEvent.HangerZoneChanged("h-007", "r-fit-1", "fitting-1", "leave"));
        await().atMost(Duration.ofSeconds(5)).until(() -> !screens.get("/fixtures/mirror-1/screen", mirror1).body()
                .contains("Manteau en laine camel"));
        server.context().getBean(StockLedger.class).count("demo", "p-coat-camel/40", 1, "count", "test", null);
    }
}
