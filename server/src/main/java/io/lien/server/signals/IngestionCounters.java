package io.lien.server.signals;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** What ingestion has done since start, for operators and tests. */
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

    void count(IngestOutcome outcome) {
        if (outcome instanceof IngestOutcome.Stored s) {
            stored.increment();
            moments.add(s.moments().size());
        } else if (outcome instanceof IngestOutcome.Duplicate) {
            duplicates.increment();
        } else if (outcome instanceof IngestOutcome.DeadLettered d) {
            deadLettered.computeIfAbsent(d.reason(), r -> new LongAdder()).increment();
        }
    }

    public Snapshot snapshot() {
        Map<String, Long> byReason = new TreeMap<>();
        deadLettered.forEach((r, n) -> byReason.put(r, n.sum()));
        return new Snapshot(stored.sum(), duplicates.sum(), byReason.values().stream().mapToLong(Long::longValue).sum(),
                byReason, moments.sum());
    }
}
