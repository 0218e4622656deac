package io.lien.server.orders;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.lien.server.Browser;
import io.lien.server.ServerFixture;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A shopper's whole way, clicked in a real browser (headless Chromium) at phone and laptop sizes:
 * the selection's e-mail, its link, a size, collect / deliver, the test provider's page with each
 * card's outcome, the order's page — and the store and the client card hearing of it. Every page
 * is saved in docs/screenshots, in English and in French.
 */
class ShopperJourneyIT {

    private static final Path SHOTS = Path.of("..", "docs", "screenshots");
    private static GreenMail smtp;
    private static ServerFixture server;
    private static String lea;

    @BeforeAll
    static void start() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        server = ServerFixture.start(Map.of("lien.mail.host", "127.0.0.1", "lien.mail.port", port, "lien.mail.starttls", false,
                "lien.messages.send-every", "1s", "lien.selections.send-every", "1s"));
        lea = server.token("lea", "lien-demo");
    }

    @AfterAll
    static void stop() {
        server.close();
        smtp.stop();
    }

    /** Links already taken (GreenMail lists mail by mailbox, not by time: the new selection is the link not seen yet). */
    private static final java.util.Set<String> SEEN = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Léa sends the piece; the e-mail arrives; its link, on this test server. */
    private static String linkFromTheEmail(String clientId, String address, String productId) {
        assertEquals(201, server.post("/api/clients/" + clientId + "/selections", lea, "{\"productIds\":[\"" + productId + "\"],"
                + "\"message\":\"Je pense à vous pour celui-ci\"}").statusCode());
        await().atMost(Duration.ofSeconds(20)).until(() -> newLink(address) != null);
        String link = newLink(address);
        SEEN.add(link);
        return server.http(link).toString();
    }

    private static String newLink(String address) {
        for (MimeMessage m : smtp.getReceivedMessages()) {
            try {
                Matcher link = Pattern.compile("http://localhost:8080(/s/[A-Za-z0-9_-]{22})").matcher((String) m.getContent());
                if (address(m).equals(address) && link.find() && !SEEN.contains(link.group(1))) {
                    return link.group(1);
                }
            } catch (Exception e) {
                // not a text mail: not ours
            }
        }
        return null;
    }

    private static String address(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (Exception e) {
            return "";
        }
    }

    @Test
    void onHerPhoneAmaraHasTheTrenchDeliveredADeclinedCardThenAnApprovedOne() throws Exception {
        String link = linkFromTheEmail("c-amara", "amara.diallo@example.org", "p-trench-navy");
        try (Browser phone = Browser.open(390, 844)) {
            phone.go(link + "?lang=en");
            assertTrue(phone.text().contains("For you, Amara"), phone.text());
            phone.screenshot(SHOTS.resolve("page-selection-to-buy-phone.png"));
            new Select(phone.find("form.try-on select[name=variantId]")).selectByVisibleText("40");
            phone.click("button[value=deliver]");
            assertTrue(phone.text().contains("Almost yours, Amara") && phone.text().contains("€420.00"), phone.text());
            phone.type("name", "Amara Diallo").type("street", "12 rue des Rosiers").type("postcode", "75004").type("city", "Paris")
                    .type("country", "FR");
            phone.click("input[value=express]");
            phone.screenshot(SHOTS.resolve("page-checkout-phone.png"));
            phone.click("button.primary");
            assertTrue(phone.url().contains("/test-payments/"), phone.url());
            assertTrue(phone.text().contains("€432.00"), "express added by the server: " + phone.text());
            phone.type("card", "4000 0000 0000 0002");
            phone.screenshot(SHOTS.resolve("page-test-payment-phone.png"));
            phone.click("button.primary");
            assertTrue(phone.text().contains("Your card was declined. Nothing was taken"), phone.text());
            phone.screenshot(SHOTS.resolve("page-checkout-declined-phone.png"));
            io.lien.server.Chromium.screenshot(phone.url().replace("lang=en", "lang=fr"), SHOTS.resolve("page-checkout-declined-phone-fr.png"),
                    390, 844);
            phone.click("button.primary");
            phone.type("card", "4242 4242 4242 4242").click("button.primary");
            assertTrue(phone.text().contains("It is on its way, Amara") && phone.text().contains("Paid: €432.00"), phone.text());
            phone.screenshot(SHOTS.resolve("page-order-delivered-phone.png"));
            String orderUrl = phone.url();
            io.lien.server.Chromium.screenshot(orderUrl.replace("lang=en", "lang=fr"), SHOTS.resolve("page-order-delivered-phone-fr.png"),
                    390, 844);
            phone.driver().navigate().back();
            phone.driver().navigate().refresh();
            phone.go(orderUrl);
            assertTrue(phone.text().contains("Paid: €432.00"));
        }
        assertEquals(2, shopper().level("web", "p-trench-navy/40").onHand(), "sold once, the back button notwithstanding");
        assertTrue(server.get("/api/stores/demo/moments", lea).body().contains("Amara ordered the navy trench coat (40) from the selection, "
                + "to be delivered"), "on Léa's tablet feed");
        assertTrue(server.get("/api/clients/c-amara", lea).body().contains("\"kind\":\"ORDER\",\"summary\":\"Bought the navy trench coat "
                + "(40), delivered\""), "on her client card");
        assertTrue(server.get("/api/clients/c-amara", lea).body().contains("\"yoursPercent\":100,\"yoursCents\":42000,\"why\":\"100 %: Léa, "
                + "who sent the selection it was in on "), "credited to Léa, who sent the selection (not the delivery's price)");
        await().atMost(Duration.ofSeconds(20)).until(() -> Arrays.stream(smtp.getReceivedMessages())
                .anyMatch(m -> subject(m).equals("Your order: the navy trench coat (40)")));
    }

    @Test
    void onALaptopSophieCollectsInLyonPaysInStoreAndIsToldWhenItIsReady() throws Exception {
        String link = linkFromTheEmail("c-sophie", "sophie.martin@example.org", "p-dress-floral");
        try (Browser laptop = Browser.open(1280, 900)) {
            laptop.go(link);
            assertTrue(laptop.text().contains("Pour vous, Sophie"), "her language: " + laptop.text());
            laptop.screenshot(SHOTS.resolve("page-selection-to-buy-laptop-fr.png"));
            new Select(laptop.find("form.try-on select[name=variantId]")).selectByVisibleText("38");
            new Select(laptop.find("form.try-on select[name=storeId]")).selectByValue("demo-lyon");
            laptop.click("button[value=collect]");
            laptop.click("input[value=in-store]");
            laptop.screenshot(SHOTS.resolve("page-checkout-collect-laptop-fr.png"));
            laptop.click("button.primary");
            assertTrue(laptop.text().contains("C'est à vous, Sophie") && laptop.text().contains("À régler en boutique : 210,00"),
                    laptop.text());
            laptop.screenshot(SHOTS.resolve("page-order-collect-laptop-fr.png"));
            io.lien.server.Chromium.screenshot(laptop.url().replace("lang=fr", "lang=en"), SHOTS.resolve("page-order-collect-laptop.png"),
                    1280, 900);
            String orderId = laptop.url().replaceAll(".*/orders/([0-9a-f-]{36}).*", "$1");
            String marc = ServerFixture.accessToken(server.post("/api/me/store", server.token("marc", "lien-demo"),
                    "{\"storeId\":\"demo-lyon\"}"));
            assertTrue(server.get("/api/stores/demo-lyon/orders", marc).body().contains("\"orderId\":\"" + orderId + "\",\"kind\":\"collect\""));
            assertEquals(200, server.post("/api/stores/demo-lyon/orders/" + orderId + "/ready", marc, "{}").statusCode());
            laptop.driver().navigate().refresh();
            assertTrue(laptop.text().contains("Elle est prête : passez la chercher."), laptop.text());
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> Arrays.stream(smtp.getReceivedMessages())
                .anyMatch(m -> subject(m).startsWith("Prête à retirer à Lien Démo — Lyon")));
    }

    @Test
    void aCardThatFailsAtCaptureSaysSoInFrenchAndNothingIsTaken() throws Exception {
        String link = linkFromTheEmail("c-amara", "amara.diallo@example.org", "p-dress-floral");
        int onHand = shopper().level("web", "p-dress-floral/40").onHand();
        try (Browser phone = Browser.open(390, 844)) {
            phone.go(link + "?lang=fr");
            new Select(phone.find("form.try-on select[name=variantId]")).selectByVisibleText("40");
            phone.click("button[value=deliver]");
            phone.type("name", "Amara Diallo").type("street", "12 rue des Rosiers").type("postcode", "75004").type("city", "Paris")
                    .type("country", "FR");
            phone.screenshot(SHOTS.resolve("page-checkout-phone-fr.png"));
            phone.click("button.primary");
            phone.screenshot(SHOTS.resolve("page-test-payment-phone-fr.png"));
            phone.type("card", "4000000000000341").click("button.primary");
            assertTrue(phone.text().contains("Le paiement n'est pas passé") && phone.text().contains("Rien n'a été débité"), phone.text());
            phone.screenshot(SHOTS.resolve("page-payment-failed-phone-fr.png"));
            io.lien.server.Chromium.screenshot(phone.url().replace("lang=fr", "lang=en"), SHOTS.resolve("page-payment-failed-phone.png"),
                    390, 844);
        }
        assertEquals(onHand, shopper().level("web", "p-dress-floral/40").onHand());
        assertEquals(0, shopper().level("web", "p-dress-floral/40").held());
    }

    private static ShopperPagesFixture shopper() {
        return new ShopperPagesFixture(server, lea);
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            return "";
        }
    }

    @Test
    void onHerPhoneInFrenchAmaraReservesADressToTryOnAndTheStoreListsItToPutAside() {
        String link = linkFromTheEmail("c-amara", "amara.diallo@example.org", "p-dress-emerald");
        try (Browser phone = Browser.open(390, 844)) {
            phone.go(link + "?lang=fr");
            new Select(phone.find("form.try-on select[name=variantId]")).selectByVisibleText("36");
            phone.click("form.try-on button:not([formaction])");
            assertTrue(phone.text().contains("C'est mis de côté pour vous, Amara") && phone.text().contains("en 36"), phone.text());
            String orderId = phone.url().replaceAll(".*/orders/([0-9a-f-]{36}).*", "$1");
            assertTrue(server.get("/api/stores/demo/orders", lea).body().contains("\"orderId\":\"" + orderId + "\",\"kind\":\"try-on\""),
                    "on the Marais's list to put aside");
        }
    }
}
