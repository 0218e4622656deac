package io.lien.server.live.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** One store's state now. Not thread-safe: the owner serialises access. */
public final class StoreLiveState {

    /** A shopper in the store; {@code clientId} is null for anyone not identified with consent. */
    public record Presence(String installId, String zoneId, long zoneSince, long arrivedAt, String clientId) {
    }

    /** A garment off its rack, and who took it when we could tell. */
    public record Lifted(String hangerId, long since, String clientId) {
    }

    private final Map<String, Presence> presences = new HashMap<>();
    private final Map<String, Lifted> lifted = new HashMap<>();
    private final Map<String, String> hangerZones = new HashMap<>();

    /** @return the presence before the change, if the shopper was already in */
    public Optional<Presence> presence(String installId, String zoneId, String change, long ts, String clientId) {
        Presence before = presences.get(installId);
        if (change.equals("leave")) {
            presences.remove(installId);
        } else {
            long arrivedAt = before == null ? ts : before.arrivedAt();
            presences.put(installId, new Presence(installId, zoneId, ts, arrivedAt, clientId));
        }
        return Optional.ofNullable(before);
    }

    /**
     * The identified client alone in the matching zones. Nobody when the zone is empty, when
     * several shoppers are there, or when the one shopper there is anonymous.
     */
    public Optional<String> soleClientIn(Predicate<String> inZone) {
        List<Presence> there = presences.values().stream().filter(p -> inZone.test(p.zoneId())).toList();
        return there.size() == 1 ? Optional.ofNullable(there.get(0).clientId()) : Optional.empty();
    }

    public void lift(String hangerId, long ts, String clientId) {
        lifted.put(hangerId, new Lifted(hangerId, ts, clientId));
    }

    public void putBack(String hangerId) {
        lifted.remove(hangerId);
    }

    public Optional<Lifted> lifted(String hangerId) {
        return Optional.ofNullable(lifted.get(hangerId));
    }

    public void hangerZone(String hangerId, String zoneId, boolean entered) {
        if (entered) {
            hangerZones.put(hangerId, zoneId);
        } else {
            hangerZones.remove(hangerId, zoneId);
        }
    }

    public List<Presence> presences() {
        return new ArrayList<>(presences.values());
    }

    public List<Lifted> liftedHangers() {
        return new ArrayList<>(lifted.values());
    }

    public Map<String, String> hangersInZones() {
        return Map.copyOf(hangerZones);
    }
}
