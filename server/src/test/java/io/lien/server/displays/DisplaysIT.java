package io.lien.server.displays;

import io.lien.protocol.uplink.UplinkEvent;
import io.lien.server.GatewayFixture;
import io.lien.server.ServerFixture;
import io.lien.server.community.CommunityVoice;
import io.lien.server.stock.application.StockLedger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the server sends hangers, heard on the store's displays topic as its gateway hears it: the
 * demo store (Le Marais, French) with its stock and its community.
 */
class DisplaysIT {

    private static ServerFixture server;
    private static DisplayRecorder displays;
    private static GatewayFixture gateway;

    @BeforeAll
    static void start() throws Exception {
        server = ServerFixture.start();
        displays = new DisplayRecorder(server, "demo");
        gateway = GatewayFixture.connect(server, "gw-displays");
        // displays are retained per device: a gateway subscribing after the server drew them gets them all at once
        await().atMost(Duration.ofSeconds(10)).until(() -> !displays.hanger("h-021").isEmpty());
    }

    @AfterAll
    static void stop() throws Exception {
        gateway.close();
        displays.close();
        server.close();
    }

    @Test
    void aHangerShowsTheSizesOfItsGarmentInThisStoreAndTheCommunityInTheStoresLanguage() {
        await().atMost(Duration.ofSeconds(10)).until(() -> displays.hanger("h-012").startsWith("Ici : XS S M L XL | "));
        assertTrue(displays.hanger("h-012").endsWith("[off]"), displays.hanger("h-012"));
    }

    @Test
    void helpAskedAtAHangerBlinksThenSaysWhoIsComingOnceAnAdvisorTookIt() throws Exception {
        String lea = server.token("lea", "lien-demo");
        try (ServerFixture.SseRecorder feed = server.sse("/api/stores/demo/moments/stream", lea, null)) {
            gateway.send(new UplinkEvent.HangerButtonPressed("h-007", "help"));
            await().atMost(Duration.ofSeconds(10)).until(() -> displays.hanger("h-007").startsWith("Demande transmise | Ici : "));
            assertTrue(displays.hanger("h-007").endsWith("[blink]"), displays.hanger("h-007"));
            await().atMost(Duration.ofSeconds(10)).until(() -> feed.any("\"kind\":\"HELP\""));
            long help = momentId(feed, "HELP");
            assertEquals(201, server.post("/api/stores/demo/moments/" + help + "/claim", lea, "").statusCode());
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> displays.hanger("h-007").startsWith("Léa arrive | Ici : "));
        assertTrue(displays.hanger("h-007").endsWith("[on]"), displays.hanger("h-007"));
    }

    @Test
    void aSizeSoldOutDisappearsFromEveryHangerOfThatGarmentAndNothingIsResentWhenNothingChanged() {
        await().atMost(Duration.ofSeconds(10)).until(() -> displays.hanger("h-003").startsWith("Ici : 36 38 40 42 | "));
        long before = displays.count("h-003");
        StockLedger ledger = server.context().getBean(StockLedger.class);
        ledger.count("demo", "p-trench-navy/38", 0, "count", "test", null);
        await().atMost(Duration.ofSeconds(5)).until(() -> displays.hanger("h-003").startsWith("Ici : 36 40 42 | "));
        assertTrue(displays.hanger("h-001").startsWith("Ici : 36 40 42 | "), "every hanger of the trench: " + displays.hanger("h-001"));
        long after = displays.count("h-003");
        assertEquals(before + 1, after);

        // the same count again changes no text: no message at all
        ledger.count("demo", "p-trench-navy/38", 0, "count", "test", null);
        ledger.count("demo", "p-trench-navy/40", 1, "count", "test", null);
        await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(2)).until(() -> displays.count("h-003") == after);
        ledger.count("demo", "p-trench-navy/38", 1, "count", "test", null);
        await().atMost(Duration.ofSeconds(5)).until(() -> displays.hanger("h-003").startsWith("Ici : 36 38 40 42 | "));
    }

    @Test
    void theCommunitysWordsAreCountedCriticalOnesIncludedAsSoonAsTheyAreSaid() {
        CommunityVoice voice = server.context().getBean(CommunityVoice.class);
        voice.say("c-hugo", "p-dress-emerald", "comment", "critical", "Runs small at the waist.", false);
        await().atMost(Duration.ofSeconds(5)).until(() -> displays.hanger("h-021").contains("critique"));
        String said = displays.hanger("h-021");
        Matcher critical = Pattern.compile("dont (\\d+) critique").matcher(said);
        assertTrue(critical.find() && Integer.parseInt(critical.group(1)) >= 1, said);
    }

    @Test
    void aRebootedHangerGetsItsDisplayAgainEvenUnchanged() throws Exception {
        await().atMost(Duration.ofSeconds(10)).until(() -> !displays.hanger("h-012").isEmpty());
        long before = displays.count("h-012");
        gateway.send(new UplinkEvent.DeviceHealth("h-012", "hanger", "rebooted", 0));
        await().atMost(Duration.ofSeconds(5)).until(() -> displays.count("h-012") == before + 1);
    }

    static long momentId(ServerFixture.SseRecorder feed, String kind) {
        return feed.data.stream().filter(d -> d.contains("\"kind\":\"" + kind + "\"")).map(d -> {
            Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(d);
            return m.find() ? Long.parseLong(m.group(1)) : -1L;
        }).filter(id -> id > 0).reduce((a, b) -> b).orElseThrow();
    }
}
