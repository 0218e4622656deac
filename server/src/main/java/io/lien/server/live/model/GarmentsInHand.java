package io.lien.server.live.model;

import io.lien.server.visits.model.Attribution;
import io.lien.server.visits.model.VisitFact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * Garments off their racks and where readers see them. Each time a garment is taken in hand a
 * handling begins; it goes through touched → carried → tried, and is credited to a shopper when
 * the evidence supports it ({@link Attribution}). Part of {@link StoreLiveState}.
 */
public final class GarmentsInHand {

    /** What the registry says of a hanger: the garment on it and the zone of its rack. */
    public record Garment(String hangerId, String productId, String size, String rackZoneId) {
    }

    /** A garment in hand now, and who has it when we can tell. */
    public record Lifted(String hangerId, long since, String clientId, long handlingId, Long visitId,
                         Attribution attribution, boolean carried, boolean tried) {

        Lifted credited(StoreLiveState.Presence to, Attribution why) {
            return new Lifted(hangerId, since, to.clientId(), handlingId, to.visitId(), why, carried, tried);
        }

        Lifted asCarried() {
            return new Lifted(hangerId, since, clientId, handlingId, visitId, attribution, true, tried);
        }

        Lifted asTried() {
            return new Lifted(hangerId, since, clientId, handlingId, visitId, attribution, true, true);
        }
    }

    private final String storeId;
    private final BiFunction<Predicate<String>, Long, Optional<StoreLiveState.Presence>> soleShopperIn;
    private final List<VisitFact> facts;
    private final Map<String, Lifted> inHand = new HashMap<>();
    private final Map<String, String> hangerZones = new HashMap<>();

    GarmentsInHand(String storeId, BiFunction<Predicate<String>, Long, Optional<StoreLiveState.Presence>> soleShopperIn,
                   List<VisitFact> facts) {
        this.storeId = storeId;
        this.soleShopperIn = soleShopperIn;
        this.facts = facts;
    }

    /** A lift begins a handling, credited to the shopper alone in the rack's zone if there is one. */
    public Lifted lift(Garment garment, long ts, long signalId, Predicate<String> atRack) {
        Lifted open = inHand.remove(garment.hangerId());
        if (open != null) {
            facts.add(new VisitFact.HandlingEnded(open.handlingId(), ts));
        }
        return begin(garment, ts, signalId, soleShopperIn.apply(atRack, ts), Attribution.ALONE_AT_RACK);
    }

    /** Back on the rack: the handling ends, and counts as carried if it was in hand long enough. */
    public void putBack(String hangerId, long ts, long liftedMs, long carriedAfterMs) {
        Lifted open = inHand.remove(hangerId);
        if (open == null) {
            return;
        }
        if (!open.carried() && liftedMs >= carriedAfterMs) {
            facts.add(new VisitFact.Carried(open.handlingId(), ts));
        }
        facts.add(new VisitFact.HandlingEnded(open.handlingId(), ts));
    }

    /**
     * A reader saw the garment arrive in a zone or leave it. Seen away from its rack, it is carried;
     * in a fitting room, tried, and credited to the shopper alone in the fitting rooms.
     * @return the handling after the change, when the garment arrived
     */
    public Optional<Lifted> seen(Garment garment, String zoneId, boolean entered, boolean fittingRoom, long ts,
                                 long signalId, Predicate<String> inFittingRooms) {
        if (!entered) {
            hangerZones.remove(garment.hangerId(), zoneId);
            return Optional.empty();
        }
        hangerZones.put(garment.hangerId(), zoneId);
        Lifted handling = inHand.get(garment.hangerId());
        if (handling == null) {
            handling = begin(garment, ts, signalId, Optional.empty(), Attribution.NONE);
        }
        if (!handling.carried() && !zoneId.equals(garment.rackZoneId())) {
            facts.add(new VisitFact.Carried(handling.handlingId(), ts));
            handling = handling.asCarried();
        }
        if (fittingRoom) {
            if (!handling.tried()) {
                facts.add(new VisitFact.Tried(handling.handlingId(), zoneId, ts));
                handling = handling.asTried();
            }
            handling = creditInFittingRoom(handling, soleShopperIn.apply(inFittingRooms, ts));
        }
        inHand.put(garment.hangerId(), handling);
        return Optional.of(handling);
    }

    private Lifted creditInFittingRoom(Lifted handling, Optional<StoreLiveState.Presence> alone) {
        if (alone.isEmpty()) {
            return handling;
        }
        StoreLiveState.Presence shopper = alone.get();
        boolean sameAsAtRack = handling.attribution() == Attribution.ALONE_AT_RACK
                && Long.valueOf(shopper.visitId()).equals(handling.visitId());
        Attribution why = sameAsAtRack ? Attribution.RACK_AND_FITTING_ROOM : Attribution.ALONE_IN_FITTING_ROOM;
        if (!why.strongerThan(handling.attribution())) {
            return handling;
        }
        Lifted credited = handling.credited(shopper, why);
        facts.add(new VisitFact.HandlingAttributed(credited.handlingId(), credited.visitId(), credited.clientId(), why));
        return credited;
    }

    private Lifted begin(Garment garment, long ts, long signalId, Optional<StoreLiveState.Presence> shopper,
                         Attribution ifCredited) {
        Attribution why = shopper.isPresent() ? ifCredited : Attribution.NONE;
        Lifted handling = new Lifted(garment.hangerId(), ts, shopper.map(StoreLiveState.Presence::clientId).orElse(null),
                signalId, shopper.map(StoreLiveState.Presence::visitId).orElse(null), why, false, false);
        facts.add(new VisitFact.HandlingStarted(signalId, storeId, garment.hangerId(), garment.productId(), garment.size(),
                garment.rackZoneId(), ts, handling.visitId(), handling.clientId(), why));
        inHand.put(garment.hangerId(), handling);
        return handling;
    }

    public Optional<Lifted> inHand(String hangerId) {
        return Optional.ofNullable(inHand.get(hangerId));
    }

    public List<Lifted> all() {
        return new ArrayList<>(inHand.values());
    }

    public Map<String, String> hangersInZones() {
        return Map.copyOf(hangerZones);
    }

    void restore(List<Lifted> lifted, Map<String, String> zones) {
        inHand.clear();
        hangerZones.clear();
        lifted.forEach(l -> inHand.put(l.hangerId(), l));
        hangerZones.putAll(zones);
    }
}
