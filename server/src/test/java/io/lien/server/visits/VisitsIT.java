package io.lien.server.visits;

import io.lien.server.live.VisitSweeper;
import io.lien.protocol.uplink.UplinkEnvelope;
import io.lien.protocol.uplink.UplinkEvent;
import io.lien.server.ServerFixture;
import io.lien.server.signals.SignalRepository;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Visits and the funnel, from signals over the embedded broker to the HTTP reports. */
class VisitsIT {

    private static final String WEBSHOP_SECRET = "webshop-secret-for-visits";

    private static final long ABSENCE = Duration.ofMinutes(10).toMillis();
    private static ServerFixture server;
    private static MqttClient gateway;
    private static long seq = 1;

    @BeforeAll
    static void start() throws MqttException {
        server = ServerFixture.start(java.util.Map.of("lien.order-intake.sources", "webshop:web:" + WEBSHOP_SECRET));
        gateway = connect();
    }

    @AfterAll
    static void stop() throws MqttException {
        gateway.disconnect();
        gateway.close();
        server.close();
    }

    private static MqttClient connect() throws MqttException {
        MqttClient client = server.gatewayClient("demo", "gw-visits-it");
        return client;
    }

    /** Sends events as the gateway would and waits until all are stored. */
    private static void send(long ts, UplinkEvent... events) throws MqttException {
        for (UplinkEvent e : events) {
            UplinkEnvelope envelope = UplinkEnvelope.of("demo", "gw-visits-it", seq++, ts, e);
            gateway.publish(envelope.topic(), envelope.toBytes(), 1, false);
        }
        long expected = seq - 1;
        await().atMost(Duration.ofSeconds(10)).until(() ->
                server.context().getBean(SignalRepository.class).countByStoreId("demo") >= expected);
    }

    private static String days(long ts) {
        LocalDate day = Instant.ofEpochMilli(ts).atZone(ZoneId.of("Europe/Paris")).toLocalDate();
        return "?from=" + day.minusDays(1) + "&to=" + day.plusDays(1);
    }

    private static <T> T read(HttpResponse<String> response, Argument<T> type) throws IOException {
        assertEquals(200, response.statusCode(), response.body());
        return server.context().getBean(JsonMapper.class).readValue(response.body(), type);
    }

    private static List<VisitReport.Summary> visits(String token, long ts) throws IOException {
        return read(server.get("/api/stores/demo/visits" + days(ts), token), Argument.listOf(VisitReport.Summary.class));
    }

