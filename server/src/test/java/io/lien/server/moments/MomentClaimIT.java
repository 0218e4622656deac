package io.lien.server.moments;

import io.lien.protocol.uplink.UplinkEvent;
import io.lien.server.GatewayFixture;
import io.lien.server.ServerFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "I'm on it": one advisor takes a moment, every tablet hears it, a colleague is told who went. */
class MomentClaimIT {

    private static ServerFixture server;
    private static GatewayFixture gateway;
    private static String lea;
    private static String marc;

    @BeforeAll
    static void start() throws Exception {
        server = ServerFixture.start();
        gateway = GatewayFixture.connect(server, "gw-claims");
        lea = server.token("lea", "lien-demo");
        marc = server.token("marc", "lien-demo");
    }

    @AfterAll
    static void stop() throws Exception {
        gateway.close();
        server.close();
    }

    /** Lifts a hanger and returns the id of the moment it made. */
    private static long aLift(String hanger) throws Exception {
        gateway.send(new UplinkEvent.HangerLifted(hanger, 80));
        Pattern lift = Pattern.compile("\\{\"id\":(\\d+),\"storeId\":\"demo\",\"ts\":\\d+,\"kind\":\"LIFT\",[^}]*\"hangerId\":\"" + hanger + "\"");
        return await().atMost(Duration.ofSeconds(10)).until(() -> {
            Matcher m = lift.matcher(server.get("/api/stores/demo/moments", lea).body());
            return m.find() ? Long.parseLong(m.group(1)) : null;
        }, id -> id != null);
    }

    @Test
    void theFirstAdvisorTakesAMomentEveryTabletHearsItAndTheSecondIsToldWhoWent() throws Exception {
        long moment = aLift("h-011");
        try (ServerFixture.SseRecorder tablet = server.sse("/api/stores/demo/moments/stream", marc, Long.toString(moment))) {
            HttpResponse<String> taken = server.post("/api/stores/demo/moments/" + moment + "/claim", lea, "{}");
            assertEquals(201, taken.statusCode(), taken.body());
            assertTrue(taken.body().contains("\"kind\":\"CLAIM\"") && taken.body().contains("\"refersTo\":" + moment)
                    && taken.body().contains("\"advisor\":\"lea\",\"advisorName\":\"Léa\"") && taken.body().contains("\"text\":\"Léa is on it: "), taken.body());
            await().atMost(Duration.ofSeconds(5)).until(() -> tablet.any("\"refersTo\":" + moment));

            HttpResponse<String> second = server.post("/api/stores/demo/moments/" + moment + "/claim", marc, "{}");
            assertEquals(409, second.statusCode(), second.body());
            assertTrue(second.body().contains("Léa is already on it"), second.body());
            assertTrue(second.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        }
    }

    @Test
    void twoAdvisorsTappingAtOnceMakeExactlyOneClaim() throws Exception {
        long moment = aLift("h-012");
        String path = "/api/stores/demo/moments/" + moment + "/claim";
        CompletableFuture<HttpResponse<String>> a = CompletableFuture.supplyAsync(() -> server.post(path, lea, "{}"));
        CompletableFuture<HttpResponse<String>> b = CompletableFuture.supplyAsync(() -> server.post(path, marc, "{}"));
        List<Integer> statuses = List.of(a.join().statusCode(), b.join().statusCode());
        assertTrue(statuses.contains(201) && statuses.contains(409), statuses.toString());
        String feed = server.get("/api/stores/demo/moments", lea).body();
        assertEquals(1, Pattern.compile("\"refersTo\":" + moment + ",").matcher(feed).results().count(), feed);
    }

    @Test
    void aClaimIsRefusedWithAReasonForAClaimAnUnknownMomentAnotherStoreOrAShopper() throws Exception {
        long moment = aLift("h-013");
        HttpResponse<String> claim = server.post("/api/stores/demo/moments/" + moment + "/claim", lea, "{}");
        long claimId = Long.parseLong(claim.body().replaceAll("^\\{\"id\":(\\d+),.*$", "$1"));
        assertEquals(400, server.post("/api/stores/demo/moments/" + claimId + "/claim", marc, "{}").statusCode());
        assertEquals(404, server.post("/api/stores/demo/moments/999999999/claim", lea, "{}").statusCode());
        assertEquals(403, server.post("/api/stores/other/moments/" + moment + "/claim", lea, "{}").statusCode());
        assertEquals(403, server.post("/api/stores/demo/moments/" + moment + "/claim",
                server.token("camille.laurent@example.org", "lien-demo"), "{}").statusCode());
        assertEquals(401, server.post("/api/stores/demo/moments/" + moment + "/claim", null, "{}").statusCode());
        assertEquals(400, server.post("/api/stores/demo/moments/not-a-number/claim", lea, "{}").statusCode());
    }
}
