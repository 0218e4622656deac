package io.lien.server.orders;

import io.lien.server.Chromium;
import io.lien.server.ServerFixture;
import io.lien.server.moments.Moment;
import io.lien.server.moments.MomentRepository;
import io.lien.server.moments.model.MomentKind;
import io.lien.server.orders.application.ShopperOrders;
import io.lien.server.stock.StockLevel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reserving to try on from a selection's page: the last unit held once whatever the taps, the store
 * told once, the next shopper told what there is instead, bad forms refused with nothing changed,
 * the reservation released when its time runs out and erased with its client.
 */
class ReservationIT {

    private static final String LAST_38 = "p-dress-emerald/38";
    private static ServerFixture server;
    private static String lea;

    @BeforeAll
    static void start() {
        server = ServerFixture.start();
        lea = server.token("lea", "lien-demo");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String selectionFor(String clientId, String productId) {
        return new ShopperPagesFixture(server, lea).selectionFor(clientId, productId);
    }

    private static String requestId(String page, String variantId, String storeId) {
        return ShopperPagesFixture.requestId(page, variantId, storeId);
    }

    private static HttpResponse<String> post(String path, String... fields) {
        return new ShopperPagesFixture(server, lea).post(path, fields);
    }

    private static StockLevel level(String location, String variant) {
        return new ShopperPagesFixture(server, lea).level(location, variant);
    }

    private static long reservationsIn(String storeId) {
        return server.context().getBean(MomentRepository.class).findTop50ByStoreIdOrderByIdDesc(storeId).stream()
                .filter(m -> m.kind() == MomentKind.RESERVATION).count();
    }

    @Test
    void theLast38IsReservedOnceWhateverTheTapsAndTheNextShopperIsToldWhatThereIs() {
        String amara = selectionFor("c-amara", "p-dress-emerald");
        String page = server.get(amara, null).body();
        String request = requestId(page, LAST_38, "demo");
        long momentsBefore = reservationsIn("demo");
        HttpResponse<String> first = post(amara + "/try-on", "variantId", LAST_38, "storeId", "demo", "requestId", request, "lang", "en");
        assertEquals(303, first.statusCode(), first.body());
        String order = first.headers().firstValue("Location").orElseThrow();
        assertTrue(order.startsWith(amara + "/orders/"), order);
        HttpResponse<String> again = post(amara + "/try-on", "variantId", LAST_38, "storeId", "demo", "requestId", request, "lang", "en");
        assertEquals(order, again.headers().firstValue("Location").orElseThrow(), "a second tap is the same reservation");
        assertEquals(1, level("demo", LAST_38).held(), "held once");
        assertEquals(momentsBefore + 1, reservationsIn("demo"), "the store is told once");
        Moment told = server.context().getBean(MomentRepository.class).findTop50ByStoreIdOrderByIdDesc("demo").stream()
                .filter(m -> m.kind() == MomentKind.RESERVATION).findFirst().orElseThrow();
        java.time.LocalDate next = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")).plusDays(1);
        next = next.getDayOfWeek() == java.time.DayOfWeek.SUNDAY ? next.plusDays(1) : next; // stores are closed on Sunday
        String tomorrow = next.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
        assertTrue(server.get("/api/stores/demo/moments", lea).body().contains("Amara reserved the emerald wrap dress (38) to try on " + tomorrow
                + ", from Léa's selection — to put aside"), "the store hears when and from whose selection");
        assertEquals("c-amara", told.clientId());

        String shown = server.get(order, null).body();
        assertTrue(shown.contains("<h1>It is set aside for you, Amara</h1>") && shown.contains("The emerald wrap dress, in 38")
                && shown.contains("To try on at Lien Démo — Le Marais") && shown.contains("Kept for you until "), shown);
        String enFrancais = server.get(order.replace("lang=en", "lang=fr"), null).body();
        assertTrue(enFrancais.contains("C'est mis de côté pour vous, Amara") && enFrancais.contains("La robe portefeuille émeraude, en 38"),
                enFrancais);

        String orderId = order.replaceAll(".*/orders/([0-9a-f-]{36}).*", "$1");
        String toPutAside = server.get("/api/stores/demo/orders", lea).body();
        assertTrue(toPutAside.contains("{\"orderId\":\"" + orderId + "\",\"kind\":\"try-on\",\"status\":\"held\",\"clientId\":\"c-amara\","
                + "\"clientName\":\"Amara Diallo\",\"productId\":\"p-dress-emerald\",\"productName\":\"the emerald wrap dress\",\"size\":\"38\""),
                "on the store's list to put aside: " + toPutAside);
        HttpResponse<String> ready = server.post("/api/stores/demo/orders/" + orderId + "/ready", lea, "{}");
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"status\":\"ready\""), ready.body());
        assertEquals(409, server.post("/api/stores/demo/orders/" + orderId + "/ready", lea, "{}").statusCode(), "ready once");
        assertEquals(404, server.post("/api/stores/demo/orders/no-such-order/ready", lea, "{}").statusCode());
        assertEquals(403, server.post("/api/stores/demo-lyon/orders/" + orderId + "/ready", lea, "{}").statusCode(), "not her store");
        assertEquals(401, server.get("/api/stores/demo/orders", null).statusCode());
        assertTrue(server.get(order, null).body().contains("It is ready for you."), "the shopper's page says so");
        assertEquals(1, level("demo", LAST_38).held(), "still held for her");

