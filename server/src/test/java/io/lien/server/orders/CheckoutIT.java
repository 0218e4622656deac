package io.lien.server.orders;

import io.lien.server.ServerFixture;
import io.lien.server.messages.OutgoingMessage;
import io.lien.server.messages.OutgoingMessageRepository;
import io.lien.server.moments.MomentRepository;
import io.lien.server.moments.model.MomentKind;
import io.lien.server.orders.application.ShopperOrders;
import io.lien.server.stock.StockLevel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;

import static io.lien.server.orders.ShopperPagesFixture.location;
import static io.lien.server.orders.ShopperPagesFixture.orderId;
import static io.lien.server.orders.ShopperPagesFixture.requestId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Buying from a selection: a cart held while paying, the address and the way to pay, the test
 * provider's cards (approved, declined, failing at capture), pay in store to collect. Every step
 * replayed changes nothing; prices are the server's; bad forms change nothing.
 */
class CheckoutIT {

    private static final String TRENCH_40 = "p-trench-navy/40";
    private static final String FLORAL_36 = "p-dress-floral/36";
    private static ServerFixture server;
    private static ShopperPagesFixture shopper;

    @BeforeAll
    static void start() {
        server = ServerFixture.start();
        shopper = new ShopperPagesFixture(server, server.token("lea", "lien-demo"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** The selection's "have it delivered" (or "collect"): the cart's page. */
    private static String cart(String selection, String variant, String way, String... more) {
        String page = server.get(selection + "?lang=en", null).body();
        String[] fields = {"variantId", variant, "way", way, "requestId", requestId(page, variant), "lang", "en"};
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(fields), java.util.Arrays.stream(more)).toArray(String[]::new);
        HttpResponse<String> r = shopper.post(selection + "/buy", all);
        assertEquals(303, r.statusCode(), r.body());
        return location(r);
    }

    /** Pays the cart by card on the provider's page: the address the provider sends her back to. */
    private static String paidUrl(String cartPage, String card) {
        String orderPath = cartPage.replaceAll("\\?.*", "");
        HttpResponse<String> toProvider = shopper.post(orderPath + "/pay", "payment", "card", "delivery", "express", "name", "Amara Diallo",
                "street", "12 rue des Rosiers", "postcode", "75004", "city", "Paris", "country", "fr", "lang", "en");
        assertEquals(303, toProvider.statusCode(), toProvider.body());
        String providerPage = location(toProvider);
        assertTrue(providerPage.startsWith("/test-payments/test_"), providerPage);
        HttpResponse<String> back = shopper.post(providerPage.replaceAll("\\?.*", ""), "card", card, "lang", "en");
        assertEquals(303, back.statusCode(), back.body());
        return location(back);
    }

    private static HttpResponse<String> payByCard(String cartPage, String card) {
        return server.get(paidUrl(cartPage, card), null);
    }

    private static List<OutgoingMessage> messagesTo(String clientId) {
        return server.context().getBean(OutgoingMessageRepository.class).findByClientIdOrderByCreatedAtDesc(clientId);
    }

    @Test
    void aDeliveredPiecePaidByAnApprovedCardIsSoldOnceAndTheClientAndTheAdvisorHearOfIt() {
        String selection = shopper.selectionFor("c-amara", "p-trench-navy");
        StockLevel before = shopper.level("web", TRENCH_40);
        String page = server.get(selection + "?lang=en", null).body();
        String request = requestId(page, TRENCH_40);
        String cartPage = location(shopper.post(selection + "/buy", "variantId", TRENCH_40, "way", "deliver", "requestId", request, "lang", "en"));
        assertEquals(cartPage, location(shopper.post(selection + "/buy", "variantId", TRENCH_40, "way", "deliver", "requestId", request,
                "lang", "en")), "a second tap, the same cart");
        assertEquals(before.held() + 1, shopper.level("web", TRENCH_40).held(), "held once while she pays");
        String checkout = server.get(cartPage, null).body();
        assertTrue(checkout.contains("Almost yours, Amara") && checkout.contains("Navy trench coat") && checkout.contains("€420.00")
                && checkout.contains("Express, the next working day — €12.00 (total €432.00)"), checkout);

        String provider = server.get(location(shopper.post(cartPage.replaceAll("\\?.*", "") + "/pay", "payment", "card", "delivery", "express",
                "name", "Amara Diallo", "street", "12 rue des Rosiers", "postcode", "75004", "city", "Paris", "country", "FR",
                "priceCents", "1", "lang", "en")), null).body();
        assertTrue(provider.contains("€432.00") && provider.contains("4242 4242 4242 4242"), "the server's price, whatever the form: " + provider);

        String paid = paidUrl(cartPage, "4242 4242 4242 4242");
        HttpResponse<String> done = server.get(paid, null);
        assertEquals(303, done.statusCode(), done.body());
        String receipt = server.get(location(done), null).body();
        assertTrue(receipt.contains("It is on its way, Amara") && receipt.contains("Paid: €432.00")
                && receipt.contains("Delivered to Amara Diallo, 12 rue des Rosiers, 75004 Paris, FR"), receipt);
        StockLevel after = shopper.level("web", TRENCH_40);
        assertEquals(before.onHand() - 1, after.onHand(), "sold");
        assertEquals(before.held(), after.held(), "no longer held");

        assertEquals(303, server.get(paid, null).statusCode());
        assertEquals(before.onHand() - 1, shopper.level("web", TRENCH_40).onHand(), "coming back twice sells nothing more");
        assertTrue(server.context().getBean(MomentRepository.class).findTop50ByStoreIdOrderByIdDesc("demo").stream()
                .anyMatch(m -> m.kind() == MomentKind.ORDER && "c-amara".equals(m.clientId())), "Léa's store hears her selection was bought");
        List<OutgoingMessage> told = messagesTo("c-amara");
        assertTrue(told.stream().anyMatch(m -> m.kind().equals("order-placed") && m.channel().equals("email")
                && m.subject().equals("Your order: the navy trench coat (40)") && m.body().contains("/orders/" + orderId(cartPage))),
                "a receipt by e-mail: " + told);
    }

    @Test
    void aDeclinedCardLeavesTheCartHeldAndAnotherCardPaysIt() {
        String selection = shopper.selectionFor("c-sophie", "p-dress-floral");
        int heldBefore = shopper.level("web", FLORAL_36).held();
        String cartPage = cart(selection, FLORAL_36, "deliver");
        HttpResponse<String> declined = payByCard(cartPage, "4000000000000002");
        assertEquals(402, declined.statusCode());
        assertTrue(declined.body().contains("Your card was declined. Nothing was taken"), declined.body());
        assertTrue(declined.body().contains("value=\"12 rue des Rosiers\""), "what she typed is still there");
        assertEquals(heldBefore + 1, shopper.level("web", FLORAL_36).held(), "still held for her");
        assertEquals(402, payByCard(cartPage, "4000 0000 0000 9995").statusCode(), "insufficient funds");
        assertEquals(303, payByCard(cartPage, "4242424242424242").statusCode());
        assertEquals(heldBefore, shopper.level("web", FLORAL_36).held());
    }

    @Test
    void aCardThatFailsAtCaptureTakesNothingAndPutsThePieceBack() {
        String selection = shopper.selectionFor("c-amara", "p-dress-floral");
        StockLevel before = shopper.level("web", "p-dress-floral/38");
        String cartPage = cart(selection, "p-dress-floral/38", "deliver");
        HttpResponse<String> failed = payByCard(cartPage, "4000000000000341");
        assertEquals(402, failed.statusCode());
        assertTrue(failed.body().contains("The payment did not go through") && failed.body().contains("Nothing was taken"), failed.body());
        StockLevel after = shopper.level("web", "p-dress-floral/38");
        assertEquals(before.onHand(), after.onHand());
        assertEquals(before.held(), after.held(), "released");
        assertEquals(402, server.get(cartPage.replaceAll("\\?.*", "") + "/paid?ref=whatever", null).statusCode(), "it stays failed");
        assertTrue(server.get(cartPage, null).body().contains("The payment failed: nothing was taken."));
    }

    @Test
    void collectingInStoreAndPayingThereGoesOnTheStoresListAndReadyTellsTheClient() {
        String selection = shopper.selectionFor("c-sophie", "p-trench-navy");
        String cartPage = cart(selection, TRENCH_40, "collect", "storeId", "demo-lyon");
        String orderPath = cartPage.replaceAll("\\?.*", "");
        HttpResponse<String> placed = shopper.post(orderPath + "/pay", "payment", "in-store", "lang", "en");
        assertEquals(303, placed.statusCode(), placed.body());
        String receipt = server.get(location(placed), null).body();
        assertTrue(receipt.contains("It is yours, Sophie") && receipt.contains("To pay in store: €420.00")
                && receipt.contains("We are putting it aside for you."), receipt);
        assertEquals(303, shopper.post(orderPath + "/pay", "payment", "in-store", "lang", "en").statusCode(), "a second tap: the same order");
        String id = orderId(cartPage);
        String manager = ServerFixture.accessToken(server.post("/api/me/store", server.token("marc", "lien-demo"), "{\"storeId\":\"demo-lyon\"}"));
        String lyon = server.get("/api/stores/demo-lyon/orders", manager).body();
        assertTrue(lyon.contains("\"orderId\":\"" + id + "\",\"kind\":\"collect\",\"status\":\"held\""), lyon);
        assertEquals(200, server.post("/api/stores/demo-lyon/orders/" + id + "/ready", manager, "{}").statusCode());
        assertTrue(messagesTo("c-sophie").stream().anyMatch(m -> m.kind().equals("ready") && m.subject().startsWith("Prête à retirer")),
                "Sophie reads French: " + messagesTo("c-sophie"));
    }

    @Test
    void badFormsAreRefusedWithAReasonAndChangeNothing() {
        String selection = shopper.selectionFor("c-amara", "p-dress-floral");
        String page = server.get(selection, null).body();
        String request = requestId(page, FLORAL_36);
        int held = shopper.level("web", FLORAL_36).held();
        assertEquals(400, shopper.post(selection + "/buy", "variantId", "p-trench-navy/40", "way", "deliver", "requestId", request)
                .statusCode(), "not in this selection");
        assertEquals(400, shopper.post(selection + "/buy", "variantId", FLORAL_36, "way", "steal", "requestId", request).statusCode());
        assertEquals(400, shopper.post(selection + "/buy", "variantId", FLORAL_36, "way", "deliver").statusCode(), "no request id");
        assertEquals(400, shopper.post(selection + "/buy", "variantId", "x".repeat(5000), "way", "deliver", "requestId", request)
                .statusCode());
        assertEquals(404, shopper.post("/s/AAAAAAAAAAAAAAAAAAAAAA/buy", "variantId", FLORAL_36, "way", "deliver", "requestId", request)
                .statusCode());
        assertEquals(held, shopper.level("web", FLORAL_36).held(), "nothing held");

        String cartPage = cart(selection, FLORAL_36, "deliver");
        String orderPath = cartPage.replaceAll("\\?.*", "");
        HttpResponse<String> noAddress = shopper.post(orderPath + "/pay", "payment", "card", "delivery", "express", "name", "x".repeat(500),
                "country", "Narnia", "lang", "en");
        assertEquals(400, noAddress.statusCode());
        assertTrue(noAddress.body().contains("The name on the parcel is missing") && noAddress.body().contains("The country is a two-letter"),
                noAddress.body());
        assertEquals(400, shopper.post(orderPath + "/pay", "payment", "in-store", "lang", "en").statusCode(), "pay in store is to collect");
        assertEquals(400, shopper.post(orderPath + "/pay", "payment", "card", "delivery", "drone", "name", "A", "street", "B",
                "postcode", "75004", "city", "Paris", "country", "FR").statusCode());
        String other = shopper.selectionFor("c-sophie", "p-dress-floral");
        assertEquals(404, shopper.post(other + "/orders/" + orderId(cartPage) + "/pay", "payment", "card").statusCode(),
                "someone else's order, under another link");
        assertEquals(404, server.get(other + "/orders/" + orderId(cartPage), null).statusCode());
        HttpResponse<String> notATestCard = shopper.post(location(shopper.post(orderPath + "/pay", "payment", "card", "delivery", "standard",
                "name", "A", "street", "B", "postcode", "75004", "city", "Paris", "country", "FR")).replaceAll("\\?.*", ""),
                "card", "4970 1000 0000 0000");
        assertEquals(400, notATestCard.statusCode());
        assertTrue(notATestCard.body().contains("not one of the test cards"), notATestCard.body());
        assertFalse(notATestCard.body().contains("4970"), "the number is not echoed");
        assertEquals(held + 1, shopper.level("web", FLORAL_36).held(), "only the cart holds");
    }

    @Test
    void aCartNotPaidInTimeIsAbandonedAndItsPieceGoesBack() {
        String selection = shopper.selectionFor("c-amara", "p-trench-navy");
        int held = shopper.level("demo-lyon", TRENCH_40).held();
        String cartPage = cart(selection, TRENCH_40, "collect", "storeId", "demo-lyon");
        assertEquals(held + 1, shopper.level("demo-lyon", TRENCH_40).held());
        server.context().getBean(ShopperOrders.class).releaseOverdue(System.currentTimeMillis() + 16 * 60_000L);
        assertEquals(held, shopper.level("demo-lyon", TRENCH_40).held(), "back on the shelf after the cart's 15 minutes");
        HttpResponse<String> late = shopper.post(cartPage.replaceAll("\\?.*", "") + "/pay", "payment", "in-store", "lang", "en");
        assertEquals(410, late.statusCode());
        assertTrue(late.body().contains("This order ran out of time"), late.body());
    }

    @Test
    void aPiecePaidByCardAndNotCollectedIsNeverGivenBackByATimerButOneToPayInStoreIs() {
        String selection = shopper.selectionFor("c-amara", "p-dress-floral");
        int held = shopper.level("demo-lyon", "p-dress-floral/34").held();
        String paidCart = cart(selection, "p-dress-floral/34", "collect", "storeId", "demo-lyon");
        HttpResponse<String> toProvider = shopper.post(paidCart.replaceAll("\\?.*", "") + "/pay", "payment", "card", "lang", "en");
        HttpResponse<String> back = shopper.post(location(toProvider).replaceAll("\\?.*", ""), "card", "4242424242424242", "lang", "en");
        assertEquals(303, server.get(location(back), null).statusCode());
        String inStoreCart = cart(shopper.selectionFor("c-sophie", "p-dress-floral"), "p-dress-floral/34", "collect", "storeId", "demo-lyon");
        assertEquals(303, shopper.post(inStoreCart.replaceAll("\\?.*", "") + "/pay", "payment", "in-store", "lang", "en").statusCode());
        assertEquals(held + 2, shopper.level("demo-lyon", "p-dress-floral/34").held());

        long afterTheirDays = System.currentTimeMillis() + 8 * 86_400_000L;
        server.context().getBean(io.lien.server.stock.application.StockLedger.class).expire(afterTheirDays);
        server.context().getBean(ShopperOrders.class).releaseOverdue(afterTheirDays);
        ShopperOrderRepository orders = server.context().getBean(ShopperOrderRepository.class);
        assertEquals("held", orders.findById(orderId(paidCart)).orElseThrow().status(), "paid: still waiting for her");
        assertEquals("released", orders.findById(orderId(inStoreCart)).orElseThrow().status(), "to pay in store: released after 7 days");
        assertEquals(held + 1, shopper.level("demo-lyon", "p-dress-floral/34").held());
    }
}
