package io.lien.server.moments;

import io.lien.server.advisors.Advisor;
import io.lien.server.advisors.AdvisorRepository;
import io.lien.server.clients.Client;
import io.lien.server.clients.ClientDirectory;
import jakarta.inject.Singleton;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Each store's live feed. A subscriber first gets what it missed from the database (after its
 * Last-Event-ID, or the latest moments on a first connection), then live moments. The live sink
 * replays its last 30 s to each new subscriber, so nothing published between the database read
 * and the subscription is lost; ids drop what was already sent.
 */
@Singleton
public class MomentStream {

    static final int FIRST_CONNECTION_HISTORY = 20;
    static final Duration OVERLAP = Duration.ofSeconds(30);

    private final Map<String, Sinks.Many<MomentView>> sinks = new ConcurrentHashMap<>();
    private final ReentrantLock appendLock = new ReentrantLock();
    /**
     * Clients erased in the last {@link #OVERLAP}: the live sink's replay may still hold moments
     * about them, which no new subscriber must get. Kept only as long as that replay.
     */
    private final Map<String, Long> erasedAt = new ConcurrentHashMap<>();
    private final MomentRepository moments;
    private final ClientDirectory clients;
    private final AdvisorRepository advisors;

    MomentStream(MomentRepository moments, ClientDirectory clients, AdvisorRepository advisors) {
        this.advisors = advisors;
        this.moments = moments;
        this.clients = clients;
    }

    /**
     * Runs a write of moments and their publication under one lock: ids are given out in the
     * order of the writes, so a tablet resuming after id N never misses a moment committed later
     * with a smaller id. Ingestion holds it for a batch; a claim for its one moment.
     */
    public <T> T appending(Supplier<T> writeAndPublish) {
        appendLock.lock();
        try {
            return writeAndPublish.get();
        } finally {
            appendLock.unlock();
        }
    }

    /** Saves one moment written outside ingestion (a claim, a selection opened) and publishes it. */
    public Moment append(Moment moment) {
        return appending(() -> {
            Moment saved = moments.save(moment);
            publish(List.of(saved));
            return saved;
        });
    }

    /** Called after the moments' transaction committed, under {@link #appending}. */
    public void publish(List<Moment> committed) {
        for (Moment m : committed) {
            Sinks.Many<MomentView> sink = sink(m.storeId());
            synchronized (sink) {
                sink.tryEmitNext(view(m));
            }
        }
    }

    /** @param lastEventId the last moment id the client saw, or {@code null} on a first connection */
    public Flux<MomentView> stream(String storeId, Long lastEventId) {
        return Flux.defer(() -> {
            List<MomentView> missed = missed(storeId, lastEventId);
            long seen = missed.isEmpty() ? (lastEventId == null ? -1 : lastEventId) : missed.get(missed.size() - 1).id();
            return Flux.concat(Flux.fromIterable(missed), sink(storeId).asFlux().filter(m -> m.id() > seen && !erased(m)));
        });
    }

    /** The client was erased: their moments are deleted; the live replay must not resend them. */
    public void forget(String clientId) {
        long now = System.currentTimeMillis();
        erasedAt.values().removeIf(t -> now - t > OVERLAP.toMillis());
        erasedAt.put(clientId, now);
    }

    private boolean erased(MomentView m) {
        return m.clientId() != null && !erasedAt.isEmpty() && erasedAt.containsKey(m.clientId());
    }

    public List<MomentView> recent(String storeId) {
        return moments.findTop50ByStoreIdOrderByIdDesc(storeId).stream().map(this::view).toList();
    }

    private List<MomentView> missed(String storeId, Long lastEventId) {
        if (lastEventId != null) {
            return moments.findByStoreIdAndIdGreaterThanOrderByIdAsc(storeId, lastEventId).stream().map(this::view).toList();
        }
        List<MomentView> latest = new ArrayList<>(moments.findTop50ByStoreIdOrderByIdDesc(storeId).stream()
                .limit(FIRST_CONNECTION_HISTORY).map(this::view).toList());
        Collections.reverse(latest);
        return latest;
    }

    private Sinks.Many<MomentView> sink(String storeId) {
        return sinks.computeIfAbsent(storeId, s -> Sinks.many().replay().limit(OVERLAP));
    }

    public MomentView view(Moment m) {
        String name = clients.find(m.clientId()).map(Client::firstName).orElse(null);
        return new MomentView(m.id(), m.storeId(), m.ts(), m.kind().name(), m.textEn(), m.textFr(), m.clientId(), name,
                m.approachability(), m.zoneId(), m.hangerId(), m.productId(), m.refersTo(), m.advisor(),
                m.advisor() == null ? null : advisors.findById(m.advisor()).map(Advisor::firstName).orElse(m.advisor()));
    }
}
