package io.lien.server.signals;

import io.lien.protocol.RejectReason;
import io.lien.protocol.uplink.UplinkEnvelope;
import io.lien.server.live.LiveStore;
import io.lien.server.moments.MomentStream;
import io.lien.server.registry.DeviceRegistry;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
    private final DeadLetterRepository deadLetters;
    private final DeviceRegistry registry;
    private final MomentStream stream;
    private final IngestionCounters counters;
    private final LiveStateReplay liveState;
    private final LiveStore live;

    SignalIngestion(SignalWriter writer, DeadLetterRepository deadLetters, DeviceRegistry registry, MomentStream stream,
                    IngestionCounters counters, LiveStateReplay liveState, LiveStore live) {
        this.liveState = liveState;
        this.live = live;
        this.writer = writer;
        this.deadLetters = deadLetters;
        this.registry = registry;
        this.stream = stream;
        this.counters = counters;
    }

    public IngestOutcome ingest(String topic, byte[] payload) {
        long now = System.currentTimeMillis();
        UplinkEnvelope.Decoded decoded = UplinkEnvelope.decode(topic, payload);
        IngestOutcome outcome = decoded instanceof UplinkEnvelope.Decoded.Accepted a
                ? accept(topic, payload, a.envelope(), now)
                : rejected(topic, payload, (UplinkEnvelope.Decoded.Rejected) decoded, now);
        counters.count(outcome);
        if (outcome instanceof IngestOutcome.Stored s) {
            stream.publish(s.moments());
        }
        return outcome;
    }

    /** An uplink message as it arrived. */
    public record Incoming(String topic, byte[] payload) {
    }

    /**
     * Ingests a batch: refusals dead-lettered one by one, accepted events stored in one
     * transaction, moments streamed after it commits. Throws when the batch could not be stored
     * (nothing of it is then acknowledged).
     */
    public List<IngestOutcome> ingestAll(List<Incoming> batch) {
        long now = System.currentTimeMillis();
        IngestOutcome[] outcomes = new IngestOutcome[batch.size()];
        List<Integer> positions = new ArrayList<>();
        List<UplinkEnvelope> envelopes = new ArrayList<>();
        List<String> jsons = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            Incoming in = batch.get(i);
            UplinkEnvelope.Decoded decoded = UplinkEnvelope.decode(in.topic(), in.payload());
            if (decoded instanceof UplinkEnvelope.Decoded.Accepted a && registry.store(a.envelope().storeId()).isPresent()) {
                positions.add(i);
                envelopes.add(a.envelope());
                jsons.add(new String(in.payload(), StandardCharsets.UTF_8));
            } else {
                outcomes[i] = decoded instanceof UplinkEnvelope.Decoded.Rejected r
                        ? rejected(in.topic(), in.payload(), r, now)
                        : deadLetter(in.topic(), in.payload(), RejectReason.UNKNOWN_DEVICE.code(), "unknown store", now);
            }
        }
        if (!envelopes.isEmpty()) {
            List<IngestOutcome> written = applied(() -> writer.writeAll(envelopes, jsons, now), now);
            for (int k = 0; k < written.size(); k++) {
                outcomes[positions.get(k)] = written.get(k);
            }
        }
        for (IngestOutcome outcome : outcomes) {
            counters.count(outcome);
            if (outcome instanceof IngestOutcome.Stored s) {
                stream.publish(s.moments());
            }
        }
        return List.of(outcomes);
    }

    private IngestOutcome accept(String topic, byte[] payload, UplinkEnvelope envelope, long now) {
        if (registry.store(envelope.storeId()).isEmpty()) {
            return deadLetter(topic, payload, RejectReason.UNKNOWN_DEVICE.code(), "unknown store " + envelope.storeId(), now);
        }
        return applied(() -> writer.write(envelope, new String(payload, StandardCharsets.UTF_8), now), now);
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

    private IngestOutcome rejected(String topic, byte[] payload, UplinkEnvelope.Decoded.Rejected r, long now) {
        return deadLetter(topic, payload, r.reason().code(), r.detail(), now);
    }

    private IngestOutcome deadLetter(String topic, byte[] payload, String reason, String detail, long now) {
        String kept = payload == null ? "" : new String(payload, 0, Math.min(payload.length, MAX_KEPT_PAYLOAD), StandardCharsets.UTF_8);
        deadLetters.save(new DeadLetter(null, now, cut(topic, 256), reason, cut(detail, 400), kept));
        LOG.warn("Dead-lettered a message on {}: {} ({})", cut(topic, 120), reason, detail);
        return new IngestOutcome.DeadLettered(reason, detail);
    }

    private static String cut(String s, int max) {
        return s == null ? "" : s.length() <= max ? s : s.substring(0, max);
    }
}
