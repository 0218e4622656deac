package io.lien.gateway;

import io.lien.protocol.RejectReason;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The gateway's counters as Micrometer meters, for Prometheus ({@code GET /prometheus} on the health port):
 * messages received, accepted, duplicated, forwarded; refusals by reason; the journal's depth and size; the
 * uplink's state; the floor's path-loss exponent as learnt. Each with the store and gateway as tags, so one Prometheus watches every store.
 */
final class GatewayPrometheus {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    GatewayPrometheus(GatewayMetrics metrics, String storeId, String gatewayId) {
        Tags tags = Tags.of("store", storeId, "gateway", gatewayId);
        counter("lien.gateway.received", "device messages received", metrics, GatewayMetrics::receivedCount, tags);
        counter("lien.gateway.accepted", "device messages accepted (journalled)", metrics, GatewayMetrics::acceptedCount, tags);
        counter("lien.gateway.duplicates", "device messages dropped as duplicates", metrics, GatewayMetrics::duplicateCount, tags);
        counter("lien.gateway.forwarded", "events acknowledged by the central broker", metrics, GatewayMetrics::forwardedCount, tags);
        counter("lien.gateway.uplink.messages", "uplink messages (batches) sent", metrics, GatewayMetrics::uplinkMessageCount, tags);
        counter("lien.gateway.uplink.unheard", "uplink messages no server was subscribed to", metrics,
                GatewayMetrics::uplinkUnheardCount, tags);
        counter("lien.gateway.lan.lost", "device messages lost on the LAN (gaps in seq)", metrics, GatewayMetrics::lanLostCount, tags);
        counter("lien.gateway.journal.dropped", "events refused by a full journal", metrics, GatewayMetrics::journalDroppedFullCount, tags);
        for (RejectReason reason : RejectReason.values()) {
            counter("lien.gateway.rejected", "device messages refused, by reason", metrics, m -> m.rejectedCount(reason),
                    tags.and("reason", reason.code()));
        }
        gauge("lien.gateway.journal.depth", "events journalled, not yet acknowledged upstream", metrics, m -> number(m, "journalPending"), tags);
        gauge("lien.gateway.journal.bytes", "the journal's size on disk", metrics, m -> number(m, "journalBytes"), tags);
        gauge("lien.gateway.uplink.connected", "1 while the central broker is connected", metrics, m -> m.uplinkConnected() ? 1 : 0, tags);
        gauge("lien.gateway.presence.path.loss.exponent", "how fast signal fades on this floor, as shoppers' readings show it",
                metrics, GatewayMetrics::pathLossExponent, tags);
    }

    private void counter(String name, String help, GatewayMetrics metrics, ToDoubleFunction<GatewayMetrics> value, Tags tags) {
        FunctionCounter.builder(name, metrics, value).description(help).tags(tags).register(registry);
    }

    private void gauge(String name, String help, GatewayMetrics metrics, ToDoubleFunction<GatewayMetrics> value, Tags tags) {
        Gauge.builder(name, metrics, value).description(help).tags(tags).register(registry);
    }

    private static double number(GatewayMetrics m, String key) {
        Map<String, Object> snapshot = m.snapshot();
        return snapshot.get(key) instanceof Number n ? n.doubleValue() : 0;
    }

    /** The Prometheus text exposition of every meter. */
    String scrape() {
        return registry.scrape();
    }
}
