package io.lien.server.clientcard;

import io.lien.protocol.uplink.UplinkEvent;
import io.lien.server.GatewayFixture;
import io.lien.server.ServerFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The client card of the demo: dates, people, conversation starters with their reasons. */
class ClientCardIT {

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

    @Test
    void camillesCardOpensWithHerDaughtersBirthdayAndTheGiftSheBoughtHer() {
        String card = server.get("/api/clients/c-camille", lea).body();
        assertTrue(card.contains("\"kind\":\"date\",\"text\":\"Bought the floral midi dress for Inès in "), card);
        assertTrue(card.contains("Inès's birthday is in 9 days.\""), card);
        assertTrue(card.contains("\"reason\":\"Inès's birthday is on "), card);
        assertTrue(card.contains("\"importantDates\":[{\"kind\":\"birthday\",\"person\":\"her daughter Inès\""), card);
        assertTrue(card.contains("{\"kind\":\"brought\",\"name\":\"Amara Diallo\",\"clientId\":\"c-amara\""), card);
        assertTrue(card.contains("\"ordersSince\":1}"), "referral credit: Amara's order since Camille brought her: " + card);
        assertTrue(card.contains("\"kind\":\"FEEDBACK\",\"summary\":\"Liked the emerald wrap dress\""), card);
        assertTrue(card.contains("\"text\":\"Bought the grey cashmere sweater in store in "), card);
        assertTrue(card.contains("\"consents\":{\"presence\":true,\"profiling\":true,\"contact-email\":false,\"contact-sms\":false,"
                + "\"contact-messaging\":true,\"contact-phone\":false},\"quietHours\":\"21:00-08:00\""), "the consent summary: " + card);
    }

    @Test
    void camillesCardSaysWhatKindOfRelationshipSheHasWithTheBrandAndWhy() {
        String card = server.get("/api/clients/c-camille", lea).body();
        assertTrue(card.contains("\"relationshipTypologies\":[{\"code\":\"prescriber\",\"evidence\":\"brought Amara Diallo (1 order since)\"},"
                + "{\"code\":\"advisor-relationship\",\"evidence\":\"followed by lea: "), card); // the notes of the other tests here count too
        String carte = server.get("/api/clients/c-camille?lang=fr", lea).body();
        assertTrue(carte.contains("{\"code\":\"prescriber\",\"evidence\":\"a fait venir Amara Diallo (1 commande depuis)\"}"), carte);
        assertTrue(carte.contains("\"text\":\"A acheté le pull en cachemire gris en boutique en "), "starters in French too: " + carte);
        assertTrue(card.contains("{\"code\":\"omnichannel\",\"evidence\":\"orders or visits in the app, by phone, in store, and online in 12 months\""),
                card);
        assertTrue(card.contains("{\"code\":\"gift-giver\",\"evidence\":\"1 order as a gift in 12 months, latest: "
                + "Floral midi dress, a gift for her daughter Inès\""), card);
        String hugo = server.get("/api/clients/c-hugo", lea).body();
        assertTrue(hugo.contains("\"relationshipTypologies\":[]"), "one online order a month ago says little: " + hugo);
    }

    @Test
    void amaraWasBroughtByCamilleAndJulesFriendIsSophie() {
        assertTrue(server.get("/api/clients/c-amara", lea).body().contains("{\"kind\":\"brought-by\",\"name\":\"Camille Laurent\",\"clientId\":\"c-camille\""));
        String jules = server.get("/api/clients/c-jules", lea).body();
        assertTrue(jules.contains("Bought the grey cashmere sweater for Max in"), jules);
    }

    @Test
    void aClientJustBrowsingGetsNoStarter() {
        String sophie = server.get("/api/clients/c-sophie", lea).body();
        assertTrue(sophie.contains("\"approachability\":\"just-browsing\"") && sophie.contains("\"conversationStarters\":[]"), sophie);
    }

