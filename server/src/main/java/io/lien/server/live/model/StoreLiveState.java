package io.lien.server.live.model;

import io.lien.server.visits.model.PresenceCertainty;
import io.lien.server.visits.model.VisitFact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * One store's state now: who is in which zone, in which visit, and the garments in hand. Not
 * thread-safe: the owner serialises access. Every change that must be stored comes out as a
 * {@link VisitFact}, drained by whoever applied the event.
 */
public final class StoreLiveState {

    /**
     * A shopper in the store; {@code clientId} is null for anyone not identified with consent; {@code confidence}
     * how sure the gateway was of the zone when it reported it (null: it did not say); {@code zoneSince} when the
     * shopper came into the zone as the gateway dates it, {@code reportedAt} when the gateway reported it (a second or
     * two later when the readings that followed dated the move back; null in snapshots from before it was kept).
     */
    public record Presence(String installId, String zoneId, long zoneSince, long arrivedAt, String clientId,
                           long visitId, long zoneEntryId, Double confidence, Long reportedAt) {

        /**
         * Whether this zone is evidence enough at {@code now} to credit the shopper with what happens there; a zone
         * is held from when it was reported, as {@link PresenceCertainty} measured it.
         */
        public boolean settledAt(long now) {
            return PresenceCertainty.settled(confidence, reportedAt == null ? zoneSince : reportedAt, now);
        }
    }

    /** A shopper who left; the visit goes on if they are back within the store's absence setting. */
    private record Away(long visitId, long arrivedAt, long leftAt, String clientId) {
    }

    /** A shopper who left, as a snapshot keeps them; {@code clientId} as in {@link Presence}. */
    public record Absence(String installId, long visitId, long arrivedAt, long leftAt, String clientId) {
    }

    /**
     * Everything of a store's state that outlives an event — taken between events, when its facts
     * have been drained — so that a restart can start from it instead of from an empty store.
     */
    public record Snapshot(List<Presence> presences, List<Absence> away, List<GarmentsInHand.Lifted> inHand,
                           Map<String, String> hangerZones) {

        /**
         * The same, with the install id of every shopper not identified with consent replaced by
         * {@code pseudonym}: a stored snapshot must not keep what retention anonymises in the
         * signals. Such a shopper's next event then counts as a new arrival, as after a replay.
         */
        public Snapshot withAnonymousInstalls(Supplier<String> pseudonym) {
            return new Snapshot(
                    presences.stream().map(p -> p.clientId() != null ? p : new Presence(pseudonym.get(), p.zoneId(), p.zoneSince(),
                            p.arrivedAt(), null, p.visitId(), p.zoneEntryId(), p.confidence(), p.reportedAt())).toList(),
                    away.stream().map(a -> a.clientId() != null ? a
                            : new Absence(pseudonym.get(), a.visitId(), a.arrivedAt(), a.leftAt(), null)).toList(),
                    inHand, hangerZones);
        }
    }

    private final String storeId;
    private final long absenceMs;
    private final Map<String, Presence> presences = new HashMap<>();
    private final Map<String, Away> away = new HashMap<>();
    private final List<VisitFact> facts = new ArrayList<>();
    private final GarmentsInHand garments;

    public StoreLiveState(String storeId, long absenceMs) {
        this.storeId = storeId;
        this.absenceMs = absenceMs;
        this.garments = new GarmentsInHand(storeId, this::soleShopperIn, facts);
    }

    /**
     * Applies a presence change from the gateway; {@code signalId} names the visit or zone entry it
     * begins. @return the presence before the change, if the shopper was already in
     */
    public Optional<Presence> presence(String installId, String zoneId, String change, long ts, String clientId, long signalId) {
        return presence(installId, zoneId, change, ts, clientId, signalId, null);
    }

    /** The same, with how sure the gateway was of the zone (null: it did not say). */
    public Optional<Presence> presence(String installId, String zoneId, String change, long ts, String clientId, long signalId,
                                       Double confidence) {
        return presence(installId, zoneId, change, ts, clientId, signalId, confidence, ts);
    }

