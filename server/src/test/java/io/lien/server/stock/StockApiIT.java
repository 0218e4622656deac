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

    private static HttpResponse<String> csv(String storeId, String token, String body) {
        return server.send(java.net.http.HttpRequest.newBuilder(server.http("/api/stores/" + storeId + "/stock/levels"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build());
    }

    @Test
    void aStockSystemsCountsAreTakenLineByLineWithEachRefusalReportedAndAReplayChangesNothing() {
        String file = "variant_id,on_hand\r\np-cardigan-ecru/XS,7\r\np-cardigan-ecru/S,-2\r\np-unknown/M,3\r\n\"p-cardigan-ecru/M\",lots\r\n"
                + "p-cardigan-ecru/L,4\r\n\r\n";
        HttpResponse<String> first = csv("demo", marc, file);
        assertEquals(200, first.statusCode(), first.body());
        assertTrue(first.body().startsWith("{\"lines\":5,\"counted\":2,\"unchanged\":0,\"refused\":[{\"line\":3,\"reason\":\"on hand is a whole number"
                ), first.body());
        assertTrue(first.body().contains("{\"line\":4,\"reason\":\"Unknown variant or SKU 'p-unknown/M'.\"}"), first.body());
        assertTrue(first.body().contains("{\"line\":5,\"reason\":\"on hand is a whole number from 0, not 'lots'.\"}"), first.body());
        HttpResponse<String> again = csv("demo", marc, file);
        assertTrue(again.body().startsWith("{\"lines\":5,\"counted\":0,\"unchanged\":2,"), "a replay counts nothing: " + again.body());
        StockLevelRepository levels = server.context().getBean(StockLevelRepository.class);
        assertEquals(7, levels.findById(StockLevel.idOf("demo", "p-cardigan-ecru/XS")).orElseThrow().onHand());
        assertEquals(1, levels.findById(StockLevel.idOf("demo", "p-cardigan-ecru/S")).orElseThrow().onHand(), "a refused line changes nothing");
        HttpResponse<String> json = server.post("/api/stores/demo/stock/levels", marc,
                "{\"levels\":[{\"variantId\":\"p-cardigan-ecru/XL\",\"onHand\":5},{\"variantId\":\"p-cardigan-ecru/L\",\"onHand\":-1},null]}");
        assertTrue(json.body().startsWith("{\"lines\":3,\"counted\":1,\"unchanged\":0,\"refused\":[{\"line\":2,"), json.body());
        assertEquals(5, levels.findById(StockLevel.idOf("demo", "p-cardigan-ecru/XL")).orElseThrow().onHand());
    }

    @Test
    void anImportWithoutItsColumnsTooLargeByAnAdvisorOrForAnotherStoreIsRefusedWhole() {
        StockLevelRepository levels = server.context().getBean(StockLevelRepository.class);
        java.util.function.Supplier<Integer> xs = () -> levels.findById(StockLevel.idOf("demo", "p-cardigan-ecru/XS")).orElseThrow().onHand();
        int before = xs.get();
        assertEquals(400, csv("demo", marc, "name,count\r\nx,1\r\n").statusCode());
        assertEquals(400, csv("demo", marc, "").statusCode());
        assertEquals(400, csv("demo", marc, "variant_id,on_hand\r\n" + "p-cardigan-ecru/XS,7\r\n".repeat(20_001)).statusCode());
        assertEquals(400, server.post("/api/stores/demo/stock/levels", marc, "{\"levels\":[]}").statusCode());
        assertEquals(400, server.post("/api/stores/demo/stock/levels", marc, "{\"levels\":[{\"variantId\":\"x\",\"onHand\":\"many\"}]}")
                .statusCode());
        assertEquals(403, csv("demo", lea, "variant_id,on_hand\r\np-cardigan-ecru/XS,1\r\n").statusCode());
        assertEquals(403, csv("demo-lyon", marc, "variant_id,on_hand\r\np-cardigan-ecru/XS,1\r\n").statusCode());
        assertEquals(before, xs.get(), "nothing changed");
    }
}