        String card = server.get("/api/clients/c-amara", lea).body();
        assertTrue(card.contains("\"channel\":\"WEB\",\"kind\":\"RESERVATION\",\"summary\":\"Reserved the emerald wrap dress (38) to try on at "
                + "Lien Démo — Le Marais\",\"productId\":\"p-dress-emerald\",\"size\":\"38\""), "on her timeline: " + card);
        String export = server.get("/api/clients/c-amara/export?reason=test", server.token("marc", "lien-demo")).body();
        assertTrue(export.contains("\"orders\":[{\"id\":\"") && export.contains("\"kind\":\"try-on\",\"status\":\"ready\"")
                && export.contains("{\"variantId\":\"p-dress-emerald/38\",\"quantity\":1,\"priceCents\":23000}"), "in her export: " + export);

        String sophie = selectionFor("c-sophie", "p-dress-emerald");
        String hers = server.get(sophie + "?lang=en", null).body();
        assertTrue(hers.contains("38: Lien Démo — Lyon Presqu'île and online"), "the page no longer says it is in the Marais: " + hers);
        HttpResponse<String> late = post(sophie + "/try-on", "variantId", LAST_38, "storeId", "demo",
                "requestId", "0b7c6f4e-1f2a-4c55-9a54-2f7d0e1c9b11", "lang", "en");
        assertEquals(409, late.statusCode(), late.body());
        assertTrue(late.body().contains("No longer available in 38 at Lien Démo — Le Marais — here is what is")
                && late.body().contains("38: Lien Démo — Lyon Presqu'île (2 left)") && late.body().contains("38: online (3 left)"), late.body());
        assertEquals(1, level("demo", LAST_38).held(), "nothing more held");
    }

    @Test
    void formsThePageNeverSendsAreRefusedAndChangeNothing() {
        String link = selectionFor("c-amara", "p-coat-camel");
        String request = "1d5e8c2a-5b9f-4e0b-8d0c-3f1f7a9b6e20";
        int held = level("demo", "p-coat-camel/40").held();
        assertEquals(400, post(link + "/try-on", "variantId", "p-trench-navy/38", "storeId", "demo", "requestId", request).statusCode(),
                "a piece not in this selection");
        assertEquals(400, post(link + "/try-on", "variantId", "p-coat-camel/40", "storeId", "nowhere", "requestId", request).statusCode());
        assertEquals(400, post(link + "/try-on", "variantId", "p-coat-camel/40", "storeId", "demo").statusCode(), "no request id");
        assertEquals(400, post(link + "/try-on", "variantId", "p-coat-camel/40", "storeId", "demo", "requestId", "<script>").statusCode());
        assertEquals(400, post(link + "/try-on", "variantId", "p-coat-camel/1000", "storeId", "demo", "requestId", request).statusCode());
        assertEquals(404, post("/s/AAAAAAAAAAAAAAAAAAAAAA/try-on", "variantId", "p-coat-camel/40", "storeId", "demo", "requestId", request)
                .statusCode());
        assertEquals(404, post("/s/not-a-link/try-on", "variantId", "p-coat-camel/40", "storeId", "demo", "requestId", request).statusCode());
        assertEquals(held, level("demo", "p-coat-camel/40").held(), "nothing held");
        assertEquals(404, server.get(link + "/orders/00000000-0000-0000-0000-000000000000", null).statusCode());
    }

    @Test
    void aReservationOnlyShowsUnderItsOwnLinkIsReleasedWhenItsTimeRunsOutAndGoesWithItsClient() {
        String link = selectionFor("c-camille", "p-sweater-cashmere");
        String page = server.get(link, null).body();
        HttpResponse<String> made = post(link + "/try-on", "variantId", "p-sweater-cashmere/L", "storeId", "demo",
                "requestId", requestId(page, "p-sweater-cashmere/L", "demo"), "lang", "en");
        String order = made.headers().firstValue("Location").orElseThrow();
        String orderId = order.replaceAll(".*/orders/([0-9a-f-]{36}).*", "$1");
        String other = selectionFor("c-camille", "p-cardigan-ecru");
        assertEquals(404, server.get(other + "/orders/" + orderId, null).statusCode(), "not under another link, even the same client's");
        assertEquals(1, level("demo", "p-sweater-cashmere/L").held());

        assertTrue(server.context().getBean(ShopperOrders.class).releaseOverdue(System.currentTimeMillis() + 15L * 86_400_000L) >= 1);
        assertEquals(0, level("demo", "p-sweater-cashmere/L").held(), "back on the rack");
        assertTrue(server.get(order, null).body().contains("It was released: its time ran out."));

        String again = server.get(link, null).body();
        post(link + "/try-on", "variantId", "p-sweater-cashmere/L", "storeId", "demo",
                "requestId", requestId(again, "p-sweater-cashmere/L", "demo"), "lang", "en");
        assertEquals(1, level("demo", "p-sweater-cashmere/L").held());
        String marc = server.token("marc", "lien-demo");
        assertEquals(204, server.delete("/api/clients/c-camille", marc).statusCode());
        assertEquals(0, level("demo", "p-sweater-cashmere/L").held(), "erased: what he held goes back on the rack");
        assertEquals(List.of(), server.context().getBean(ShopperOrderRepository.class).findByClientIdOrderByCreatedAtDesc("c-camille"));
    }

    @Test
    void theReservationAndTheNotAvailablePagesOnAPhoneInEnglishAndFrench() throws Exception {
        Path shots = Path.of("..", "docs", "screenshots");
        Files.createDirectories(shots);
        String link = selectionFor("c-amara", "p-dress-floral");
        String page = server.get(link, null).body();
        String order = post(link + "/try-on", "variantId", "p-dress-floral/40", "storeId", "demo",
                "requestId", requestId(page, "p-dress-floral/40", "demo"), "lang", "en").headers().firstValue("Location").orElseThrow();
        Chromium.screenshot(server.http(order).toString(), shots.resolve("page-try-on-reserved.png"), 390, 844);
        Chromium.screenshot(server.http(order.replace("lang=en", "lang=fr")).toString(), shots.resolve("page-try-on-reserved-fr.png"),
                390, 844);
        for (String lang : new String[] {"en", "fr"}) {
            HttpResponse<String> late = post(link + "/try-on", "variantId", "p-dress-floral/40", "storeId", "demo",
                    "requestId", java.util.UUID.randomUUID().toString(), "lang", lang);
            assertEquals(409, late.statusCode());
            // a POST's answer: the browser opens it saved, its stylesheet from the server
            Path saved = Files.createTempFile("late", ".html");
            Files.writeString(saved, late.body().replace("<head>", "<head><base href=\"" + server.http("/") + "\">"));
            Chromium.screenshot(saved.toUri().toString(), shots.resolve("page-try-on-not-available" + (lang.equals("fr") ? "-fr" : "")
                    + ".png"), 390, 844);
            Files.delete(saved);
        }
        for (String shot : new String[] {"page-try-on-reserved.png", "page-try-on-reserved-fr.png", "page-try-on-not-available.png",
                "page-try-on-not-available-fr.png"}) {
            assertTrue(Files.size(shots.resolve(shot)) > 10_000, shot + " is a real picture");
        }
    }
}
