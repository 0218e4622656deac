package io.lien.server.intake;

import io.lien.server.ServerFixture;
import io.lien.server.security.Digests;
import io.lien.server.stock.StockLevel;
import io.lien.server.stock.StockLevelRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Orders from the other channels: signed by their source, recorded once whatever the retries, in the
 * client's history and the stock of where they were sold, credited by the rules — and refunds lower
 * the credit. Unsigned, forged, malformed, oversized and unknown input changes nothing.
 */
class OrderIntakeIT {

    private static final String WEBSHOP_SECRET = "webshop-secret-0123456789";
    private static final String TILL_SECRET = "till-secret-0123456789";
    private static final String SHOPIFY_SECRET = "shopify-app-secret-42";
    private static ServerFixture server;
    private static String lea;

    @BeforeAll
    static void start() {
        server = ServerFixture.start(Map.of("lien.order-intake.sources", "webshop:web:" + WEBSHOP_SECRET + ",till-lyon:store:" + TILL_SECRET,
                "lien.order-intake.shopify-secret", SHOPIFY_SECRET));
        lea = server.token("lea", "lien-demo");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> post(String path, String source, String secret, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return server.send(HttpRequest.newBuilder(server.http(path)).header("Content-Type", "application/json")
                .header("X-Lien-Source", source)
                .header("X-Lien-Signature", "sha256=" + HexFormat.of().formatHex(Digests.hmacSha256(secret.getBytes(StandardCharsets.UTF_8), bytes)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build());
    }

    private static HttpResponse<String> shopify(String topic, String secret, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return server.send(HttpRequest.newBuilder(server.http("/api/orders/shopify")).header("Content-Type", "application/json")
                .header("X-Shopify-Topic", topic)
                .header("X-Shopify-Hmac-Sha256", Base64.getEncoder().encodeToString(Digests.hmacSha256(secret.getBytes(StandardCharsets.UTF_8), bytes)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build());
    }

    private static String order(String id, String client, String product, String size, long cents) {
        return "{\"orderId\":\"" + id + "\",\"clientId\":\"" + client + "\",\"placedAt\":\"" + Instant.now() + "\",\"lines\":[{\"productId\":\""
                + product + "\",\"size\":\"" + size + "\",\"quantity\":1,\"amountCents\":" + cents + ",\"title\":\"Trench\"}]}";
    }

    private static StockLevel level(String location, String variant) {
        return server.context().getBean(StockLevelRepository.class).findById(StockLevel.idOf(location, variant)).orElseThrow();
    }

    @Test
    void aWebOrderAfterASelectionIsRecordedOnceCreditedToTheAdvisorAndARefundLowersTheCredit() {
        assertEquals(201, server.post("/api/clients/c-amara/selections", lea, "{\"productIds\":[\"p-trench-navy\"]}").statusCode());
        int onHand = level("web", "p-trench-navy/42").onHand();
        String body = order("W-1001", "c-amara", "p-trench-navy", "42", 42_000);
        HttpResponse<String> first = post("/api/orders", "webshop", WEBSHOP_SECRET, body);
        assertEquals(201, first.statusCode(), first.body());
        assertEquals("{\"orderRef\":\"webshop:W-1001\",\"lines\":1,\"again\":false}", first.body());
        HttpResponse<String> retried = post("/api/orders", "webshop", WEBSHOP_SECRET, body);
        assertEquals(200, retried.statusCode());
        assertTrue(retried.body().contains("\"again\":true"));
        assertEquals(onHand - 1, level("web", "p-trench-navy/42").onHand(), "sold online once");

        String card = server.get("/api/clients/c-amara", lea).body();
        assertEquals(1, card.split("\"summary\":\"Trench\"", -1).length - 1, "once in her history: " + card);
        assertTrue(card.contains("\"orderRef\":\"webshop:W-1001\",\"orderedAt\":"), card);
        assertTrue(card.contains("\"amountCents\":42000,\"yoursPercent\":100,\"yoursCents\":42000,\"why\":\"100 %: Léa, who sent the selection "
                + "it was in on "), "credited to Léa, and why: " + card);
        String marcs = server.get("/api/clients/c-amara", server.token("marc", "lien-demo")).body();
        assertTrue(marcs.contains("\"yoursPercent\":0,\"yoursCents\":0"), "Marc sees it is not his: " + marcs);

        HttpResponse<String> refund = post("/api/orders/W-1001/refunds", "webshop", WEBSHOP_SECRET,
                "{\"refundId\":\"R-1\",\"lines\":[{\"line\":1,\"quantity\":1,\"amountCents\":42000}]}");
        assertEquals(201, refund.statusCode(), refund.body());
        assertEquals(200, post("/api/orders/W-1001/refunds", "webshop", WEBSHOP_SECRET,
                "{\"refundId\":\"R-1\",\"lines\":[{\"line\":1,\"quantity\":1,\"amountCents\":42000}]}").statusCode(), "a retried refund");
        String after = server.get("/api/clients/c-amara", lea).body();
        assertTrue(after.contains("\"amountCents\":0,\"yoursPercent\":100,\"yoursCents\":0"), "returned: nothing left to credit: " + after);
    }

    @Test
    void aTillOrderInLyonTakesItsUnitOffLyonsShelfAndCreditsNobodyWithoutAConversation() {
        int onHand = level("demo-lyon", "p-dress-floral/38").onHand();
        HttpResponse<String> r = post("/api/orders", "till-lyon", TILL_SECRET, "{\"orderId\":\"T-77\",\"email\":\"JULES.MOREAU@example.org\","
                + "\"placedAt\":\"" + Instant.now() + "\",\"storeId\":\"demo-lyon\",\"lines\":[{\"productId\":\"p-dress-floral\",\"size\":\"38\","
                + "\"quantity\":1,\"amountCents\":21000,\"title\":\"Robe midi fleurie\"}]}");
        assertEquals(400, r.statusCode(), "Jules has no e-mail on file: " + r.body());
        assertTrue(r.body().contains("No client 'JULES.MOREAU@example.org'"), r.body());
        HttpResponse<String> sophie = post("/api/orders", "till-lyon", TILL_SECRET, "{\"orderId\":\"T-78\",\"email\":\"SOPHIE.MARTIN@example.org\","
                + "\"placedAt\":\"" + Instant.now() + "\",\"storeId\":\"demo-lyon\",\"lines\":[{\"productId\":\"p-dress-floral\",\"size\":\"38\","
                + "\"quantity\":1,\"amountCents\":21000,\"title\":\"Robe midi fleurie\"}]}");
        assertEquals(201, sophie.statusCode(), "found by her e-mail in any case: " + sophie.body());
        assertEquals(onHand - 1, level("demo-lyon", "p-dress-floral/38").onHand());
        String card = server.get("/api/clients/c-sophie?lang=en", lea).body();
        assertTrue(card.contains("\"orderRef\":\"till-lyon:T-78\"") && card.contains("\"why\":\"No advisor is credited"), card);
    }

    @Test
    void shopifysOrdersCreateWebhookIsRecordedByTheOrdersNameAndItsSignatureIsChecked() {
        String body = "{\"id\":820982911946154508,\"name\":\"#1001\",\"email\":\"camille.laurent@example.org\",\"created_at\":\"2026-12-05T10:15:00+01:00\","
                + "\"source_name\":\"web\",\"total_price\":\"420.00\",\"line_items\":[{\"id\":1,\"sku\":\"p-trench-navy\",\"variant_title\":\"36\","
                + "\"quantity\":1,\"price\":\"420.00\",\"title\":\"Navy trench coat\"},{\"id\":2,\"sku\":\"GIFT-WRAP\",\"quantity\":2,"
                + "\"price\":\"5.50\",\"title\":\"Gift wrap\"}],\"customer\":{\"email\":\"camille.laurent@example.org\"}}";
        assertEquals(401, shopify("orders/create", "not-the-secret", body).statusCode());
        HttpResponse<String> r = shopify("orders/create", SHOPIFY_SECRET, body);
        assertEquals(201, r.statusCode(), r.body());
        assertEquals("{\"orderRef\":\"shopify:#1001\",\"lines\":2,\"again\":false}", r.body());
        assertEquals(200, shopify("orders/create", SHOPIFY_SECRET, body).statusCode(), "Shopify retries: the same order");
        assertEquals(400, shopify("products/update", SHOPIFY_SECRET, body).statusCode());
        String card = server.get("/api/clients/c-camille", lea).body();
        assertTrue(card.contains("\"summary\":\"2 × Gift wrap\",\"amountCents\":1100"), card);

        String refund = "{\"id\":509562969,\"order_id\":820982911946154508,\"refund_line_items\":[{\"id\":104689539,\"line_item_id\":1,"
                + "\"quantity\":1,\"subtotal\":420.0}]}";
        HttpResponse<String> refunded = shopify("refunds/create", SHOPIFY_SECRET, refund);
        assertEquals(201, refunded.statusCode(), refunded.body());
        assertEquals(200, shopify("refunds/create", SHOPIFY_SECRET, refund).statusCode(), "a retried refund");
        assertTrue(server.get("/api/clients/c-camille", lea).body().contains("\"kind\":\"RETURN\",\"summary\":\"Navy trench coat\""),
                "the return is in her history");
        assertEquals(400, shopify("refunds/create", SHOPIFY_SECRET, refund.replace("820982911946154508", "1")).statusCode(),
                "a refund of an order Lien never received");
        assertEquals(400, shopify("refunds/create", SHOPIFY_SECRET, refund.replace("420.0", "999.0").replace("509562969", "5"))
                .statusCode(), "more back than it cost");
    }

    @Test
    void unsignedForgedMalformedOversizedAndUnknownOrdersAreRefusedWithAReasonAndChangeNothing() {
        String body = order("W-2001", "c-amara", "p-dress-emerald", "36", 23_000);
        int onHand = level("web", "p-dress-emerald/36").onHand();
        assertEquals(401, server.send(HttpRequest.newBuilder(server.http("/api/orders")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build()).statusCode(), "unsigned");
        assertEquals(401, post("/api/orders", "webshop", "a-guessed-secret-123456", body).statusCode(), "forged");
        assertEquals(401, post("/api/orders", "nobody", WEBSHOP_SECRET, body).statusCode(), "unknown source");
        HttpResponse<String> changed = server.send(HttpRequest.newBuilder(server.http("/api/orders")).header("Content-Type", "application/json")
                .header("X-Lien-Source", "webshop").header("X-Lien-Signature", "sha256=" + HexFormat.of().formatHex(Digests.hmacSha256(
                        WEBSHOP_SECRET.getBytes(StandardCharsets.UTF_8), body.getBytes(StandardCharsets.UTF_8))))
                .POST(HttpRequest.BodyPublishers.ofString(body.replace("23000", "1"))).build());
        assertEquals(401, changed.statusCode(), "a body changed on the way");
        assertEquals(400, post("/api/orders", "webshop", WEBSHOP_SECRET, "{\"orderId\":").statusCode(), "malformed");
        assertEquals(400, post("/api/orders", "webshop", WEBSHOP_SECRET, order("W-2002", "c-nobody", "p-dress-emerald", "36", 1)).statusCode());
        assertEquals(400, post("/api/orders", "webshop", WEBSHOP_SECRET, order("W-2003", "c-amara", "p-unknown", "36", 1)).statusCode());
        assertEquals(400, post("/api/orders", "webshop", WEBSHOP_SECRET, order("W-2004", "c-amara", "p-dress-emerald", "36", -5)).statusCode(),
                "a negative amount");
        assertEquals(400, post("/api/orders", "webshop", WEBSHOP_SECRET, order("W 2005; DROP", "c-amara", "p-dress-emerald", "36", 1))
                .statusCode());
        assertEquals(400, post("/api/orders", "webshop", WEBSHOP_SECRET, body.replace("\"quantity\":1", "\"quantity\":-3")).statusCode());
        assertEquals(400, post("/api/orders", "webshop", WEBSHOP_SECRET, body.replaceFirst("\"placedAt\":\"[^\"]+\"",
                "\"placedAt\":\"2999-01-01T00:00:00Z\"")).statusCode(), "from the future");
        HttpResponse<String> big = post("/api/orders", "webshop", WEBSHOP_SECRET, body.replace("\"Trench\"", "\"" + "x".repeat(300_000) + "\""));
        assertEquals(413, big.statusCode());
        assertTrue(big.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(400, post("/api/orders/W-404/refunds", "webshop", WEBSHOP_SECRET,
                "{\"refundId\":\"R-9\",\"lines\":[{\"line\":1,\"quantity\":1,\"amountCents\":1}]}").statusCode(), "a refund of no order");
        assertEquals(onHand, level("web", "p-dress-emerald/36").onHand(), "nothing sold");
        assertTrue(!server.get("/api/clients/c-amara", lea).body().contains("webshop:W-20"), "nothing in her history");
    }
}
