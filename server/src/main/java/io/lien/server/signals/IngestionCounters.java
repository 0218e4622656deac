package io.lien.server.signals;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What ingestion has done since start, for operators and tests — and as metrics ({@code lien.ingest.events} by
 * outcome, {@code lien.ingest.dead-letters} by reason, {@code lien.moments} by kind).
 */
@Singleton
public class IngestionCounters {

    @Serdeable
    public record Snapshot(long stored, long duplicates, long deadLettered, Map<String, Long> deadLetteredByReason,
                           long moments) {
    }

    private final LongAdder stored = new LongAdder();
    private final LongAdder duplicates = new LongAdder();
    private final LongAdder moments = new LongAdder();
    private final Map<String, LongAdder> deadLettered = new ConcurrentHashMap<>();
    private final MeterRegistry meters;

    IngestionCounters(MeterRegistry meters) {
        this.meters = meters;
    }

    void count(IngestOutcome outcome) {
        if (outcome instanceof IngestOutcome.Stored s) {
            stored.increment();
            moments.add(s.moments().size());
            meters.counter("lien.ingest.events", "outcome", "stored").increment();
            s.moments().forEach(m -> meters.counter("lien.moments", "kind", m.kind().name().toLowerCase(java.util.Locale.ROOT)).increment());
        } else if (outcome instanceof IngestOutcome.Duplicate) {
            duplicates.increment();
            meters.counter("lien.ingest.events", "outcome", "duplicate").increment();
        } else if (outcome instanceof IngestOutcome.DeadLettered d) {
            deadLettered.computeIfAbsent(d.reason(), r -> new LongAdder()).increment();
            meters.counter("lien.ingest.events", "outcome", "dead-lettered").increment();
            meters.counter("lien.ingest.dead-letters", "reason", d.reason()).increment();
        }
    }

    /** One batch of uplink messages stored: how many messages, and how long the write and its commit took. */
    void batch(int messages, long nanos) {
        meters.summary("lien.ingest.batch.size").record(messages);
        meters.timer("lien.ingest.commit").record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
    }

    public Snapshot snapshot() {
        Map<String, Long> byReason = new TreeMap<>();
        deadLettered.forEach((r, n) -> byReason.put(r, n.sum()));
        return new Snapshot(stored.sum(), duplicates.sum(), byReason.values().stream().mapToLong(Long::longValue).sum(),
                byReason, moments.sum());
    }
}
