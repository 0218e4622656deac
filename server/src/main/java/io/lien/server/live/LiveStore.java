package io.lien.server.live;

import io.lien.server.settings.VisitSettings;
import io.lien.server.clients.Client;
import io.lien.server.clients.ClientDirectory;
import io.lien.server.live.model.GarmentsInHand;
import io.lien.server.live.model.StoreLiveState;
import io.lien.server.registry.DeviceRegistry;
import io.lien.server.registry.Hanger;
import io.lien.server.registry.Product;
import io.lien.server.registry.Zone;
import io.lien.server.visits.model.VisitFact;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every store's live state, in memory. Updates come from the single ingestion thread; reads for
 * the REST view take the same lock, so a view is always a consistent picture.
 */
@Singleton
public class LiveStore {

    private final Map<String, StoreLiveState> stores = new HashMap<>();
    private final ClientDirectory clients;
    private final DeviceRegistry registry;
    private final long absenceMs;
    private boolean stale;

    LiveStore(ClientDirectory clients, DeviceRegistry registry,
              VisitSettings settings) {
        this.clients = clients;
        this.registry = registry;
        this.absenceMs = Duration.ofMinutes(settings.absenceMinutes()).toMillis();
    }

    public synchronized <T> T update(String storeId, Function<StoreLiveState, T> change) {
        return change.apply(state(storeId));
    }

    /** Ends, in every store, the visits of shoppers away longer than the absence setting. */
    public synchronized List<VisitFact> endVisitsAwaySince(long now) {
        return stores.values().stream().flatMap(s -> s.endVisitsAwaySince(now).stream()).toList();
    }

    /**
     * Says the state may hold changes whose transaction failed: it must be rebuilt from the
     * database before the next event is applied.
     */
    public synchronized void markStale() {
        stale = true;
    }

    public synchronized boolean stale() {
        return stale;
    }

    /** Forgets everything: the start of a rebuild from the database. */
    public synchronized void clear() {
        stores.clear();
        stale = false;
    }

    /** Every store's state as it is now, for a snapshot; taken between two events. */
    public synchronized Map<String, StoreLiveState.Snapshot> snapshot() {
        Map<String, StoreLiveState.Snapshot> out = new HashMap<>();
        stores.forEach((id, state) -> out.put(id, state.snapshot()));
        return out;
    }

    /** Starts again from a snapshot: the beginning of a rebuild, before the signals stored after it. */
    public synchronized void restore(Map<String, StoreLiveState.Snapshot> snapshot) {
        clear();
        snapshot.forEach((id, s) -> state(id).restore(s));
    }

    private StoreLiveState state(String storeId) {
        return stores.computeIfAbsent(storeId, s -> new StoreLiveState(s, absenceMs));
    }

    public synchronized LiveStoreView view(String storeId, Locale reader) {
        StoreLiveState state = state(storeId);
        List<LiveStoreView.PresentClient> present = new ArrayList<>();
        int anonymous = 0;
        for (StoreLiveState.Presence p : state.presences()) {
            Optional<Client> client = clients.findConsenting(p.clientId());
            if (client.isEmpty()) {
                anonymous++;
                continue;
            }
            Client c = client.get();
            Optional<Zone> zone = registry.zone(p.zoneId());
            present.add(new LiveStoreView.PresentClient(c.id(), c.firstName(), c.lastName(), p.zoneId(),
                    zone.map(z -> z.name(reader)).orElse(p.zoneId()),
                    p.arrivedAt(), p.zoneSince(), c.approachability().code(), List.of()));
        }
        present.sort(Comparator.comparingLong(LiveStoreView.PresentClient::arrivedAt));
        List<LiveStoreView.Garment> lifted = state.garments().all().stream()
                .sorted(Comparator.comparingLong(GarmentsInHand.Lifted::since).thenComparing(GarmentsInHand.Lifted::hangerId))
                .map(l -> garment(l.hangerId(), l.since(), l.clientId(), null, reader)).flatMap(Optional::stream).toList();
        List<LiveStoreView.Garment> trying = state.garments().hangersInZones().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> garment(e.getKey(), 0, null, e.getValue(), reader)).flatMap(Optional::stream).toList();
        return new LiveStoreView(storeId, present.size() + anonymous, anonymous, present, lifted, trying);
    }

    private Optional<LiveStoreView.Garment> garment(String hangerId, long since, String clientId, String zoneId, Locale reader) {
        Optional<Hanger> hanger = registry.hanger(hangerId);
        Optional<Product> product = hanger.flatMap(h -> registry.product(h.productId()));
        if (hanger.isEmpty() || product.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LiveStoreView.Garment(hangerId, product.get().id(), product.get().name(reader),
                hanger.get().size(), since,
                clients.findConsenting(clientId).map(Client::id).orElse(null), zoneId));
    }
}
