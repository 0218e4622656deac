package io.lien.server.visits;

import io.lien.server.visits.model.VisitFact;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Names the store hours whose insight rollups a batch of visit facts changes: a visit's figures live
 * in the hour it began, a handling's in the hour it began. Facts name a visit or a handling by id, so
 * the start of each is remembered as it opens (and read from the database after a restart).
 */
@Singleton
class DueHours {

    private static final int REMEMBERED = 200_000;
    /** How long after a visit a purchase still follows it (the insights' channels). */
    private static final long FOLLOWED_MS = 30L * 86_400_000L;

    private final VisitRepository visits;
    private final HandlingRepository handlings;
    private final RollupDueRepository due;
    private final Map<Long, VisitStart> visitStarts = lru();
    private final Map<Long, VisitStart> handlingStarts = lru();

    DueHours(VisitRepository visits, HandlingRepository handlings, RollupDueRepository due) {
        this.visits = visits;
        this.handlings = handlings;
        this.due = due;
    }

    /** Marks the hours the facts change as due, in the caller's transaction. */
    synchronized void mark(List<VisitFact> facts) {
        Set<VisitStart> hours = new LinkedHashSet<>();
        for (VisitFact fact : facts) {
            start(fact).ifPresent(s -> hours.add(new VisitStart(s.storeId(), RollupDue.hourOf(s.startedAt()))));
            if (fact instanceof VisitFact.Tried t) {
                // purchases after this visit now follow a try
                due.ordersAfterVisitOf(t.handlingId()).forEach(order -> hours.add(new VisitStart(order.storeId(),
                        RollupDue.hourOf(order.startedAt()))));
            } else if (fact instanceof VisitFact.HandlingAttributed a && a.clientId() != null) {
                due.ordersAfterVisitOf(a.handlingId()).forEach(order -> hours.add(new VisitStart(order.storeId(),
                        RollupDue.hourOf(order.startedAt()))));
            }
            if (fact instanceof VisitFact.Opened o && o.clientId() != null) {
                // orders the client placed after this visit began now follow it (a backlog, a history arriving late)
                due.ordersAfter(o.clientId(), o.ts(), o.ts() + FOLLOWED_MS)
                        .forEach(order -> hours.add(new VisitStart(order.storeId(), RollupDue.hourOf(order.startedAt()))));
            }
        }
        markHours(hours);
    }

    /** Marks every hour the client's rows count in (before they are unlinked or deleted, in the erasure's transaction). */
    void markClient(String clientId) {
        Set<VisitStart> hours = new LinkedHashSet<>();
        due.visitStartsOf(clientId).forEach(s -> hours.add(new VisitStart(s.storeId(), RollupDue.hourOf(s.startedAt()))));
        due.handlingStartsOf(clientId).forEach(s -> hours.add(new VisitStart(s.storeId(), RollupDue.hourOf(s.startedAt()))));
        due.otherRowsOf(clientId).forEach(s -> hours.add(new VisitStart(s.storeId(), RollupDue.hourOf(s.startedAt()))));
        markHours(hours);
    }

    private void markHours(Collection<VisitStart> hours) {
        if (!hours.isEmpty()) {
            due.saveAll(hours.stream().map(h -> new RollupDue(null, h.storeId(), h.startedAt())).toList());
        }
    }

    private Optional<VisitStart> start(VisitFact fact) {
        if (fact instanceof VisitFact.Opened o) {
            VisitStart s = new VisitStart(o.storeId(), o.ts());
            visitStarts.put(o.visitId(), s);
            return Optional.of(s);
        } else if (fact instanceof VisitFact.ZoneEntered z) {
            return visit(z.visitId());
        } else if (fact instanceof VisitFact.ZoneLeft z) {
            return visit(z.visitId());
        } else if (fact instanceof VisitFact.Ended e) {
            return visit(e.visitId());
        } else if (fact instanceof VisitFact.HandlingStarted h) {
            VisitStart s = new VisitStart(h.storeId(), h.ts());
            handlingStarts.put(h.handlingId(), s);
            return Optional.of(s);
        } else if (fact instanceof VisitFact.HandlingAttributed a) {
            return handling(a.handlingId());
        } else if (fact instanceof VisitFact.Carried c) {
            return handling(c.handlingId());
        } else if (fact instanceof VisitFact.Tried t) {
            return handling(t.handlingId());
        } else if (fact instanceof VisitFact.HandlingEnded e) {
            return handling(e.handlingId());
        }
        return Optional.empty();
    }

    private Optional<VisitStart> visit(long id) {
        VisitStart known = visitStarts.get(id);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<VisitStart> read = visits.findById(id).map(v -> new VisitStart(v.storeId(), v.startedAt()));
        read.ifPresent(s -> visitStarts.put(id, s));
        return read;
    }

    private Optional<VisitStart> handling(long id) {
        VisitStart known = handlingStarts.get(id);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<VisitStart> read = handlings.findById(id).map(h -> new VisitStart(h.storeId(), h.startedAt()));
        read.ifPresent(s -> handlingStarts.put(id, s));
        return read;
    }

    private static Map<Long, VisitStart> lru() {
        return new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, VisitStart> eldest) {
                return size() > REMEMBERED;
            }
        };
    }
}
