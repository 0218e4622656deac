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
 * in the hour it began, a handling's in the hour it began; and for a consenting client, the hours of
 * the orders they placed in the 30 days after the visit, whose "purchase after a visit, after a try"
 * may change with it. Facts name visits and handlings by id, so what each is (store, start, client,
 * visit) is remembered as it opens, and read from the database after a restart. An anonymous visit
 * costs no query.
 */
@Singleton
class DueHours {

    private static final int REMEMBERED = 200_000;
    /** How long after a visit a purchase still follows it (the insights' channels). */
    private static final long FOLLOWED_MS = 30L * 86_400_000L;

    /** What a visit is: where, since when, whose (null: anonymous). */
    private record VisitInfo(String storeId, long startedAt, String clientId) {
    }

    /** What a handling is: where, since when, in which visit (null: nobody's). */
    private record HandlingInfo(String storeId, long startedAt, Long visitId) {
    }

    private final VisitRepository visits;
    private final HandlingRepository handlings;
    private final RollupDueRepository due;
    private final Map<Long, VisitInfo> visitInfo = lru();
    private final Map<Long, HandlingInfo> handlingInfo = lru();

    DueHours(VisitRepository visits, HandlingRepository handlings, RollupDueRepository due) {
        this.visits = visits;
        this.handlings = handlings;
        this.due = due;
    }

    /** Marks the hours the facts change as due, in the caller's transaction. */
    synchronized void mark(List<VisitFact> facts) {
        Set<VisitStart> hours = new LinkedHashSet<>();
        for (VisitFact fact : facts) {
            mark(fact, hours);
        }
        markHours(hours);
    }

    private void mark(VisitFact fact, Set<VisitStart> hours) {
        if (fact instanceof VisitFact.Opened o) {
            visitInfo.put(o.visitId(), new VisitInfo(o.storeId(), o.ts(), o.clientId()));
            hour(hours, o.storeId(), o.ts());
            // orders already stored that this visit now precedes (a backlog arriving after the web shop's orders)
            ordersAfter(visitInfo.get(o.visitId()), hours);
        } else if (fact instanceof VisitFact.ZoneEntered z) {
            visit(z.visitId()).ifPresent(v -> hour(hours, v.storeId(), v.startedAt()));
        } else if (fact instanceof VisitFact.ZoneLeft z) {
            visit(z.visitId()).ifPresent(v -> hour(hours, v.storeId(), v.startedAt()));
        } else if (fact instanceof VisitFact.Ended e) {
            // once more at its end: an order stored while the visit was being written may have missed it, and it them
            visit(e.visitId()).ifPresent(v -> {
                hour(hours, v.storeId(), v.startedAt());
                ordersAfter(v, hours);
            });
        } else if (fact instanceof VisitFact.HandlingStarted h) {
            handlingInfo.put(h.handlingId(), new HandlingInfo(h.storeId(), h.ts(), h.visitId()));
            hour(hours, h.storeId(), h.ts());
        } else if (fact instanceof VisitFact.HandlingAttributed a) {
            handling(a.handlingId()).ifPresent(h -> {
                handlingInfo.put(a.handlingId(), new HandlingInfo(h.storeId(), h.startedAt(), a.visitId()));
                hour(hours, h.storeId(), h.startedAt());
            });
            afterTry(a.handlingId(), hours);
        } else if (fact instanceof VisitFact.Carried c) {
            handling(c.handlingId()).ifPresent(h -> hour(hours, h.storeId(), h.startedAt()));
        } else if (fact instanceof VisitFact.Tried t) {
            handling(t.handlingId()).ifPresent(h -> hour(hours, h.storeId(), h.startedAt()));
            // purchases after this visit now follow a try
            afterTry(t.handlingId(), hours);
        } else if (fact instanceof VisitFact.HandlingEnded e) {
            handling(e.handlingId()).ifPresent(h -> hour(hours, h.storeId(), h.startedAt()));
        }
    }

    private void afterTry(long handlingId, Set<VisitStart> hours) {
        handling(handlingId).map(HandlingInfo::visitId).flatMap(this::visit).ifPresent(v -> ordersAfter(v, hours));
    }

    /** The hours of the client's orders in the 30 days after the visit began, in each store they had visited before each. */
    private void ordersAfter(VisitInfo v, Set<VisitStart> hours) {
        if (v.clientId() == null) {
            return;
        }
        for (long ts : due.orderTimes(v.clientId(), v.startedAt(), v.startedAt() + FOLLOWED_MS)) {
            for (String store : due.visitedStores(v.clientId(), ts - FOLLOWED_MS, ts)) {
                hour(hours, store, ts);
            }
        }
    }

    /** Marks every hour the client's rows count in (before they are unlinked or deleted, in the erasure's transaction). */
    void markClient(String clientId) {
        Set<VisitStart> hours = new LinkedHashSet<>();
        due.visitStartsOf(clientId).forEach(s -> hour(hours, s.storeId(), s.startedAt()));
        due.handlingStartsOf(clientId).forEach(s -> hour(hours, s.storeId(), s.startedAt()));
        due.otherRowsOf(clientId).forEach(s -> hour(hours, s.storeId(), s.startedAt()));
        markHours(hours);
    }

    private static void hour(Set<VisitStart> hours, String storeId, long ts) {
        hours.add(new VisitStart(storeId, RollupDue.hourOf(ts)));
    }

    private void markHours(Collection<VisitStart> hours) {
        if (!hours.isEmpty()) {
            due.saveAll(hours.stream().map(h -> new RollupDue(null, h.storeId(), h.startedAt())).toList());
        }
    }

    private Optional<VisitInfo> visit(Long id) {
        if (id == null) {
            return Optional.empty();
        }
        VisitInfo known = visitInfo.get(id);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<VisitInfo> read = visits.findById(id).map(v -> new VisitInfo(v.storeId(), v.startedAt(), v.clientId()));
        read.ifPresent(v -> visitInfo.put(id, v));
        return read;
    }

    private Optional<HandlingInfo> handling(long id) {
        HandlingInfo known = handlingInfo.get(id);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<HandlingInfo> read = handlings.findById(id).map(h -> new HandlingInfo(h.storeId(), h.startedAt(), h.visitId()));
        read.ifPresent(h -> handlingInfo.put(id, h));
        return read;
    }

    private static <V> Map<Long, V> lru() {
        return new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, V> eldest) {
                return size() > REMEMBERED;
            }
        };
    }
}
