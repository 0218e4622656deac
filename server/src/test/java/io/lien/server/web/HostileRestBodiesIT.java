package io.lien.server.web;

import io.lien.protocol.uplink.UplinkEvent;
import io.lien.server.GatewayFixture;
import io.lien.server.ServerFixture;
import io.lien.server.signals.IngestionCounters;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every REST operation that takes a body (read from the OpenAPI document the build writes), sent hostile
 * bodies (HostileInputs: wrong types, huge and strange strings, deep nesting, cut-short JSON, bytes that are
 * not UTF-8, bodies too large) under every kind of caller: never a 5xx, every refusal a problem with its reason;
 * and hostile uplink messages through the embedded broker: every one dead-lettered with a reason, counted, the
 * flow going on. {@code jqwik.tries.default} sets how many (1,500 in {@code ./mvnw verify}; the long form in
 * docs/benchmarks.md). A failing input is printed, shrunk.
 */
class HostileRestBodiesIT {

    private static final Map<String, String> TOKENS = new LinkedHashMap<>();
    private static final AtomicLong TRIED = new AtomicLong();
    private static final AtomicLong REFUSED = new AtomicLong();
    private static ServerFixture server;
    private static List<String[]> operations;

    @BeforeContainer
    static void start() {
        server = ServerFixture.start(Map.of("lien.sign-in.free-failures", 100, "lien.sign-in.address-free-failures", 10_000));
        TOKENS.put("anonymous", null);
        TOKENS.put("shopper", server.token("camille.laurent@example.org", "lien-demo"));
        TOKENS.put("advisor", server.token("lea", "lien-demo"));
        TOKENS.put("manager", server.token("marc", "lien-demo"));
        TOKENS.put("admin", server.token("ines", "lien-demo"));
        operations = bodyOperations();
    }

    @AfterContainer
    static void stop() throws Exception {
        if (uplink != null) {
            uplink.close();
        }
        System.out.printf("hostile REST bodies: %,d tried over %d operations, %,d refused with a problem, 0 server errors%n",
                TRIED.get(), operations.size(), REFUSED.get());
        server.close();
    }

    /** Every POST, PUT and PATCH of the API, with its path variables filled (the demo store, its ids). */
    private static List<String[]> bodyOperations() {
        List<String[]> ops = OpenApiOperations.of(server).stream()
                .filter(o -> o.template().startsWith("/api/") && List.of("POST", "PUT", "PATCH").contains(o.method()))
                .map(o -> new String[]{o.method(), fill(o.template())}).toList();
        assertTrue(ops.size() >= 30, "operations with a body: " + ops.size());
        return ops;
    }

    private static String fill(String template) {
        return template.replace("{storeId}", "demo").replace("{clientId}", "c-camille").replace("{productId}", "p-trench")
                .replace("{deviceId}", "h-001").replace("{fixtureId}", "mirror-1").replace("{zoneId}", "coats")
                .replace("{gatewayId}", "gw-fuzz").replace("{username}", "lea").replaceAll("\\{[^}]+}", "fuzz-1");
    }

    @Provide
    Arbitrary<String[]> calls() {
        Arbitrary<Integer> op = Arbitraries.integers().between(0, operations.size() - 1);
        Arbitrary<String> role = Arbitraries.of(new ArrayList<>(TOKENS.keySet()));
        Arbitrary<String> body = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(9, io.lien.protocol.HostileInputs.text()),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(6_300_000, 7_000_000).map("x"::repeat)));
        return Combinators.combine(op, role, body).as((o, r, b) -> new String[]{operations.get(o)[0], operations.get(o)[1], r, b});
    }

    @Property
    void aHostileBodyIsRefusedWithAReasonNeverAServerError(@ForAll("calls") String[] call) {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.http(call[1])).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json");
        String token = TOKENS.get(call[2]);
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> r = server.send(b.method(call[0], HttpRequest.BodyPublishers.ofString(call[3], StandardCharsets.UTF_8)).build());
        TRIED.incrementAndGet();
        String what = call[0] + " " + call[1] + " as " + call[2] + " → " + r.statusCode() + " " + cut(r.body());
        assertTrue(r.statusCode() < 500, what);
        if (r.statusCode() >= 400) {
            REFUSED.incrementAndGet();
            String type = r.headers().firstValue("Content-Type").orElse("");
            // 401 from the security filter has no body; every other refusal is a problem that says why
            assertTrue(r.statusCode() == 401 || type.startsWith("application/problem+json") && r.body().contains("\"detail\""), what);
        }
    }

    @Provide
    Arbitrary<byte[]> uplinkPayloads() {
        return io.lien.protocol.HostileInputs.bytes().filter(b -> b.length <= 1 << 20);
    }

    @Property(tries = 300)
    void aHostileUplinkMessageIsDeadLetteredAndCounted(@ForAll("uplinkPayloads") byte[] payload) throws Exception {
        IngestionCounters counters = server.context().getBean(IngestionCounters.class);
        if (uplink == null) {
            uplink = GatewayFixture.connect(server, "gw-fuzz-uplink");
        }
        long before = counters.snapshot().deadLettered();
        uplink.publish(io.lien.protocol.uplink.UplinkTopics.events("demo", "gw-fuzz-uplink"), payload);
        await().atMost(Duration.ofSeconds(10)).until(() -> counters.snapshot().deadLettered() > before);
        TRIED.incrementAndGet();
        REFUSED.incrementAndGet();
    }

    /** One gateway connection for all the uplink tries. */
    private static GatewayFixture uplink;

    @Property(tries = 1)
    void afterAllThatTheFlowGoesOn() throws Exception {
        try (GatewayFixture gateway = GatewayFixture.connect(server, "gw-fuzz-after")) {
            var like = gateway.send(new UplinkEvent.HangerButtonPressed("h-003", "like"));
            var signals = server.context().getBean(io.lien.server.signals.SignalRepository.class);
            await().atMost(Duration.ofSeconds(10)).until(() -> signals.existsByGatewayIdAndSeq("gw-fuzz-after", like.seq()));
        }
        assertEquals(200, server.getAlone("/health").statusCode());
    }

    private static String cut(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
