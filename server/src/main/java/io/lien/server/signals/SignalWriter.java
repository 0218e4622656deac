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
 * A signal row, its moments and its visit facts commit together or not at all: one transaction per signal, or one
 * for a whole batch (events taken inside the embedded broker, decision 0010).
 */
@Singleton
class SignalWriter {

    private final SignalRepository signals;
    private final MomentRepository moments;
    private final MomentComposer composer;
    private final VisitRecorder visits;

    SignalWriter(SignalRepository signals, MomentRepository moments, MomentComposer composer, VisitRecorder visits) {
        this.signals = signals;
        this.moments = moments;
        this.composer = composer;
        this.visits = visits;
    }

    @Transactional
    IngestOutcome write(UplinkEnvelope envelope, String json, long receivedAt) {
        return writeOne(envelope, json, receivedAt);
    }

    /** Writes a batch in one transaction; a redelivery inside the batch is a duplicate like any other. */
    @Transactional
    List<IngestOutcome> writeAll(List<UplinkEnvelope> envelopes, List<String> jsons, long receivedAt) {
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