    @Test
    void aConsentingClientsVisitShowsHerZonesAndTheTrenchSheTriedAndBoughtOnline() throws Exception {
        long t0 = System.currentTimeMillis() - 3_600_000;
        send(t0, new UplinkEvent.ShopperPresence("inst-camille", "coats", "enter", 0));
        send(t0 + 1_000, new UplinkEvent.HangerLifted("h-003", 80));
        send(t0 + 60_000, new UplinkEvent.ShopperPresence("inst-camille", "fitting-1", "move", 60_000));
        send(t0 + 61_000, new UplinkEvent.HangerZoneChanged("h-003", "r-fit-1", "fitting-1", "enter"));
        send(t0 + 120_000, new UplinkEvent.ShopperPresence("inst-camille", "fitting-1", "leave", 59_000));
        // bought online the next day, through the order intake as the web shop posts it
        String order = "{\"orderId\":\"W-38\",\"clientId\":\"c-camille\",\"placedAt\":\"" + java.time.Instant.ofEpochMilli(t0 + 82_800_000)
                + "\",\"lines\":[{\"productId\":\"p-trench-navy\",\"size\":\"38\",\"quantity\":1,\"amountCents\":42000,"
                + "\"title\":\"the navy trench coat (38)\"}]}";
        byte[] body = order.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(201, server.send(java.net.http.HttpRequest.newBuilder(server.http("/api/orders"))
                .header("Content-Type", "application/json").header("X-Lien-Source", "webshop")
                .header("X-Lien-Signature", "sha256=" + java.util.HexFormat.of().formatHex(io.lien.server.security.Digests.hmacSha256(
                        WEBSHOP_SECRET.getBytes(java.nio.charset.StandardCharsets.UTF_8), body)))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body)).build()).statusCode());
        server.context().getBean(VisitSweeper.class).endVisitsAwaySince(t0 + 120_000 + ABSENCE + 1);

        String lea = server.token("lea", "lien-demo");
        VisitReport.Summary summary = visits(lea, t0).stream().filter(v -> "c-camille".equals(v.clientId())).findFirst().orElseThrow();
        assertEquals("Camille Laurent", summary.clientName());
        assertEquals(t0 + 120_000, summary.endedAt());
        assertEquals(new VisitReport.Stages(1, 1, 1, 1), summary.stages());

        VisitReport.Detail visit = read(server.get("/api/visits/" + summary.id(), lea), Argument.of(VisitReport.Detail.class));
        assertEquals(List.of("coats", "fitting-1"), visit.zones().stream().map(VisitReport.ZoneStay::zoneId).toList());
        assertEquals(List.of(60_000L, 60_000L), visit.zones().stream().map(VisitReport.ZoneStay::dwellMs).toList());
        VisitReport.ProductStages trench = visit.products().get(0);
        assertEquals("p-trench-navy", trench.productId());
        assertTrue(trench.carried() && trench.tried() && trench.bought(), trench.toString());
        assertEquals("rack-and-fitting-room", trench.attribution());
        assertEquals(0.95, trench.confidence());
        // her daughter's birthday is 9 days away in the demo; two minutes, two zones; her first visit
        assertEquals(List.of("gift-hunt", "quick-mission", "discovery"), visit.typologies().stream().map(VisitReport.Typology::code).toList());
        assertEquals("2 min, 2 zones, 1 garment in hand", visit.typologies().get(1).evidence());
        VisitReport.Detail enFrancais = read(server.get("/api/visits/" + summary.id() + "?lang=fr", lea), Argument.of(VisitReport.Detail.class));
        assertEquals("2 min, 2 zones, 1 vêtement pris en main", enFrancais.typologies().get(1).evidence(), "in the reader's language");
        assertEquals("le trench bleu marine", enFrancais.products().get(0).name());
        String card = server.get("/api/clients/c-camille", lea).body();
        assertTrue(card.contains("\"channel\":\"STORE\",\"kind\":\"VISIT\",\"summary\":\"Visit to Lien Démo — Le Marais: ") && card.contains("; tried the navy trench coat (38)"),
                "the visit is on her timeline: " + card);

        VisitReport.Funnel funnel = read(server.get("/api/stores/demo/funnel" + days(t0), server.token("marc", "lien-demo")),
                Argument.of(VisitReport.Funnel.class));
        VisitReport.ProductRow row = funnel.products().stream().filter(p -> p.productId().equals("p-trench-navy")).findFirst().orElseThrow();
        assertTrue(row.touched() >= 1 && row.carried() >= 1 && row.tried() >= 1 && row.bought() >= 1, row.toString());
        assertEquals("the navy trench coat", row.name());
    }

    @Test
    void aShopperWithoutConsentMakesAnAnonymousVisitAndAGarmentInACrowdStaysAnonymous() throws Exception {
        long t0 = System.currentTimeMillis() - 7_200_000;
        send(t0, new UplinkEvent.ShopperPresence("inst-hugo", "knitwear", "enter", 0),
                new UplinkEvent.ShopperPresence("inst-anon-2", "knitwear", "enter", 0));
        send(t0 + 1_000, new UplinkEvent.HangerLifted("h-018", 80));
        send(t0 + 2_000, new UplinkEvent.HangerPutBack("h-018", 1_000));
        String body = server.get("/api/stores/demo/visits" + days(t0), server.token("lea", "lien-demo")).body();
        assertFalse(body.contains("hugo") || body.contains("Hugo") || body.contains("inst-"), body);
        List<VisitReport.Summary> anonymous = visits(server.token("lea", "lien-demo"), t0).stream()
                .filter(v -> v.startedAt() == t0).toList();
        assertEquals(2, anonymous.size());
        anonymous.forEach(v -> {
            assertNull(v.clientId());
            assertEquals(0, v.stages().touched(), "two shoppers at the rack: the lift is nobody's");
        });
        Handling lift = server.context().getBean(HandlingRepository.class).findAll().stream()
                .filter(h -> h.hangerId().equals("h-018") && h.startedAt() == t0 + 1_000).findFirst().orElseThrow();
        assertEquals("none", lift.attribution());
        assertNull(lift.visitId());
        assertEquals(t0 + 2_000, lift.endedAt());
    }

    @Test
    void aLiftJustAfterAMoveTheGatewayWasUnsureOfIsNobodysAndOneAfterTheMoveHeldIsTheShoppers() throws Exception {
        long t0 = System.currentTimeMillis() - 5_400_000;
        send(t0, new UplinkEvent.ShopperPresence("inst-anon-unsure", "dresses", "enter", 0, 0.97));
        send(t0 + 20_000, new UplinkEvent.ShopperPresence("inst-anon-unsure", "coats", "move", 20_000, 0.55));
        send(t0 + 21_000, new UplinkEvent.HangerLifted("h-004", 80));
        send(t0 + 26_000, new UplinkEvent.HangerLifted("h-007", 80));
        send(t0 + 40_000, new UplinkEvent.HangerPutBack("h-004", 19_000), new UplinkEvent.HangerPutBack("h-007", 14_000),
                new UplinkEvent.ShopperPresence("inst-anon-unsure", "coats", "leave", 20_000));
        List<Handling> lifts = server.context().getBean(HandlingRepository.class).findAll().stream()
                .filter(h -> h.startedAt() == t0 + 21_000 || h.startedAt() == t0 + 26_000).toList();
        Handling guessed = lifts.stream().filter(h -> h.hangerId().equals("h-004")).findFirst().orElseThrow();
        Handling settled = lifts.stream().filter(h -> h.hangerId().equals("h-007")).findFirst().orElseThrow();
        assertEquals("none", guessed.attribution(), "a second after a move the gateway gave 0.55");
        assertNull(guessed.visitId());
        assertEquals("alone-at-rack", settled.attribution(), "the move has held 6 s");
        assertNotNull(settled.visitId());
    }

    @Test
    void aMoveTheGatewayDatedBackIsStoredAtTheMomentItHappenedNotWhenItWasSent() throws Exception {
        long t0 = System.currentTimeMillis() - 9_000_000;
        send(t0, new UplinkEvent.ShopperPresence("inst-anon-dated", "dresses", "enter", 0, 0.9));
        // the readings showed the move 2.5 s late: sent at 30 s, dated 27.5 s
        send(t0 + 30_000, new UplinkEvent.ShopperPresence("inst-anon-dated", "coats", "move", 27_500, 0.7, 2_500));
        send(t0 + 50_000, new UplinkEvent.ShopperPresence("inst-anon-dated", "coats", "leave", 22_500));
        VisitReport.Summary visit = visits(server.token("lea", "lien-demo"), t0).stream()
                .filter(v -> v.startedAt() == t0).findFirst().orElseThrow();
        VisitReport.Detail detail = read(server.get("/api/visits/" + visit.id(), server.token("lea", "lien-demo")),
                Argument.of(VisitReport.Detail.class));
        assertEquals(List.of("dresses", "coats"), detail.zones().stream().map(VisitReport.ZoneStay::zoneId).toList());
        assertEquals(List.of(27_500L, 22_500L), detail.zones().stream().map(VisitReport.ZoneStay::dwellMs).toList());
    }

    @Test
    void aShopperBackWithinTheAbsenceAfterARestartGoesOnWithTheSameVisit() throws Exception {
        long t0 = System.currentTimeMillis() - 600_000;
        send(t0, new UplinkEvent.ShopperPresence("inst-sophie", "dresses", "enter", 0));
        send(t0 + 30_000, new UplinkEvent.ShopperPresence("inst-sophie", "dresses", "leave", 30_000));
        gateway.disconnect();
        server = server.restart();
        gateway = connect();
        send(t0 + 60_000, new UplinkEvent.ShopperPresence("inst-sophie", "accessories", "enter", 0));
        List<VisitReport.Summary> hers = visits(server.token("lea", "lien-demo"), t0).stream()
                .filter(v -> "c-sophie".equals(v.clientId()) && v.startedAt() >= t0).toList();
        assertEquals(1, hers.size(), hers.toString());
        assertEquals(2, hers.get(0).zones());
    }

    @Test
    void theFunnelIsForManagersAndBadDatesAreRefusedWithAReason() throws IOException {
        String lea = server.token("lea", "lien-demo");
        String marc = server.token("marc", "lien-demo");
        assertEquals(403, server.get("/api/stores/demo/funnel", lea).statusCode());
        HttpResponse<String> bad = server.get("/api/stores/demo/funnel?from=yesterday", marc);
        assertEquals(400, bad.statusCode());
        assertTrue(bad.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(bad.body().contains("must be a date like 2026-11-22"), bad.body());
        assertEquals(400, server.get("/api/stores/demo/visits?from=2026-11-22&to=2026-11-01", lea).statusCode());
        assertEquals(400, server.get("/api/stores/demo/visits?from=2020-01-01&to=2026-01-01", lea).statusCode());
        assertEquals(400, server.get("/api/stores/demo/visits?from=%3Cscript%3E", lea).statusCode());
        assertEquals(403, server.get("/api/stores/lyon/visits", lea).statusCode());
        assertEquals(404, server.get("/api/visits/999999999", lea).statusCode());
        assertEquals(401, server.get("/api/stores/demo/visits", null).statusCode());
    }
}
