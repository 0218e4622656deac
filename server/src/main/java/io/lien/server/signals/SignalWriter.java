package io.lien.server.signals;

import io.lien.protocol.uplink.UplinkEnvelope;
import io.lien.server.clients.application.AdviceRequests;
import io.lien.server.moments.Moment;
import io.lien.server.moments.MomentRepository;
import io.lien.server.moments.application.Composition;
import io.lien.server.moments.application.MomentComposer;
import io.lien.server.visits.VisitRecorder;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A signal row, its moments, its visit facts and what a client said at a fixture commit together
 * or not at all, in one transaction per batch of messages (decisions 0010 and 0012) with the dead
 * letters of the batch's refused events.
 */
@Singleton
class SignalWriter {

    private final SignalRepository signals;
    private final MomentRepository moments;
    private final MomentComposer composer;
    private final VisitRecorder visits;
    private final DeadLetterRepository deadLetters;
    private final AdviceRequests adviceRequests;

    SignalWriter(SignalRepository signals, MomentRepository moments, MomentComposer composer, VisitRecorder visits,
                 DeadLetterRepository deadLetters, AdviceRequests adviceRequests) {
        this.deadLetters = deadLetters;
        this.adviceRequests = adviceRequests;
        this.signals = signals;
        this.moments = moments;
        this.composer = composer;
        this.visits = visits;
    }

    /**
     * Writes a batch and the dead letters of its refused events in one transaction; a redelivery
     * (of an event stored before, or twice inside the batch) is a duplicate. Rows go in with one
     * statement batch per table: signals first (their ids name the moments and visit facts), then
     * each event applied to the live state in order, then the moments.
     */
    @Transactional
    List<IngestOutcome> writeAll(List<UplinkEnvelope> envelopes, List<String> jsons, List<DeadLetter> refused, long receivedAt) {
        if (!refused.isEmpty()) {
            deadLetters.saveAll(refused);
        }
        IngestOutcome[] outcomes = new IngestOutcome[envelopes.size()];
        List<Integer> fresh = new ArrayList<>();
        Set<String> seen = alreadyStored(envelopes);
        List<Signal> rows = new ArrayList<>();
        for (int i = 0; i < envelopes.size(); i++) {
            UplinkEnvelope e = envelopes.get(i);
            if (!seen.add(e.gatewayId() + '/' + e.seq())) {
                outcomes[i] = new IngestOutcome.Duplicate(e.gatewayId(), e.seq());
                continue;
            }
            fresh.add(i);
            rows.add(new Signal(null, e.storeId(), e.gatewayId(), e.seq(), e.ts(), receivedAt, e.event().type(),
                    e.event().deviceId(), jsons.get(i)));
        }
        if (rows.isEmpty()) {
            return List.of(outcomes);
        }
        List<Signal> stored = toList(signals.saveAll(rows));
        List<Moment> composed = new ArrayList<>();
        int[] momentsPerEvent = new int[fresh.size()];
        for (int k = 0; k < fresh.size(); k++) {
            long signalId = stored.get(k).id();
            Composition composition = composer.compose(envelopes.get(fresh.get(k)), signalId);
            visits.record(composition.facts());
            composition.adviceAsked().forEach(a -> adviceRequests.askedAtFixture(a.clientId(), a.fixtureId()));
            composition.moments().forEach(m -> composed.add(m.withSignal(signalId)));
            momentsPerEvent[k] = composition.moments().size();
        }
        List<Moment> saved = composed.isEmpty() ? List.of() : toList(moments.saveAll(composed));
        int next = 0;
        for (int k = 0; k < fresh.size(); k++) {
            outcomes[fresh.get(k)] = new IngestOutcome.Stored(stored.get(k).id(), List.copyOf(saved.subList(next, next + momentsPerEvent[k])));
            next += momentsPerEvent[k];
        }
        return List.of(outcomes);
    }

    /**
     * "gateway/seq" of the events of this batch already stored: one range query per gateway (a
     * gateway's seqs in a batch are close together: its journal order, retries of a few in flight).
     */
    private Set<String> alreadyStored(List<UplinkEnvelope> envelopes) {
        Map<String, List<Long>> seqsPerGateway = new HashMap<>();
        envelopes.forEach(e -> seqsPerGateway.computeIfAbsent(e.gatewayId(), g -> new ArrayList<>()).add(e.seq()));
        Set<String> stored = new HashSet<>();
        seqsPerGateway.forEach((gateway, seqs) -> {
            long from = seqs.stream().mapToLong(Long::longValue).min().orElseThrow();
            long to = seqs.stream().mapToLong(Long::longValue).max().orElseThrow();
            Set<Long> wanted = new HashSet<>(seqs);
            signals.findSeqByGatewayIdAndSeqBetween(gateway, from, to).stream().filter(wanted::contains)
                    .forEach(seq -> stored.add(gateway + '/' + seq));
        });
        return stored;
    }

    private static <T> List<T> toList(Iterable<T> items) {
        List<T> list = new ArrayList<>();
        items.forEach(list::add);
        return list;
    }
}
