package io.lien.server.followups;

import io.lien.server.ServerFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reminders an advisor sets, listed per day: hers for an advisor, the store's for a manager. */
class FollowUpIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));
    private static ServerFixture server;
    private static String lea;
    private static String marc;

    @BeforeAll
    static void start() {
        server = ServerFixture.start();
        lea = server.token("lea", "lien-demo");
        marc = server.token("marc", "lien-demo");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String followUp(LocalDate due, String text) {
        return "{\"dueOn\":\"" + due + "\",\"text\":\"" + text + "\"}";
    }

    @Test
    void aFollowUpIsListedOnItsDayForItsAdvisorAndTheManagerAndLeavesTheListWhenDone() {
        HttpResponse<String> set = server.post("/api/clients/c-camille/follow-ups", lea, followUp(TODAY.plusDays(2), "Call when the 38 is back"));
        assertEquals(201, set.statusCode(), set.body());
        assertTrue(set.body().contains("\"clientName\":\"Camille Laurent\",\"advisor\":\"lea\",\"dueOn\":\"" + TODAY.plusDays(2) + "\""), set.body());
        assertTrue(server.post("/api/clients/c-jules/follow-ups", marc, followUp(TODAY, "Wrap the gift for Jules")).statusCode() == 201);

        String leas = server.get("/api/follow-ups", lea).body();
        assertTrue(leas.contains("Call when the 38 is back") && !leas.contains("Wrap the gift"), "an advisor sees hers: " + leas);
        assertTrue(server.get("/api/follow-ups?everyone=true", lea).body().contains("Wrap the gift"), "or the store's when she asks");
        String store = server.get("/api/follow-ups", marc).body();
        assertTrue(store.indexOf("Wrap the gift") < store.indexOf("Call when the 38"), "per day, soonest first: " + store);
        assertFalse(server.get("/api/follow-ups?from=" + TODAY.plusDays(3) + "&to=" + TODAY.plusDays(9), lea).body().contains("38 is back"));

        long id = Long.parseLong(set.body().replaceAll("^\\{\"id\":(\\d+),.*$", "$1"));
        HttpResponse<String> done = server.post("/api/follow-ups/" + id + "/done", lea, "{}");
        assertEquals(200, done.statusCode(), done.body());
        assertTrue(done.body().contains("\"doneAt\":"), done.body());
        assertEquals(done.body(), server.post("/api/follow-ups/" + id + "/done", lea, "{}").body(), "done twice is done once");
    }

    @Test
    void aLateFollowUpStaysOnTheListUntilDone() {
        String leas = server.get("/api/follow-ups", lea).body();
        assertTrue(leas.contains("\"text\":\"Max's birthday: call about the cashmere in M\",\"createdAt\":") && leas.contains("\"late\":true"), leas);
    }

    @Test
    void aRetryFromTheOfflineQueueSetsItOnce() {
        String body = "{\"dueOn\":\"" + TODAY.plusDays(1) + "\",\"text\":\"Hold the camel coat\",\"requestId\":\"0b6f5c1e-2d8a-4c7e-9f10-1a2b3c4d5e6f\"}";
        assertEquals(201, server.post("/api/clients/c-sophie/follow-ups", lea, body).statusCode());
        assertEquals(200, server.post("/api/clients/c-sophie/follow-ups", lea, body).statusCode());
        String list = server.get("/api/follow-ups", lea).body();
        assertEquals(list.indexOf("Hold the camel coat"), list.lastIndexOf("Hold the camel coat"), list);
    }

    @Test
    void badFollowUpsAreRefusedWithAReason() {
        assertEquals(400, server.post("/api/clients/c-camille/follow-ups", lea, followUp(TODAY.minusDays(1), "too late")).statusCode());
        assertEquals(400, server.post("/api/clients/c-camille/follow-ups", lea, followUp(TODAY.plusDays(401), "too far")).statusCode());
        assertEquals(400, server.post("/api/clients/c-camille/follow-ups", lea, "{\"dueOn\":\"tomorrow\",\"text\":\"x\"}").statusCode());
        assertEquals(400, server.post("/api/clients/c-camille/follow-ups", lea, "{\"text\":\"x\"}").statusCode());
        assertEquals(400, server.post("/api/clients/c-camille/follow-ups", lea, followUp(TODAY, " ")).statusCode());
        assertEquals(400, server.post("/api/clients/c-camille/follow-ups", lea, followUp(TODAY, "x".repeat(501))).statusCode());
        assertEquals(404, server.post("/api/clients/c-nobody/follow-ups", lea, followUp(TODAY, "x")).statusCode());
        assertEquals(404, server.post("/api/follow-ups/999999/done", lea, "{}").statusCode());
        assertEquals(400, server.get("/api/follow-ups?from=" + TODAY + "&to=" + TODAY.minusDays(1), lea).statusCode());
        assertEquals(400, server.get("/api/follow-ups?from=" + TODAY + "&to=" + TODAY.plusDays(400), lea).statusCode());
        assertEquals(403, server.get("/api/follow-ups", server.token("camille.laurent@example.org", "lien-demo")).statusCode());
        HttpResponse<String> problem = server.post("/api/clients/c-camille/follow-ups", lea, "{\"dueOn\":\"2026-13-45\",\"text\":\"x\"}");
        assertTrue(problem.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(problem.body().contains("'dueOn' is a date like 2026-12-01"), problem.body());
    }
}