    @Test
    void anAdvisorsNoteInAFewTapsJoinsTheTimelineWithHerName() {
        HttpResponse<String> written = server.post("/api/clients/c-camille/notes", lea,
                "{\"tags\":[\"looking-for\",\"gift\"],\"text\":\"A trench for Inès's birthday\"}");
        assertEquals(201, written.statusCode(), written.body());
        String card = server.get("/api/clients/c-camille", lea).body();
        assertTrue(card.contains("\"kind\":\"NOTE\",\"summary\":\"#looking-for #gift A trench for Inès's birthday\"") && card.contains("\"author\":\"lea\""), card);
        assertTrue(server.get("/api/notes/tags", lea).body().contains("{\"code\":\"waiting-for-size\",\"name\":\"Waiting for a size\"}"));
        assertTrue(server.get("/api/notes/tags?lang=fr", lea).body().contains("{\"code\":\"waiting-for-size\",\"name\":\"Attend une taille\"}"));
    }

    @Test
    void aNoteIsRefusedWithAReasonWhenItIsEmptyUnknownOrTooLong() {
        assertEquals(400, server.post("/api/clients/c-camille/notes", lea, "{\"tags\":[\"gossip\"]}").statusCode());
        assertEquals(400, server.post("/api/clients/c-camille/notes", lea, "{}").statusCode());
        assertEquals(400, server.post("/api/clients/c-camille/notes", lea, "{\"text\":\"" + "x".repeat(1001) + "\"}").statusCode());
        assertEquals(404, server.post("/api/clients/c-nobody/notes", lea, "{\"text\":\"hi\"}").statusCode());
        assertEquals(403, server.post("/api/clients/c-camille/notes",
                server.token("camille.laurent@example.org", "lien-demo"), "{\"text\":\"hi\"}").statusCode());
    }

    @Test
    void aNoteQueuedOfflineKeepsTheTimeItWasWrittenAndARetryWritesItOnce() {
        long writtenAt = System.currentTimeMillis() - 3_600_000;
        String body = "{\"tags\":[\"gift\"],\"text\":\"Written in the stockroom, no network\",\"requestId\":\"5d2c7a10-8e4b-4f3a-9c21-0a1b2c3d4e5f\","
                + "\"writtenAt\":" + writtenAt + "}";
        HttpResponse<String> first = server.post("/api/clients/c-jules/notes", lea, body);
        assertEquals(201, first.statusCode(), first.body());
        assertTrue(first.body().contains("\"ts\":" + writtenAt), first.body());
        assertEquals(200, server.post("/api/clients/c-jules/notes", lea, body).statusCode());
        String card = server.get("/api/clients/c-jules", lea).body();
        assertEquals(card.indexOf("Written in the stockroom"), card.lastIndexOf("Written in the stockroom"), card);
        assertEquals(400, server.post("/api/clients/c-jules/notes", lea, "{\"text\":\"x\",\"writtenAt\":1}").statusCode());
    }

    @Test
    void whatSheHandledInStoreTodayIsOnHerCardOneTapFromASelection() throws Exception {
        try (GatewayFixture gateway = GatewayFixture.connect(server, "gw-card")) {
            gateway.send(new UplinkEvent.ShopperPresence("inst-camille", "coats", "enter", 0));
            gateway.send(new UplinkEvent.HangerLifted("h-003", 80));
            await().atMost(Duration.ofSeconds(10)).until(() -> server.get("/api/clients/c-camille", lea).body()
                    .contains("\"touchedToday\":[{\"productId\":\"p-trench-navy\",\"name\":\"the navy trench coat\""));
        }
        String catalogue = server.get("/api/products", lea).body();
        assertTrue(catalogue.contains("{\"id\":\"p-trench-navy\",\"name\":\"the navy trench coat\",\"names\":{\"en\":\"the navy trench coat\","
                + "\"fr\":\"le trench bleu marine\"},\"category\":\"coat\""), catalogue);
        assertTrue(server.get("/api/products?lang=fr", lea).body().contains("{\"id\":\"p-trench-navy\",\"name\":\"le trench bleu marine\","));
        assertEquals(401, server.get("/api/products", null).statusCode());
    }
}
