package io.lien.server.visits;

import io.lien.server.visits.model.VisitFact;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Stores visit facts. Called inside the transaction that stores the signal they came from, so a
 * visit change is committed exactly when its signal is (the sweeper's endings in their own), with
 * the hours whose insight rollups it changes marked due.
 */
@Singleton
public class VisitRecorder {

    private final VisitRepository visits;
    private final VisitZoneRepository zones;
    private final HandlingRepository handlings;
    private final DueHours due;
    private final io.micronaut.context.event.ApplicationEventPublisher<VisitsEnded> ended;

    VisitRecorder(VisitRepository visits, VisitZoneRepository zones, HandlingRepository handlings, DueHours due,
                  io.micronaut.context.event.ApplicationEventPublisher<VisitsEnded> ended) {
        this.ended = ended;
        this.due = due;
        this.visits = visits;
        this.zones = zones;
        this.handlings = handlings;
    }

    /**
     * Unlinks an erased client from their visits and handlings, writing down first which handlings
     * ended in a purchase so the funnel counts them as before.
     */
    @Transactional
    public void forgetClient(String clientId, long boughtWithinMs) {
        due.markClient(clientId);
        handlings.settleBought(clientId, boughtWithinMs);
        handlings.forgetClient(clientId);
        visits.forgetClient(clientId);
    }

    @Transactional
    public void record(List<VisitFact> facts) {
        List<VisitsEnded.Ended> endings = new java.util.ArrayList<>();
        for (VisitFact fact : facts) {
            record(fact);
            if (fact instanceof VisitFact.Ended e) {
                visits.findById(e.visitId()).ifPresent(v -> endings.add(new VisitsEnded.Ended(v.id(), v.storeId(), v.clientId(), v.startedAt(), e.ts())));
            }
        }
        if (!facts.isEmpty()) {
            due.mark(facts);
        }
        if (!endings.isEmpty()) {
            ended.publishEvent(new VisitsEnded(endings));
        }
    }

    private void record(VisitFact fact) {
        if (fact instanceof VisitFact.Opened o) {
            visits.save(new Visit(o.visitId(), o.storeId(), o.clientId(), o.ts(), o.ts(), null, o.clientId() != null));
        } else if (fact instanceof VisitFact.ZoneEntered z) {
            zones.save(new VisitZone(z.entryId(), z.visitId(), z.zoneId(), z.ts(), null, z.confidence()));
            visits.seen(z.visitId(), z.ts());
        } else if (fact instanceof VisitFact.ZoneLeft z) {
            zones.leave(z.entryId(), z.ts());
            visits.seen(z.visitId(), z.ts());
        } else if (fact instanceof VisitFact.Ended e) {
            visits.end(e.visitId(), e.ts());
        } else if (fact instanceof VisitFact.HandlingStarted h) {
            handlings.save(new Handling(h.handlingId(), h.storeId(), h.hangerId(), h.productId(), h.size(), h.ts(),
                    h.visitId(), h.clientId(), h.attribution().code(), h.attribution().confidence(), null, null, null, null, null, h.zoneId()));
        } else if (fact instanceof VisitFact.HandlingAttributed a) {
            handlings.credit(a.handlingId(), a.visitId(), a.clientId(), a.attribution().code(), a.attribution().confidence());
        } else if (fact instanceof VisitFact.Carried c) {
            handlings.carried(c.handlingId(), c.ts());
        } else if (fact instanceof VisitFact.Tried t) {
            handlings.tried(t.handlingId(), t.zoneId(), t.ts());
        } else if (fact instanceof VisitFact.HandlingEnded e) {
            handlings.end(e.handlingId(), e.ts());
        }
    }
}
