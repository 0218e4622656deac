package io.lien.server.privacy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.lien.server.Browser;
import io.lien.server.ServerFixture;
import io.lien.server.clients.Approachability;
import io.lien.server.clients.Client;
import io.lien.server.clients.ClientDirectory;
import io.lien.server.consent.application.ConsentLedger;
import io.lien.server.consent.model.ConsentKind;
import io.lien.server.orders.ShopperOrder;
import io.lien.server.orders.ShopperOrderRepository;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shopper's own space: signing in by a one-time link (sent by real SMTP) or a password, every
 * switch that is theirs, their reservations cancelled, erasure with its confirmation — and another
 * client's order, a forged cookie, a used link reaching nothing.
 */
class ShopperSpaceIT {

    private static final Path SHOTS = Path.of("..", "docs", "screenshots");
    private static GreenMail smtp;
    private static ServerFixture server;

    @BeforeAll
    static void start() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        server = ServerFixture.start(Map.of("lien.mail.host", "127.0.0.1", "lien.mail.port", port, "lien.mail.starttls", false));
    }

    @AfterAll
    static void stop() {
        server.close();
        smtp.stop();
    }

    private static HttpResponse<String> post(String path, String cookie, String... fields) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            body.append(body.length() == 0 ? "" : "&").append(fields[i]).append('=').append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        HttpRequest.Builder r = HttpRequest.newBuilder(server.http(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (cookie != null) {
            r.header("Cookie", cookie);
        }
        return server.send(r.build());
    }

    private static HttpResponse<String> get(String path, String cookie) {
        HttpRequest.Builder r = HttpRequest.newBuilder(server.http(path)).GET();
        if (cookie != null) {
            r.header("Cookie", cookie);
        }
        return server.send(r.build());
    }

    /** Links already taken from the mailbox (GreenMail lists mail by mailbox, not by time: a new link is one not seen yet). */
    private static final java.util.Set<String> SEEN = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** The link of a sign-in e-mail to {@code address} not used by the test yet, once it arrived. */
    private static String linkSentTo(String address, int ignored) {
        try {
            await().atMost(Duration.ofSeconds(20)).until(() -> newLink(address) != null);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("no new sign-in mail to " + address, e);
        }
        String link = newLink(address);
        SEEN.add(link);
        return link;
    }

    private static String newLink(String address) {
        for (MimeMessage m : smtp.getReceivedMessages()) {
            try {
                Matcher link = Pattern.compile("http://localhost:8080(/me/link/[A-Za-z0-9_-]{43})\\?lang=").matcher((String) m.getContent());
                if (to(m, address) && link.find() && !SEEN.contains(link.group(1))) {
                    return link.group(1);
                }
            } catch (Exception e) {
                // not a text mail: not ours
            }
        }
        return null;
    }

    private static boolean to(MimeMessage m, String address) {
        try {
            return m.getAllRecipients()[0].toString().equals(address);
        } catch (Exception e) {
            return false;
        }
    }

    private static String signedIn(String email) {
        int before = smtp.getReceivedMessages().length;
        assertEquals(303, post("/me/sign-in/link", null, "email", email, "lang", "en").statusCode());
        String link = linkSentTo(email, before);
        HttpResponse<String> used = post(link, null, "lang", "en");
        assertEquals(303, used.statusCode(), used.body());
        String setCookie = used.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(setCookie.toLowerCase(java.util.Locale.ROOT).contains("httponly") && setCookie.contains("SameSite=Strict"), setCookie);
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    private static Client client(String id) {
        return server.context().getBean(ClientDirectory.class).find(id).orElseThrow();
    }

    @Test
    void aLinkByEmailSignsInOnceAndAnUnknownAddressGetsTheSameAnswerAndNoMail() throws Exception {
        int before = smtp.getReceivedMessages().length;
        HttpResponse<String> unknown = post("/me/sign-in/link", null, "email", "nobody@example.org", "lang", "en");
        HttpResponse<String> known = post("/me/sign-in/link", null, "email", "Camille.Laurent@example.org", "lang", "en");
        assertEquals(unknown.headers().firstValue("Location"), known.headers().firstValue("Location"), "no account enumeration");
        String link = linkSentTo("camille.laurent@example.org", before);
        assertEquals(200, get(link, null).statusCode(), "opening the link (a mail client's preview) uses nothing");
        HttpResponse<String> used = post(link, null, "lang", "fr");
        assertEquals(303, used.statusCode());
        assertEquals(410, post(link, null, "lang", "fr").statusCode(), "once");
        String cookie = used.headers().firstValue("Set-Cookie").orElseThrow().replaceAll(";.*", "");
        String me = get("/me?lang=fr", cookie).body();
        assertTrue(me.contains("Votre espace, Camille") && me.contains("camille.laurent@example.org"), me);
        assertTrue(me.contains("Anniversaire, Inès : ") && me.contains("visite"), "her dates, by name, and her visits: " + me);
        assertFalse(Arrays.stream(smtp.getReceivedMessages()).anyMatch(m -> to(m, "nobody@example.org")));
        HttpResponse<String> export = get("/api/shopper/export.html?lang=fr", cookie);
        assertEquals(200, export.statusCode(), "the export page opens with the same session");
        assertTrue(export.body().contains("Camille"));
        assertEquals(303, get("/me", null).statusCode(), "not signed in: the sign-in page");
        assertEquals(303, get("/me", "LIEN_SHOPPER=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.forged").statusCode(), "a forged cookie");
        assertEquals(410, post("/me/link/" + "A".repeat(43), null, "lang", "en").statusCode(), "a link never sent");
    }

    @Test
    void aPasswordSignsInAShopperNeverStaffAndAWrongOneSaysSo() {
        HttpResponse<String> ok = post("/me/sign-in/password", null, "email", "sophie.martin@example.org", "password", "lien-demo", "lang", "en");
        assertEquals(303, ok.statusCode(), ok.body());
        assertEquals(401, post("/me/sign-in/password", null, "email", "sophie.martin@example.org", "password", "guess", "lang", "en")
                .statusCode());
        assertEquals(401, post("/me/sign-in/password", null, "email", "lea", "password", "lien-demo", "lang", "en").statusCode(),
                "an advisor signs in on the tablet, not here");
    }

    @Test
    void everySwitchIsTheirsAtOnceLoggedAndBadInputChangesNothing() throws Exception {
        String cookie = signedIn("sophie.martin@example.org");
        assertEquals(303, post("/me/consents", cookie, "kind", "presence", "granted", "false", "lang", "en").statusCode());
        ConsentLedger ledger = server.context().getBean(ConsentLedger.class);
        assertFalse(ledger.ledger("c-sophie").orElseThrow().state().given(ConsentKind.PRESENCE), "presence off at once");
        assertEquals(303, post("/me/consents", cookie, "kind", "quiet-hours", "granted", "true", "value", "22:00-07:30").statusCode());
        assertEquals("22:00-07:30", ledger.ledger("c-sophie").orElseThrow().state().quietHours().orElseThrow().text());
        assertTrue(post("/me/consents", cookie, "kind", "quiet-hours", "granted", "true", "value", "25:00-99")
                .headers().firstValue("Location").orElseThrow().contains("me.not-saved"));
        assertEquals(303, post("/me/words", cookie, "sizes", "dresses 38", "interests", "linen", "channel", "email").statusCode());
        assertEquals("dresses 38", client("c-sophie").sizes());
        post("/me/words", cookie, "sizes", "x", "interests", "y".repeat(500), "channel", "email");
        post("/me/words", cookie, "sizes", "x", "interests", "y", "channel", "carrier-pigeon");
        assertEquals("dresses 38", client("c-sophie").sizes(), "too long, unknown channel: nothing changed");
        assertEquals(303, post("/me/approachability", cookie, "approachability", "just-browsing").statusCode());
        assertEquals(Approachability.JUST_BROWSING, client("c-sophie").approachability());
        post("/me/approachability", cookie, "approachability", "<script>");
        assertEquals(Approachability.JUST_BROWSING, client("c-sophie").approachability());
        String me = get("/me?lang=en", cookie).body();
        assertTrue(me.contains("Being recognised in store: <strong>no</strong>") && me.contains("consent presence withdrawn by the client"),
                "the change is in her access log, as hers: " + me);
    }

    @Test
    void aReservationIsCancelledByItsClientOnlyAndItsPieceGoesBack() throws Exception {
        String lea = server.token("lea", "lien-demo");
        String json = server.post("/api/clients/c-amara/selections", lea, "{\"productIds\":[\"p-dress-floral\"]}").body();
        String link = json.replaceAll(".*\"link\":\"[^\"]*(/s/[A-Za-z0-9_-]{22})\".*", "$1");
        String page = get(link, null).body();
        Matcher request = Pattern.compile("name=\"requestId\" value=\"([0-9a-f-]{36})\"").matcher(page);
        assertTrue(request.find());
        HttpResponse<String> reserved = post(link + "/try-on", null, "variantId", "p-dress-floral/42", "storeId", "demo", "requestId",
                request.group(1), "lang", "en");
        String orderId = reserved.headers().firstValue("Location").orElseThrow().replaceAll(".*/orders/([0-9a-f-]{36}).*", "$1");
        String sophie = signedIn("sophie.martin@example.org");
        assertEquals(404, post("/me/orders/" + orderId + "/cancel", sophie, "lang", "en").statusCode(), "not hers");
        String amara = signedIn("amara.diallo@example.org");
        assertTrue(get("/me?lang=en", amara).body().contains("/me/orders/" + orderId + "/cancel"));
        assertEquals(303, post("/me/orders/" + orderId + "/cancel", amara, "lang", "en").statusCode());
        ShopperOrder order = server.context().getBean(ShopperOrderRepository.class).findById(orderId).orElseThrow();
        assertEquals("cancelled", order.status());
        assertEquals(404, post("/me/orders/" + orderId + "/cancel", amara, "lang", "en").statusCode(), "once");
    }

    @Test
    void erasureAsksForTheWordThenErasesEverythingAndTheSessionWithIt() throws Exception {
        String cookie = signedIn("hugo.b@example.org");
        assertTrue(get("/me/erase?lang=en", cookie).body().contains("Type ERASE to confirm"));
        assertEquals(400, post("/me/erase", cookie, "confirm", "maybe", "lang", "en").statusCode());
        assertTrue(server.context().getBean(ClientDirectory.class).find("c-hugo").isPresent(), "nothing erased without the word");
        HttpResponse<String> erased = post("/me/erase", cookie, "confirm", "erase", "lang", "en");
        assertEquals(200, erased.statusCode(), erased.body());
        assertTrue(erased.body().contains("Everything about you has been erased"));
        assertTrue(erased.headers().firstValue("Set-Cookie").orElseThrow().contains("Max-Age=0"), "signed out");
        assertTrue(server.context().getBean(ClientDirectory.class).find("c-hugo").isEmpty());
        assertEquals(303, get("/me", cookie).statusCode(), "the old cookie reaches nothing");
    }

    @Test
    void theSignInPageAndTheSpaceOnAPhoneAndALaptopInEnglishAndFrench() {
        for (String lang : List.of("en", "fr")) {
            try (Browser phone = Browser.open(390, 844)) {
                phone.go(server.http("/me/sign-in?lang=" + lang).toString());
                phone.screenshot(SHOTS.resolve("page-sign-in-phone" + (lang.equals("fr") ? "-fr" : "") + ".png"));
                int before = smtp.getReceivedMessages().length;
                phone.find("form[action='/me/sign-in/link'] input[name=email]").sendKeys("camille.laurent@example.org");
                phone.click("form[action='/me/sign-in/link'] button");
                assertTrue(phone.text().contains(lang.equals("fr") ? "un lien est en route" : "a link is on its way"), phone.text());
                phone.go(server.http(linkSentTo("camille.laurent@example.org", before) + "?lang=" + lang).toString());
                phone.click("button.primary");
                assertTrue(phone.text().contains(lang.equals("fr") ? "Votre espace, Camille" : "Your space, Camille"), phone.text());
                phone.screenshot(SHOTS.resolve("page-me-phone" + (lang.equals("fr") ? "-fr" : "") + ".png"));
                phone.go(server.http("/me/erase?lang=" + lang).toString());
                phone.screenshot(SHOTS.resolve("page-erase-phone" + (lang.equals("fr") ? "-fr" : "") + ".png"));
            }
        }
        try (Browser laptop = Browser.open(1280, 1800)) {
            laptop.go(server.http("/me/sign-in?lang=en").toString());
            laptop.find("form[action='/me/sign-in/password'] input[name=email]").sendKeys("camille.laurent@example.org");
            laptop.type("password", "lien-demo").click("form[action='/me/sign-in/password'] button");
            assertTrue(laptop.text().contains("Your space, Camille"), laptop.text());
            laptop.screenshot(SHOTS.resolve("page-me-laptop.png"));
        }
    }

    @Test
    void fromHerSelectionsPageAClientLikesOnceAndSaysWhatSheThinksCriticalVoicesShownBesidePraise() {
        String lea = server.token("lea", "lien-demo");
        String json = server.post("/api/clients/c-amara/selections", lea, "{\"productIds\":[\"p-shirt-linen\"]}").body();
        String link = json.replaceAll(".*\"link\":\"[^\"]*(/s/[A-Za-z0-9_-]{22})\".*", "$1");
        assertTrue(post(link + "/say", null, "productId", "p-shirt-linen", "kind", "like", "lang", "en").headers()
                .firstValue("Location").orElseThrow().contains("said=thanks"));
        post(link + "/say", null, "productId", "p-shirt-linen", "kind", "like", "lang", "en");
        HttpResponse<String> critical = post(link + "/say", null, "productId", "p-shirt-linen", "kind", "comment", "tone", "critical",
                "body", "Creases <a lot>", "signed", "true", "lang", "en");
        assertTrue(critical.headers().firstValue("Location").orElseThrow().contains("said=thanks"));
        String page = get(link + "?lang=en", null).body();
        assertTrue(page.contains("1 like") && page.contains("Critical") && page.contains("Amara: “Creases &lt;a lot&gt;”"),
                "liked once, her critical words escaped and shown: " + page);
        assertTrue(post(link + "/say", null, "productId", "p-trench-navy", "kind", "like", "lang", "en").headers()
                .firstValue("Location").orElseThrow().contains("said=refused"), "not a piece of her selection");
        assertTrue(post(link + "/say", null, "productId", "p-shirt-linen", "kind", "comment", "tone", "praise", "body", "x".repeat(600))
                .headers().firstValue("Location").orElseThrow().contains("said=refused"), "too long");
        assertTrue(post(link + "/say", null, "productId", "p-shirt-linen", "kind", "comment", "tone", "shouting", "body", "hi")
                .headers().firstValue("Location").orElseThrow().contains("said=refused"));
        assertEquals(404, post("/s/AAAAAAAAAAAAAAAAAAAAAA/say", null, "productId", "p-shirt-linen", "kind", "like").statusCode());

        String amara = signedIn("amara.diallo@example.org");
        String me = get("/me?lang=en", amara).body();
        Matcher words = Pattern.compile("Critical: “Creases &lt;a lot&gt;”\\s*<form method=\"post\" action=\"/me/said/(\\d+)\"").matcher(me);
        assertTrue(words.find(), "her words, hers to change: " + me);
        String id = words.group(1);
        String sophie = signedIn("sophie.martin@example.org");
        assertEquals(404, post("/me/said/" + id, sophie, "confirm", "delete", "lang", "en").statusCode(), "not Sophie's");
        assertEquals(303, post("/me/said/" + id, amara, "confirm", "hide", "lang", "en").statusCode());
        assertTrue(get(link + "?lang=en", null).body().contains("a client: “Creases &lt;a lot&gt;”"), "her name hidden");
        assertEquals(303, post("/me/said/" + id, amara, "confirm", "delete", "lang", "en").statusCode());
        assertFalse(get(link + "?lang=en", null).body().contains("Creases"), "taken back");
    }
}
