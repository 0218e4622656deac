package io.lien.server.selections;

import io.lien.server.Chromium;
import io.lien.server.ServerFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An advisor curates a selection, Lien sends the link the client's consent allows, the client opens it in a browser. */
class SelectionIT {

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

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"?([^\",}]*)").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    @Test
    void aSelectionGoesByTheAgreedChannelAndItsFirstOpeningInABrowserJoinsTheTimelineAndTheFeed() {
        HttpResponse<String> sent = server.post("/api/clients/c-amara/selections", lea,
                "{\"productIds\":[\"p-dress-emerald\",\"p-scarf-navy\"],\"message\":\"The emerald you loved, with a scarf <b>to try</b>\"}");
        assertEquals(201, sent.statusCode(), sent.body());
        assertEquals("email", field(sent.body(), "channel"), sent.body());
        assertNotNull(field(sent.body(), "sentAt"), "Amara agreed to e-mails and has no quiet hours: sent at once " + sent.body());
        String link = field(sent.body(), "link");
        String path = link.substring(link.indexOf("/s/"));

        String dom = Chromium.dom(server.http(path).toString());
        assertTrue(dom.contains("<h1>For you, Amara</h1>") && dom.contains("A selection by Léa"), dom);
        assertTrue(dom.contains("The emerald you loved, with a scarf &lt;b&gt;to try&lt;/b&gt;"), "the advisor's word is text, never markup: " + dom);
        assertTrue(dom.contains("data-product=\"p-dress-emerald\"") && dom.contains("Emerald wrap dress"), dom);
        assertFalse(dom.contains("amara.diallo@example.org") || dom.contains("Diallo"), "the link shows nothing else about her");

        assertEquals(200, server.get(path, null).statusCode(), "opened again");
        String card = server.get("/api/clients/c-amara", lea).body();
        assertTrue(card.contains("\"kind\":\"SELECTION\",\"summary\":\"Selection sent by email (2): the emerald wrap dress, the navy silk scarf\"")
                || card.contains("\"kind\":\"SELECTION\",\"summary\":\"Selection sent by email (2): "), card);
        assertEquals(1, Pattern.compile("\"kind\":\"SELECTION_OPENED\"").matcher(card).results().count(), "opened once on the timeline: " + card);
        String feed = server.get("/api/stores/demo/moments", lea).body();
        assertEquals(1, Pattern.compile("\"text\":\"Amara opened the selection Léa sent \\(2 pieces\\)\"").matcher(feed).results().count(), feed);
        assertTrue(server.get("/api/clients/c-amara/selections", lea).body().contains("\"openedAt\":"));
    }

    @Test
    void theLinkReadsInTheClientsLanguage() {
        String link = field(server.post("/api/clients/c-sophie/selections", lea, "{\"productIds\":[\"p-shirt-linen\"]}").body(), "link");
        String page = server.get(link.substring(link.indexOf("/s/")), null).body();
        assertTrue(page.contains("<html lang=\"fr\">") && page.contains("<h1>Pour vous, Sophie</h1>") && page.contains("Une sélection de Léa"), page);
    }

    @Test
    void noSelectionGoesWithoutAWrittenChannelTheClientAgreedTo() {
        HttpResponse<String> jules = server.post("/api/clients/c-jules/selections", lea, "{\"productIds\":[\"p-sweater-cashmere\"]}");
        assertEquals(409, jules.statusCode(), "Jules agreed to phone calls only: " + jules.body());
        assertTrue(jules.body().contains("show them the selection in store instead"), jules.body());
        assertEquals(409, server.post("/api/clients/c-hugo/selections", lea, "{\"productIds\":[\"p-sweater-cashmere\"]}").statusCode());
    }

    @Test
    void aRetryWithTheSameRequestIdSendsOnce() {
        String body = "{\"productIds\":[\"p-tote-tan\"],\"requestId\":\"7f1c9a3e-0b7d-4a51-9d0e-2f1b2c3d4e5f\"}";
        String first = server.post("/api/clients/c-sophie/selections", lea, body).body();
        String again = server.post("/api/clients/c-sophie/selections", lea, body).body();
        assertEquals(field(first, "id"), field(again, "id"));
    }

    @Test
    void badSelectionsAndLinksAreRefusedWithAReason() {
        assertEquals(400, server.post("/api/clients/c-amara/selections", lea, "{\"productIds\":[]}").statusCode());
        assertEquals(400, server.post("/api/clients/c-amara/selections", lea, "{\"productIds\":[\"p-nothing\"]}").statusCode());
        assertEquals(400, server.post("/api/clients/c-amara/selections", lea, "{\"productIds\":[\"p-tote-tan\"],\"message\":\""
                + "x".repeat(501) + "\"}").statusCode());
        StringBuilder thirteen = new StringBuilder("{\"productIds\":[");
        for (int i = 0; i < 13; i++) {
            thirteen.append(i == 0 ? "" : ",").append("\"p-").append(i).append('"');
        }
        assertEquals(400, server.post("/api/clients/c-amara/selections", lea, thirteen + "]}").statusCode());
        assertEquals(400, server.post("/api/clients/c-amara/selections", lea, "{\"productIds\":[\"p-tote-tan\"],\"requestId\":\"<x>\"}").statusCode());
        assertEquals(400, server.post("/api/clients/c-amara/selections", lea, "not json").statusCode());
        assertEquals(404, server.post("/api/clients/c-nobody/selections", lea, "{\"productIds\":[\"p-tote-tan\"]}").statusCode());
        assertEquals(403, server.post("/api/clients/c-amara/selections", server.token("camille.laurent@example.org", "lien-demo"),
                "{\"productIds\":[\"p-tote-tan\"]}").statusCode());
        assertEquals(401, server.post("/api/clients/c-amara/selections", null, "{\"productIds\":[\"p-tote-tan\"]}").statusCode());
        assertEquals(404, server.get("/s/AAAAAAAAAAAAAAAAAAAAAA", null).statusCode());
        assertEquals(404, server.get("/s/%3Cscript%3E", null).statusCode());
        assertEquals(413, server.getAlone("/s/" + "x".repeat(5000)).statusCode(), "a hostile, over-long link is refused before routing");
    }
}
