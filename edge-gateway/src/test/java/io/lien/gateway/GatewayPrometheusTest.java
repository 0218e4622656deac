package io.lien.gateway;

import io.lien.protocol.RejectReason;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GatewayPrometheusTest {

    @Test
    void theGatewaysCountersReadInPrometheusTextWithStoreAndGateway() {
        GatewayMetrics metrics = new GatewayMetrics();
        metrics.rejected("h-001", RejectReason.SPOOFED);
        metrics.rejected("h-002", RejectReason.SPOOFED);
        metrics.pathLossExponent(2.4);
        String scrape = new GatewayPrometheus(metrics, "paris-1", "gw-1").scrape();
        assertTrue(scrape.contains("lien_gateway_rejected_total{gateway=\"gw-1\",reason=\"spoofed\",store=\"paris-1\"} 2.0"), scrape);
        assertTrue(scrape.contains("lien_gateway_uplink_connected{gateway=\"gw-1\",store=\"paris-1\"} 0.0"), scrape);
        assertTrue(scrape.contains("# HELP lien_gateway_journal_depth"), scrape);
        assertTrue(scrape.contains("lien_gateway_presence_path_loss_exponent{gateway=\"gw-1\",store=\"paris-1\"} 2.4"), scrape);
    }

    @Test
    void theDashboardAndAlertsNameOnlyMetricsTheGatewayExports() throws Exception {
        String scrape = new GatewayPrometheus(new GatewayMetrics(), "s", "g").scrape();
        Path docs = Path.of("..", "docs", "monitoring");
        String queried = Files.readString(docs.resolve("grafana-lien.json")) + Files.readString(docs.resolve("lien-alerts.yml"));
        Matcher names = Pattern.compile("\\b(lien_gateway_[a-z_]+)").matcher(queried);
        Set<String> missing = new TreeSet<>();
        int checked = 0;
        while (names.find()) {
            checked++;
            if (!scrape.contains(names.group(1))) {
                missing.add(names.group(1));
            }
        }
        assertTrue(checked >= 4);
        assertEquals(Set.of(), missing);
    }
}
