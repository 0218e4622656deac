package io.lien.server.operations;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.lien.protocol.uplink.UplinkEnvelope;
import io.lien.protocol.uplink.UplinkEvent;
import io.lien.server.GatewayFixture;
import io.lien.server.ServerFixture;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What an operator watches: the server's metrics in Prometheus's format (answered to a scraper on the same
 * machine when no scrape token is set) counting what Lien does — events stored, batches and their commit time,
 * moments by kind, tablets on the live feed, refusals at the broker and at sign-in — and a request id on the
 * answer and on every log line the request wrote, even from another thread.
 */
class ObservabilityIT {

    private static ServerFixture server;

    @BeforeAll
    static void start() {
        server = ServerFixture.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static double value(String scrape, String series) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " ([0-9.eE+-]+)$").matcher(scrape);
        return m.find() ? Double.parseDouble(m.group(1)) : -1;
    }

    @Test
    void theMetricsCountWhatLienDoes() throws Exception {
        try (GatewayFixture gateway = GatewayFixture.connect(server, "gw-metrics");
             ServerFixture.SseRecorder feed = server.sse("/api/stores/demo/moments/stream", server.token("lea", "lien-demo"), null)) {
            UplinkEnvelope like = gateway.send(new UplinkEvent.HangerButtonPressed("h-003", "like"));
            gateway.publish(like.topic(), "{not json");
            await().atMost(Duration.ofSeconds(10)).until(() -> feed.data.size() >= 1);
            try {
                new MqttClient(server.brokerUri(), "stranger", new MemoryPersistence()).connect();
            } catch (Exception refused) {
                // counted below
            }
            server.post("/login", null, "{\"username\":\"lea\",\"password\":\"wrong\"}");

            String scrape = server.getAlone("/prometheus").body();
            assertTrue(value(scrape, "lien_ingest_events_total{outcome=\"stored\"}") >= 1, scrape);
            assertTrue(value(scrape, "lien_ingest_dead_letters_total{reason=\"malformed-json\"}") >= 1, scrape);
            assertTrue(value(scrape, "lien_ingest_batch_size_count") >= 1, scrape);
            assertTrue(value(scrape, "lien_ingest_commit_seconds_count") >= 1, scrape);
            assertTrue(scrape.contains("lien_moments_total{kind="), scrape);
            assertEquals(1.0, value(scrape, "lien_sse_clients"), "one tablet on the feed");
            assertTrue(value(scrape, "lien_mqtt_refused_total{reason=\"anonymous\"}") >= 1, scrape);
            assertTrue(value(scrape, "lien_sign_in_refused_total{reason=\"wrong-password\"}") >= 1, scrape);
            assertTrue(scrape.contains("http_server_requests_seconds_count"), "every route's rate and time");
            theDashboardAndAlertsNameOnlyMetricsThatExist(scrape);
        }
    }

    /** docs/monitoring: every server metric the Grafana dashboard and the alerts query is one the server exports. */
    private static void theDashboardAndAlertsNameOnlyMetricsThatExist(String scrape) throws java.io.IOException {
        java.nio.file.Path docs = java.nio.file.Path.of("..", "docs", "monitoring");
        String queried = java.nio.file.Files.readString(docs.resolve("grafana-lien.json"))
                + java.nio.file.Files.readString(docs.resolve("lien-alerts.yml"));
        Matcher names = Pattern.compile("\\b((?:lien|http_server|jvm)_[a-z_]+)").matcher(queried);
        java.util.Set<String> missing = new java.util.TreeSet<>();
        int checked = 0;
        while (names.find()) {
            if (!names.group(1).startsWith("lien_gateway_")) { // the gateway's own: GatewayPrometheusTest
                checked++;
                if (!scrape.contains(names.group(1))) {
                    missing.add(names.group(1));
                }
            }
        }
        assertTrue(checked >= 10, "the dashboard queries the server's metrics");
        assertEquals(java.util.Set.of(), missing, "queried but not exported");
    }

    @Test
    void eachRequestHasAnIdOnItsAnswerAndOnItsLogLines() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> given = http.send(HttpRequest.newBuilder(server.http("/health")).header("X-Request-Id", "proxy-42").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals("proxy-42", given.headers().firstValue("X-Request-Id").orElse(null));
        String made = server.getAlone("/health").headers().firstValue("X-Request-Id").orElse("");
        assertTrue(made.matches("[0-9a-f]{16}"), made);
        HttpResponse<String> hostile = http.send(HttpRequest.newBuilder(server.http("/health"))
                .header("X-Request-Id", "x".repeat(500)).build(), HttpResponse.BodyHandlers.ofString());
        assertNotEquals("x".repeat(500), hostile.headers().firstValue("X-Request-Id").orElse(null), "a made-up id is replaced");

        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(lines);
        try {
            // six wrong passwords: the sixth locks the name, and the lock is logged — on the blocking executor's thread
            for (int i = 0; i < 6; i++) {
                http.send(HttpRequest.newBuilder(server.http("/login")).header("Content-Type", "application/json")
                        .header("X-Request-Id", "guess-" + i)
                        .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"id-test\",\"password\":\"x\"}")).build(),
                        HttpResponse.BodyHandlers.ofString());
            }
            await().atMost(Duration.ofSeconds(5)).until(() -> lines.list.stream().anyMatch(e -> e.getFormattedMessage().startsWith("Sign-in locked")));
            ILoggingEvent lock = lines.list.stream().filter(e -> e.getFormattedMessage().startsWith("Sign-in locked")).findFirst().orElseThrow();
            assertEquals("guess-5", lock.getMDCPropertyMap().get("requestId"), "the request's id on its log line");
            assertTrue(!lock.getThreadName().contains("event-loop"), "written off the event loop: " + lock.getThreadName());
        } finally {
            root.detachAppender(lines);
        }
    }
}