    /**
     * The same, for a change the gateway dated at {@code ts} but reported at {@code reportedAt} (its readings showed
     * the move a second or two after it happened): the visit's figures take the first, settling the second.
     */
    public Optional<Presence> presence(String installId, String zoneId, String change, long datedAt, String clientId, long signalId,
                                       Double confidence, long reportedAt) {
        Presence before = presences.get(installId);
        // never before the zone it leaves was entered, whatever a gateway's clock or dating says
        long ts = before == null ? datedAt : Math.max(datedAt, before.zoneSince());
        if (change.equals("leave")) {
            if (before != null) {
                presences.remove(installId);
                facts.add(new VisitFact.ZoneLeft(before.zoneEntryId(), before.visitId(), ts));
                away.put(installId, new Away(before.visitId(), before.arrivedAt(), ts, before.clientId()));
            }
            return Optional.ofNullable(before);
        }
        long visitId;
        long arrivedAt;
        if (before != null) {
            visitId = before.visitId();
            arrivedAt = before.arrivedAt();
        } else {
            Away gone = away.remove(installId);
            if (gone != null && ts - gone.leftAt() <= absenceMs) {
                visitId = gone.visitId();
                arrivedAt = gone.arrivedAt();
            } else {
                if (gone != null) {
                    facts.add(new VisitFact.Ended(gone.visitId(), gone.leftAt()));
                }
                visitId = signalId;
                arrivedAt = ts;
                facts.add(new VisitFact.Opened(visitId, storeId, clientId, ts));
            }
        }
        boolean sameZone = before != null && before.zoneId().equals(zoneId);
        if (before != null && !sameZone) {
            facts.add(new VisitFact.ZoneLeft(before.zoneEntryId(), visitId, ts));
        }
        if (!sameZone) {
            facts.add(new VisitFact.ZoneEntered(signalId, visitId, zoneId, ts, confidence));
        }
        presences.put(installId, sameZone ? before
                : new Presence(installId, zoneId, ts, arrivedAt, clientId, visitId, signalId, confidence, reportedAt));
        return Optional.ofNullable(before);
    }

    /** Ends the visits of shoppers away for longer than the absence setting, at their last leave. */
    public List<VisitFact> endVisitsAwaySince(long now) {
        List<VisitFact> ended = new ArrayList<>();
        for (Iterator<Away> it = away.values().iterator(); it.hasNext(); ) {
            Away gone = it.next();
            if (now - gone.leftAt() > absenceMs) {
                ended.add(new VisitFact.Ended(gone.visitId(), gone.leftAt()));
                it.remove();
            }
        }
        return ended;
    }

    /**
     * The one shopper in the matching zones at {@code now}, identified or not; nobody when empty or crowded, nor when
     * the one shopper there was reported there unsurely and moments ago ({@link Presence#settledAt}): nothing is
     * credited on a guess.
     */
    public Optional<Presence> soleShopperIn(Predicate<String> inZone, long now) {
        List<Presence> there = presences.values().stream().filter(p -> inZone.test(p.zoneId())).toList();
        return there.size() == 1 && there.get(0).settledAt(now) ? Optional.of(there.get(0)) : Optional.empty();
    }

    /**
     * The identified client alone in the matching zones at {@code now}. Nobody when the zone is empty, when
     * several shoppers are there, when the one shopper there is anonymous or not settled there yet.
     */
    public Optional<String> soleClientIn(Predicate<String> inZone, long now) {
        return soleShopperIn(inZone, now).map(Presence::clientId);
    }

    public GarmentsInHand garments() {
        return garments;
    }

    /** The facts produced since the last call, in the order they happened. */
    public List<VisitFact> drainFacts() {
        List<VisitFact> out = List.copyOf(facts);
        facts.clear();
        return out;
    }

    public List<Presence> presences() {
        return new ArrayList<>(presences.values());
    }

    public Snapshot snapshot() {
        List<Absence> absences = away.entrySet().stream()
                .map(e -> new Absence(e.getKey(), e.getValue().visitId(), e.getValue().arrivedAt(), e.getValue().leftAt(),
                        e.getValue().clientId())).toList();
        return new Snapshot(presences(), absences, garments.all(), garments.hangersInZones());
    }

    /** The state a snapshot kept, over this one's (which a restart finds empty). */
    public void restore(Snapshot snapshot) {
        presences.clear();
        away.clear();
        facts.clear();
        snapshot.presences().forEach(p -> presences.put(p.installId(), p));
        snapshot.away().forEach(a -> away.put(a.installId(), new Away(a.visitId(), a.arrivedAt(), a.leftAt(), a.clientId())));
        garments.restore(snapshot.inHand(), snapshot.hangerZones());
    }
}
