package io.lien.server.signals;

import io.lien.protocol.uplink.UplinkEnvelope;
import io.lien.server.moments.Moment;
import io.lien.server.moments.MomentRepository;
import io.lien.server.moments.application.Composition;
import io.lien.server.moments.application.MomentComposer;
import io.lien.server.visits.VisitRecorder;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;

/**
 * A signal row, its moments and its visit facts commit together or not at all, in one transaction
 * per batch of messages (decisions 0010 and 0012) with the dead letters of the batch's refused
 * events.
 */
@Singleton
class SignalWriter {

    private final SignalRepository signals;
    private final MomentRepository moments;
    private final MomentComposer composer;
    private final VisitRecorder visits;
    private final DeadLetterRepository deadLetters;

    SignalWriter(SignalRepository signals, MomentRepository moments, MomentComposer composer, VisitRecorder visits,
                 DeadLetterRepository deadLetters) {
        this.deadLetters = deadLetters;
        this.signals = signals;
        this.moments = moments;
        this.composer = composer;
        this.visits = visits;
    }

    /**
     * Writes a batch and the dead letters of its refused events in one transaction; a redelivery
     * inside the batch is a duplicate like any other.
     */
    @Transactional
    List<IngestOutcome> writeAll(List<UplinkEnvelope> envelopes, List<String> jsons, List<DeadLetter> refused, long receivedAt) {
        refused.forEach(deadLetters::save);
        List<IngestOutcome> outcomes = new ArrayList<>(envelopes.size());
        for (int i = 0; i < envelopes.size(); i++) {
            outcomes.add(writeOne(envelopes.get(i), jsons.get(i), receivedAt));
        }
        return outcomes;
    }

    private IngestOutcome writeOne(UplinkEnvelope envelope, String json, long receivedAt) {
        if (signals.existsByGatewayIdAndSeq(envelope.gatewayId(), envelope.seq())) {
            return new IngestOutcome.Duplicate(envelope.gatewayId(), envelope.seq());
        }
        Signal signal = signals.save(new Signal(null, envelope.storeId(), envelope.gatewayId(), envelope.seq(),
                envelope.ts(), receivedAt, envelope.event().type(), envelope.event().deviceId(), json));
        Composition composed = composer.compose(envelope, signal.id());
        visits.record(composed.facts());
        List<Moment> saved = new ArrayList<>();
        for (Moment m : composed.moments()) {
            saved.add(moments.save(m.withSignal(signal.id())));
        }
        return new IngestOutcome.Stored(signal.id(), saved);
    }
}
