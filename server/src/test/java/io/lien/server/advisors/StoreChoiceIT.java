package io.lien.server.advisors;

import io.lien.server.ServerFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo's Marc manages the demo store and a second one in Lyon; Léa advises in the demo store only. */
class StoreChoiceIT {

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
    void aManagerOfTwoStoresIsToldBothHisOwnFirstAndWorksInTheOneHeChooses() {
        String marc = server.token("marc", "lien-demo");
        String me = server.get("/api/me", marc).body();
        assertTrue(me.contains("\"storeId\":\"demo\""), me);
        assertTrue(me.contains("\"stores\":[{\"id\":\"demo\",\"name\":\"Lien Démo — Le Marais\",\"city\":\"Paris\"},"
                + "{\"id\":\"demo-lyon\",\"name\":\"Lien Démo — Lyon Presqu'île\",\"city\":\"Lyon\"}]"), me);
        assertEquals(403, server.get("/api/stores/demo-lyon/live", marc).statusCode(), "not chosen yet");

        HttpResponse<String> chosen = server.post("/api/me/store", marc, "{\"storeId\":\"demo-lyon\"}");
        assertEquals(200, chosen.statusCode(), chosen.body());
        String lyon = ServerFixture.accessToken(chosen);
        String now = server.get("/api/me", lyon).body();
        assertTrue(now.contains("\"username\":\"marc\",\"name\":\"Marc Lefèvre\",\"storeId\":\"demo-lyon\",\"roles\":[\"MANAGER\"]"), now);
        assertEquals(200, server.get("/api/stores/demo-lyon/live", lyon).statusCode());
        HttpResponse<String> paris = server.get("/api/stores/demo/live", lyon);
        assertEquals(403, paris.statusCode(), "one store per token");
        assertTrue(paris.body().contains("choose it first"), paris.body());
        assertEquals(200, server.get("/api/stores/demo/live", ServerFixture.accessToken(server.post("/api/me/store", lyon, "{\"storeId\":\"demo\"}")))
                .statusCode(), "and back");
    }

    @Test
    void anAdvisorOfOneStoreHasOneAndCannotChooseAnotherNorAStoreThatDoesNotExist() {
        String lea = server.token("lea", "lien-demo");
        assertTrue(server.get("/api/me", lea).body().contains("\"stores\":[{\"id\":\"demo\""), "one store");
        assertTrue(!server.get("/api/me", lea).body().contains("demo-lyon"));
        HttpResponse<String> refused = server.post("/api/me/store", lea, "{\"storeId\":\"demo-lyon\"}");
        assertEquals(403, refused.statusCode());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), refused.headers().toString());
        assertTrue(refused.body().contains("not one you work in"), refused.body());
        assertEquals(403, server.post("/api/me/store", lea, "{\"storeId\":\"nowhere\"}").statusCode(), "unknown reads as not yours");
        assertEquals(400, server.post("/api/me/store", lea, "{}").statusCode());
        assertEquals(400, server.post("/api/me/store", lea, "{\"storeId\":\"  \"}").statusCode());
        assertEquals(400, server.post("/api/me/store", lea, "not json").statusCode());
        assertEquals(401, server.post("/api/me/store", null, "{\"storeId\":\"demo\"}").statusCode());
        assertEquals(403, server.post("/api/me/store", server.token("camille.laurent@example.org", "lien-demo"),
                "{\"storeId\":\"demo\"}").statusCode(), "a shopper is not staff");
    }

    @Test
    void aStoreTakenAwayFromAManagerIsRefusedAtOnceWhateverHisTokenSays() {
        AdvisorStoreRepository extra = server.context().getBean(AdvisorStoreRepository.class);
        String marc = server.token("marc", "lien-demo");
        AdvisorStore lyon = extra.findAll().iterator().next();
        extra.delete(lyon);
        try {
            assertEquals(403, server.post("/api/me/store", marc, "{\"storeId\":\"demo-lyon\"}").statusCode());
            assertTrue(!server.get("/api/me", marc).body().contains("demo-lyon"));
        } finally {
            extra.save(new AdvisorStore(null, lyon.username(), lyon.storeId()));
        }
    }
}
