package io.lien.server.signals;

import io.lien.protocol.RejectReason;
import io.lien.protocol.uplink.UplinkEnvelope;
import io.lien.protocol.uplink.UplinkMessage;
import io.lien.server.live.LiveSnapshots;
import io.lien.server.live.LiveStore;
import io.lien.server.moments.MomentStream;
import io.lien.server.registry.DeviceRegistry;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The path of every uplink message: decode, check, store once, compose moments, then (after the
 * commit) stream them. A message returns from here only when it is safe to acknowledge.
 */
@Singleton
public class SignalIngestion {

    private static final Logger LOG = LoggerFactory.getLogger(SignalIngestion.class);
    private static final int MAX_KEPT_PAYLOAD = 4096;

    private final SignalWriter writer;
    private final DeviceRegistry registry;
    private final MomentStream stream;
    private final IngestionCounters counters;
    private final LiveStateReplay liveState;
    private final LiveStore live;
    private final LiveSnapshots snapshots;
    private final ApplicationEventPublisher<EventsStored> storedEvents;
    private final UplinkAuthenticity authenticity;

    SignalIngestion(SignalWriter writer, DeviceRegistry registry, MomentStream stream,
                    IngestionCounters counters, LiveStateReplay liveState, LiveStore live, LiveSnapshots snapshots,
                    ApplicationEventPublisher<EventsStored> storedEvents, UplinkAuthenticity authenticity) {
        this.authenticity = authenticity;
        this.storedEvents = storedEvents;
        this.snapshots = snapshots;
        this.liveState = liveState;
        this.live = live;
        this.writer = writer;
        this.registry = registry;
        this.stream = stream;
        this.counters = counters;
    }

    /**
     * An uplink message as it arrived: one event or a batch of a gateway's events.
     *
     * @param vouched   its publisher is known to be the gateway its topic names: the embedded broker checked it, or
     *                  the server wrote it itself
     * @param signature otherwise, the gateway's signature it carried (null: none)
     */
    public record Incoming(String topic, byte[] payload, boolean vouched, @Nullable String signature) {

        /** A message whose publisher the embedded broker (or the server itself) vouches for. */
        public Incoming(String topic, byte[] payload) {
            this(topic, payload, true, null);
        }
    }

    /** Ingests one message the server vouches for (its own fixtures' taps); see {@link #ingestAll}. */
    public List<IngestOutcome> ingest(String topic, byte[] payload) {
        return ingestAll(List.of(new Incoming(topic, payload)));
    }

    /** Ingests one message read from an external broker, proven by its signature or refused (the external broker's path). */
    public List<IngestOutcome> ingestSigned(String topic, byte[] payload, @Nullable String signature) {
        return ingestAll(List.of(new Incoming(topic, payload, false, signature)));
    }

    /**
     * Ingests messages, each one event or a batch: the events of all of them stored in one
     * transaction with the dead letters of those refused, moments streamed after it commits.
     * Returns one outcome per event, in order. Throws when nothing could be stored (then nothing
     * of it is acknowledged, and a redelivery stores it once).
     */
    public List<IngestOutcome> ingestAll(List<Incoming> messages) {
        long now = System.currentTimeMillis();
        List<IngestOutcome> outcomes = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        List<UplinkEnvelope> envelopes = new ArrayList<>();
        List<String> jsons = new ArrayList<>();
        List<DeadLetter> letters = new ArrayList<>();
        for (Incoming in : messages) {
            Optional<String> unproven = in.vouched() ? Optional.empty() : authenticity.refusal(in.topic(), in.payload(), in.signature());
            if (unproven.isPresent()) {
                DeadLetter letter = deadLetter(in.topic(), in.payload() == null ? "" : new String(in.payload(), StandardCharsets.UTF_8),
                        RejectReason.SPOOFED.code(), unproven.get(), now);
                letters.add(letter);
                outcomes.add(new IngestOutcome.DeadLettered(letter.reason(), letter.detail()));
                continue;
            }
            for (UplinkMessage.Part part : UplinkMessage.decode(in.topic(), in.payload())) {
                if (part.decoded() instanceof UplinkEnvelope.Decoded.Accepted a && registry.store(a.envelope().storeId()).isPresent()) {
                    positions.add(outcomes.size());
                    outcomes.add(null);
                    envelopes.add(a.envelope());
                    jsons.add(part.json());
                } else {
                    DeadLetter letter = part.decoded() instanceof UplinkEnvelope.Decoded.Rejected r
                            ? deadLetter(in.topic(), part.json(), r.reason().code(), r.detail(), now)
                            : deadLetter(in.topic(), part.json(), RejectReason.UNKNOWN_DEVICE.code(), "unknown store", now);
                    letters.add(letter);
                    outcomes.add(new IngestOutcome.DeadLettered(letter.reason(), letter.detail()));
                }
            }
        }
        List<IngestOutcome> written = stream.appending(() -> {
            long started = System.nanoTime();
            List<IngestOutcome> stored = applied(() -> writer.writeAll(envelopes, jsons, letters, now), now);
            counters.batch(messages.size(), System.nanoTime() - started);
            for (IngestOutcome outcome : stored) {
                if (outcome instanceof IngestOutcome.Stored s) {
                    stream.publish(s.moments());
                }
            }
            return stored;
        });
        long lastStored = Long.MIN_VALUE;
        List<EventsStored.Stored> stored = new ArrayList<>();
        for (int k = 0; k < written.size(); k++) {
            outcomes.set(positions.get(k), written.get(k));
            if (written.get(k) instanceof IngestOutcome.Stored s) {
                lastStored = Math.max(lastStored, s.signalId());
                stored.add(new EventsStored.Stored(envelopes.get(k).storeId(), envelopes.get(k).event(), s.moments()));
            }
        }
        if (!stored.isEmpty()) {
            storedEvents.publishEvent(new EventsStored(stored));
        }
        if (lastStored != Long.MIN_VALUE) {
            snapshots.afterCommit(lastStored, now);
        }
        letters.forEach(l -> LOG.warn("Dead-lettered an event on {}: {} ({})", cut(l.topic(), 120), l.reason(), l.detail()));
        outcomes.forEach(counters::count);
        return outcomes;
    }

    /**
     * Runs a write that applies events to the live state. If it fails, the state holds changes
     * the database does not: it is rebuilt from the database before the next write.
     */
    private <T> T applied(Supplier<T> write, long now) {
        liveState.rebuildIfStale(now);
        try {
            return write.get();
        } catch (RuntimeException e) {
            live.markStale();
            throw e;
        }
    }

    /** A refused event, kept with its reason: stored with the batch's events, so never twice. */
    private static DeadLetter deadLetter(String topic, String json, String reason, String detail, long now) {
        String kept = json.length() <= MAX_KEPT_PAYLOAD ? json : json.substring(0, MAX_KEPT_PAYLOAD);
        return new DeadLetter(null, now, cut(topic, 256), reason, cut(detail, 400), kept);
    }

    private static String cut(String s, int max) {
        return s == null ? "" : s.length() <= max ? s : s.substring(0, max);
    }
}
