package io.lien.server.community;

import io.lien.server.ServerFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the community thinks of a product: praise and criticism side by side, open to anyone, named only when signed. */
class CommunityIT {

    private static ServerFixture server;

    @BeforeAll
    static void start() {
        server = ServerFixture.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void criticismStandsBesidePraiseAndAnyoneCanReadIt() {
        String linen = server.get("/api/products/p-shirt-linen/community", null).body();
        assertTrue(linen.contains("\"critical\":[{\"who\":\"Sophie\""), linen);
        assertTrue(linen.contains("creases by lunchtime"), linen);
        assertTrue(linen.contains("\"questions\":[{\"who\":\"a client\""), "unsigned words carry no name: " + linen);
        assertTrue(!linen.contains("c-sophie") && !linen.contains("Martin"), "no identifier, no surname");
    }

    @Test
    void aShoppersWordsAndLikesAreCountedOnce() {
        String hugo = server.token("hugo.b@example.org", "lien-demo");
        HttpResponse<String> said = server.post("/api/shopper/feedback", hugo,
                "{\"productId\":\"p-cardigan-ecru\",\"kind\":\"comment\",\"tone\":\"critical\",\"body\":\"Pills after two washes.\",\"signed\":true}");
        assertEquals(201, said.statusCode(), said.body());
        assertTrue(said.body().contains("\"critical\":[{\"who\":\"Hugo\""), said.body());
        assertEquals(201, server.post("/api/shopper/feedback", hugo, "{\"productId\":\"p-cardigan-ecru\",\"kind\":\"like\"}").statusCode());
        HttpResponse<String> again = server.post("/api/shopper/feedback", hugo, "{\"productId\":\"p-cardigan-ecru\",\"kind\":\"like\"}");
        assertEquals(200, again.statusCode());
        assertTrue(again.body().contains("\"likes\":1,"), again.body());
    }

    @Test
    void badFeedbackIsRefusedWithAReasonAndStaffCannotSpeakForShoppers() {
        String hugo = server.token("hugo.b@example.org", "lien-demo");
        assertEquals(400, server.post("/api/shopper/feedback", hugo, "{\"productId\":\"p-nothing\",\"kind\":\"like\"}").statusCode());
        HttpResponse<String> tone = server.post("/api/shopper/feedback", hugo,
                "{\"productId\":\"p-cardigan-ecru\",\"kind\":\"comment\",\"tone\":\"rant\",\"body\":\"x\"}");
        assertEquals(400, tone.statusCode());
        assertTrue(tone.body().contains("praise, critical or question"), tone.body());
        assertEquals(400, server.post("/api/shopper/feedback", hugo, "{\"productId\":\"p-cardigan-ecru\",\"kind\":\"comment\",\"tone\":\"praise\",\"body\":\""
                + "x".repeat(501) + "\"}").statusCode());
        assertEquals(403, server.post("/api/shopper/feedback", server.token("lea", "lien-demo"),
                "{\"productId\":\"p-cardigan-ecru\",\"kind\":\"like\"}").statusCode());
    }
}
