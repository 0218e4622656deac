package io.lien.server.clients;

import io.lien.protocol.uplink.UplinkEvent;
import io.lien.server.GatewayFixture;
import io.lien.server.ServerFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "I'd like advice" said at a fixture: the demo's smart mirror stands in the fitting rooms; Sophie
 * (presence consent, "just browsing" in her app) calls an advisor there.
 */
class AdviceFromFixtureIT {

    static final String SOPHIE = "sophie.martin@example.org";

    private ServerFixture server;

    @BeforeEach
    void start() {
        server = ServerFixture.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String approachability(String shopperToken) {
        return server.get("/api/shopper/me", shopperToken).body();
    }

    @Test
    void aRecognisedShopperWhoCallsAnAdvisorAtTheMirrorSaysSheWouldLikeAdviceAndCanTakeItBack() throws Exception {
        String lea = server.token("lea", "lien-demo");
        String sophie = server.token(SOPHIE, "lien-demo");
        assertTrue(approachability(sophie).contains("\"approachability\":\"just-browsing\""), approachability(sophie));
        try (GatewayFixture gateway = GatewayFixture.connect(server, "gw-mirror");
             ServerFixture.SseRecorder feed = server.sse("/api/stores/demo/moments/stream", lea, null)) {
            gateway.send(new UplinkEvent.ShopperPresence("inst-sophie", "fitting-2", "enter", 0));
            gateway.send(new UplinkEvent.FixtureTapped("mirror-1", "call-advisor", null, null));
            await().atMost(Duration.ofSeconds(10)).until(() -> feed.any(
                    "An advisor is asked for at the mirror — the fitting rooms (Sophie) · would like advice"));
        }
        assertTrue(approachability(sophie).contains("\"approachability\":\"advice-welcome\""), approachability(sophie));
        assertTrue(server.get("/api/stores/demo/live", lea).body().contains("\"approachability\":\"advice-welcome\""));
        String log = server.get("/api/shopper/access-log", sophie).body();
        assertTrue(log.contains("\"who\":\"mirror-1\",\"role\":\"DEVICE\",\"action\":\"CHANGE\",\"reason\":\"approachability set to "
                + "advice-welcome (was just-browsing): the client called an advisor at mirror-1\""), log);

        assertEquals(200, server.put("/api/shopper/approachability", sophie, "{\"approachability\":\"just-browsing\"}").statusCode());
        server = server.restart();
        // the live state is rebuilt by replaying the call: a replay must not say it again for her
        assertTrue(approachability(server.token(SOPHIE, "lien-demo")).contains("\"approachability\":\"just-browsing\""));
    }

    @Test
    void aCallFromTheMirrorWithTwoShoppersInTheFittingRoomsIsNobodysWord() throws Exception {
        String lea = server.token("lea", "lien-demo");
        String sophie = server.token(SOPHIE, "lien-demo");
        try (GatewayFixture gateway = GatewayFixture.connect(server, "gw-mirror");
             ServerFixture.SseRecorder feed = server.sse("/api/stores/demo/moments/stream", lea, null)) {
            gateway.send(new UplinkEvent.ShopperPresence("inst-sophie", "fitting-1", "enter", 0));
            gateway.send(new UplinkEvent.ShopperPresence("inst-camille", "fitting-2", "enter", 0));
            gateway.send(new UplinkEvent.FixtureTapped("mirror-1", "call-advisor", null, null));
            await().atMost(Duration.ofSeconds(10)).until(() -> feed.any("An advisor is asked for at the mirror — the fitting rooms"));
            assertTrue(feed.data.stream().filter(d -> d.contains("asked for at the mirror")).noneMatch(d -> d.contains("Sophie")),
                    String.join("\n", feed.data));
        }
        assertTrue(approachability(sophie).contains("\"approachability\":\"just-browsing\""), approachability(sophie));
        assertTrue(!server.get("/api/shopper/access-log", sophie).body().contains("mirror-1"));
    }
}
