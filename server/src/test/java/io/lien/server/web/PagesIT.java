package io.lien.server.web;

import io.lien.server.Chromium;
import io.lien.server.ServerFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lien's pages in a real browser: one layout, the reader's language with a switch, no script needed,
 * the security headers on every answer, on a phone and a laptop (screenshots in docs/screenshots).
 */
class PagesIT {

    private static final Path SHOTS = Path.of("..", "docs", "screenshots");
    private static ServerFixture server;
    private static String amaraLink;
    private static String sophieLink;

    @BeforeAll
    static void start() {
        server = ServerFixture.start();
        String lea = server.token("lea", "lien-demo");
        amaraLink = path(server.post("/api/clients/c-amara/selections", lea,
                "{\"productIds\":[\"p-dress-emerald\",\"p-scarf-navy\"],\"message\":\"The emerald you loved, and a scarf to go with it — "
                        + "come and try both on Saturday?\"}").body());
        sophieLink = path(server.post("/api/clients/c-sophie/selections", lea,
                "{\"productIds\":[\"p-shirt-linen\",\"p-scarf-navy\"],\"message\":\"Le lin que vous cherchiez, en 38.\"}").body());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String path(String json) {
        Matcher m = Pattern.compile("\"link\":\"([^\"]+)\"").matcher(json);
        assertTrue(m.find(), json);
        return m.group(1).substring(m.group(1).indexOf("/s/"));
    }

    @Test
    void everyPageAndEveryApiAnswerCarriesTheSecurityHeaders() {
        for (String path : new String[] {amaraLink, "/s/AAAAAAAAAAAAAAAAAAAAAA", "/api/stores", "/health", "/assets/lien.css"}) {
            HttpResponse<String> r = server.get(path, null);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("default-src 'none'") && csp.contains("frame-ancestors 'none'") && csp.contains("script-src 'self'")
                    && !csp.contains("unsafe-inline"), path + ": " + csp);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(""), path);
            assertEquals("same-origin", r.headers().firstValue("Referrer-Policy").orElse(""), path);
        }
        assertTrue(server.get("/swagger-ui/index.html", null).headers().firstValue("Content-Security-Policy").orElse("")
                .contains("frame-ancestors 'none'"), "Swagger UI keeps its inline script but cannot be framed");
    }

    @Test
    void aPageNeedsNoScriptAndHasNoInlineStyleOrScriptTheCspWouldBlock() {
        String html = server.get(amaraLink, null).body();
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("style=") || html.contains("<style"), html);
        assertTrue(html.contains("<link rel=\"stylesheet\" href=\"/assets/lien.css\">"), html);
        assertEquals(200, server.get("/assets/lien.css", null).statusCode());
        assertTrue(server.get("/assets/lien.css", null).headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
        HttpResponse<String> htmx = server.get("/assets/htmx/htmx.min.js", null);
        assertEquals(200, htmx.statusCode(), "htmx for live pages is served from the build, never a CDN");
        assertTrue(htmx.body().contains("htmx"), "the script itself");
    }

    @Test
    void theReaderPicksTheirLanguageAndTheSwitchOffersTheOthersInTheirOwnNames() {
        String fr = Chromium.dom(server.http(amaraLink + "?lang=fr").toString());
        assertTrue(fr.contains("<html lang=\"fr\">") && fr.contains("<h1>Pour vous, Amara</h1>"), fr);
        assertTrue(fr.contains("hreflang=\"en\"") && fr.contains(">English</a>"), "the switch offers English: " + fr);
        assertTrue(fr.contains("aria-current=\"true\" lang=\"fr\">Français"), fr);
        String en = Chromium.dom(server.http(amaraLink + "?lang=en").toString());
        assertTrue(en.contains("<html lang=\"en\">") && en.contains("<h1>For you, Amara</h1>"), en);
        String hostile = server.get(amaraLink + "?lang=%3Cscript%3E", null).body();
        assertTrue(hostile.contains("<html lang=\"en\">"), "an unknown language reads as the fallback: " + hostile);
    }

    @Test
    void anUnknownLinkAnswersInTheBrowsersLanguage() {
        HttpResponse<String> r = server.send(java.net.http.HttpRequest.newBuilder(server.http("/s/AAAAAAAAAAAAAAAAAAAAAA"))
                .header("Accept-Language", "fr-FR,fr;q=0.9,en;q=0.5").GET().build());
        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains("<html lang=\"fr\">") && r.body().contains("Ce lien ne mène à aucune sélection"), r.body());
    }

    @Test
    void eachPieceSaysItsSizesAndWhereEachIsAvailableNowInTheReadersLanguage() {
        String en = Chromium.dom(server.http(amaraLink).toString());
        assertTrue(en.contains("<li>36: Lien Démo — Le Marais, Lien Démo — Lyon Presqu'île, and online"), en);
        assertTrue(en.contains("<li>38: Lien Démo — Le Marais (the last one), Lien Démo — Lyon Presqu'île, and online"), en);
        assertTrue(en.contains("<option value=\"p-dress-emerald/38\">38</option>") && en.contains("<option value=\"demo\">Lien Démo — Le Marais</option>")
                && en.contains("<button type=\"submit\">Reserve to try on</button>"), "a form to reserve it to try on, no script needed: " + en);
        String fr = Chromium.dom(server.http(amaraLink + "?lang=fr").toString());
        assertTrue(fr.contains("<li>38 : Lien Démo — Le Marais (la dernière), Lien Démo — Lyon Presqu'île et en ligne"), fr);
        io.lien.server.stock.application.StockLedger ledger = server.context().getBean(io.lien.server.stock.application.StockLedger.class);
        for (String location : new String[] {"demo", "demo-lyon", "web"}) {
            ledger.count(location, "p-tote-tan/TU", 0, "correction", "test", null);
        }
        String tote = path(server.post("/api/clients/c-amara/selections", server.token("lea", "lien-demo"),
                "{\"productIds\":[\"p-tote-tan\"]}").body());
        assertTrue(server.get(tote, null).body().contains("TU: not available at the moment — ask us in store"),
                "sold out everywhere says so");
    }

    @Test
    void theSelectionPageOnAPhoneAndALaptopInEnglishAndFrench() throws Exception {
        Files.createDirectories(SHOTS);
        Chromium.screenshot(server.http(amaraLink).toString(), SHOTS.resolve("page-selection-phone.png"), 390, 844);
        Chromium.screenshot(server.http(amaraLink).toString(), SHOTS.resolve("page-selection-laptop.png"), 1366, 768);
        Chromium.screenshot(server.http(sophieLink).toString(), SHOTS.resolve("page-selection-phone-fr.png"), 390, 844);
        Chromium.screenshot(server.http(sophieLink).toString(), SHOTS.resolve("page-selection-laptop-fr.png"), 1366, 768);
        for (String shot : new String[] {"page-selection-phone.png", "page-selection-laptop.png", "page-selection-phone-fr.png",
                "page-selection-laptop-fr.png"}) {
            assertTrue(Files.size(SHOTS.resolve(shot)) > 10_000, shot + " is a real picture");
        }
    }

    @Test
    void theExportPageOnAPhoneAndALaptopInTheClientsLanguageAndTheOneSheAsksFor() throws Exception {
        Files.createDirectories(SHOTS);
        String camille = server.token("camille.laurent@example.org", "lien-demo");
        assertEquals(200, server.get("/api/clients/c-camille", server.token("lea", "lien-demo")).statusCode(), "Léa opens her card: logged");
        String french = server.get("/api/shopper/export.html", camille).body();
        String english = server.get("/api/shopper/export.html?lang=en", camille).body();
        assertTrue(french.contains("<html lang=\"fr\">") && french.contains("Ce que Lien sait de vous, Camille"), french);
        assertTrue(english.contains("<html lang=\"en\">") && english.contains("What Lien holds about you, Camille")
                && english.contains("client card"), "English, the access log's reasons too: " + english);
        // the page needs her token, so the browser opens it saved, its stylesheet from the server
        for (String[] shot : new String[][] {{french, "page-export-%s-fr.png"}, {english, "page-export-%s.png"}}) {
            Path saved = Files.createTempFile("export", ".html");
            Files.writeString(saved, shot[0].replace("<head>", "<head><base href=\"" + server.http("/") + "\">"));
            Chromium.screenshot(saved.toUri().toString(), SHOTS.resolve(shot[1].formatted("phone")), 390, 844);
            Chromium.screenshot(saved.toUri().toString(), SHOTS.resolve(shot[1].formatted("laptop")), 1366, 768);
            Files.delete(saved);
            assertTrue(Files.size(SHOTS.resolve(shot[1].formatted("phone"))) > 10_000, shot[1] + " is a real picture");
        }
    }
}
