package io.lien.server.stock;

import io.lien.server.ServerFixture;
import io.lien.server.stock.application.StockLedger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Stock through the API: what there is, size by size and place by place; a manager's count, logged; refusals that change nothing. */
class StockApiIT {

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

    @Test
    void anAdvisorSeesTheTrenchSizeBySizeAndPlaceByPlaceWithTheLast38InTheMarais() {
        String trench = server.get("/api/products/p-trench-navy/availability", lea).body();
        assertTrue(trench.startsWith("[{\"variantId\":\"p-trench-navy/36\",\"size\":\"36\",\"locationId\":\"demo\",\"available\":2}"), trench);
        assertTrue(trench.contains("{\"variantId\":\"p-trench-navy/38\",\"size\":\"38\",\"locationId\":\"demo\",\"available\":1}"), trench);
        assertTrue(trench.contains("{\"variantId\":\"p-trench-navy/38\",\"size\":\"38\",\"locationId\":\"web\",\"available\":0}"), trench);
        assertTrue(trench.indexOf("p-trench-navy/38") < trench.indexOf("p-trench-navy/40"), "sizes as people read them: " + trench);
        String knit = server.get("/api/products/p-sweater-cashmere/availability", lea).body();
        assertTrue(knit.indexOf("/XS\"") < knit.indexOf("/S\"") && knit.indexOf("/M\"") < knit.indexOf("/XL\""), knit);
        assertEquals(404, server.get("/api/products/p-nothing/availability", lea).statusCode());
        assertEquals(401, server.get("/api/products/p-trench-navy/availability", null).statusCode());
    }

    @Test
    void aManagersCountIsLoggedAndAnAdvisorCannotCount() {
        String body = "{\"variantId\":\"p-coat-camel/44\",\"onHand\":4,\"note\":\"weekly count\"}";
        assertEquals(403, server.post("/api/stores/demo/stock/counts", lea, body).statusCode());
        HttpResponse<String> counted = server.post("/api/stores/demo/stock/counts", marc, body);
        assertEquals(200, counted.statusCode(), counted.body());
        assertTrue(counted.body().contains("\"variantId\":\"p-coat-camel/44\",\"onHand\":4,\"held\":0,\"available\":4"), counted.body());
        StockMovement logged = server.context().getBean(StockMovementRepository.class)
                .findByLocationIdAndVariantIdOrderByTsDesc("demo", "p-coat-camel/44").get(0);
        assertEquals("correction marc weekly count 3", logged.why() + " " + logged.actor() + " " + logged.reference() + " " + logged.onHandBy());
        assertTrue(server.get("/api/stores/demo/stock", marc).body().contains("\"variantId\":\"p-coat-camel/44\",\"onHand\":4"));
    }

    @Test
    void aCountBelowWhatIsHeldConflictsAndBadCountsAreRefusedWithAReason() {
        StockLedger ledger = server.context().getBean(StockLedger.class);
        ledger.hold("demo", "p-dress-floral/38", 1, "try-on", "r-api", null, "lea");
        HttpResponse<String> below = server.post("/api/stores/demo/stock/counts", marc, "{\"variantId\":\"p-dress-floral/38\",\"onHand\":0}");
        assertEquals(409, below.statusCode(), below.body());
        assertTrue(below.body().contains("On hand cannot go below what is held: 0 asked, 1 held."), below.body());
        for (String bad : new String[] {"{}", "{\"variantId\":\"p-dress-floral/38\"}", "{\"variantId\":\"p-x/1\",\"onHand\":1}",
                "{\"variantId\":\"p-dress-floral/38\",\"onHand\":-3}", "{\"variantId\":\"p-dress-floral/38\",\"onHand\":\"many\"}",
                "{\"variantId\":\"p-dress-floral/38\",\"onHand\":2,\"note\":\"" + "x".repeat(201) + "\"}", "not json"}) {
            HttpResponse<String> r = server.post("/api/stores/demo/stock/counts", marc, bad);
            assertEquals(400, r.statusCode(), bad + " → " + r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), bad);
        }
        assertEquals(403, server.post("/api/stores/demo-lyon/stock/counts", marc, "{\"variantId\":\"p-dress-floral/38\",\"onHand\":9}")
                .statusCode(), "not the store he is signed in to");
        StockLevel level = server.context().getBean(StockLevelRepository.class).findById(StockLevel.idOf("demo", "p-dress-floral/38"))
                .orElseThrow();
        assertEquals(1, level.onHand(), "nothing changed");
        assertEquals(1, level.held());
    }
}
