package io.lien.server.moments;

import io.lien.server.advisors.Advisor;
import io.lien.server.advisors.AdvisorRepository;
import io.lien.server.clients.Client;
import io.lien.server.clients.ClientDirectory;
import io.lien.server.registry.PhraseWording;
import jakarta.inject.Singleton;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
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

    private final Map<String, Sinks.Many<Published>> sinks = new ConcurrentHashMap<>();
    private final ReentrantLock appendLock = new ReentrantLock();
    /**
     * Clients erased in the last {@link #OVERLAP}: the live sink's replay may still hold moments
     * about them, which no new subscriber must get. Kept only as long as that replay.
     */
    private final Map<String, Long> erasedAt = new ConcurrentHashMap<>();
    private final MomentRepository moments;
    private final ClientDirectory clients;
    private final AdvisorRepository advisors;
    private final PhraseWording wording;

    /**
     * A moment as the feed carries it, before it is worded: names looked up once, then its view in
     * each reader's language made once and shared by every tablet reading that language.
     */
    private final class Published {
        private final Moment moment;
        private final String clientName;
        private final String advisorName;
        private final Map<Locale, MomentView> byLanguage = new ConcurrentHashMap<>(2);

        Published(Moment moment) {
            this.moment = moment;
            this.clientName = clients.find(moment.clientId()).map(Client::firstName).orElse(null);
            this.advisorName = moment.advisor() == null ? null
                    : advisors.findById(moment.advisor()).map(Advisor::firstName).orElse(moment.advisor());
        }

        MomentView in(Locale locale) {
            return byLanguage.computeIfAbsent(locale, l -> new MomentView(moment.id(), moment.storeId(), moment.ts(),
                    moment.kind().name(), wording.word(moment.phrase(), l), moment.clientId(), clientName,
                    moment.approachability(), moment.zoneId(), moment.hangerId(), moment.productId(), moment.refersTo(),
                    moment.advisor(), advisorName));
        }
    }

    MomentStream(MomentRepository moments, ClientDirectory clients, AdvisorRepository advisors, PhraseWording wording) {
        this.advisors = advisors;
        this.wording = wording;
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
            Sinks.Many<Published> sink = sink(m.storeId());
            synchronized (sink) {
                sink.tryEmitNext(new Published(m));
            }
        }
    }

    /**
     * @param lastEventId the last moment id the client saw, or {@code null} on a first connection
     * @param locale      the reader's language: every moment is worded in it
     */
    public Flux<MomentView> stream(String storeId, Long lastEventId, Locale locale) {
        return Flux.defer(() -> {
            List<MomentView> missed = missed(storeId, lastEventId, locale);
            long seen = missed.isEmpty() ? (lastEventId == null ? -1 : lastEventId) : missed.get(missed.size() - 1).id();
            return Flux.concat(Flux.fromIterable(missed), sink(storeId).asFlux()
                    .filter(p -> p.moment.id() > seen && !erased(p.moment)).map(p -> p.in(locale)));
        });
    }

    /** The client was erased: their moments are deleted; the live replay must not resend them. */
    public void forget(String clientId) {
        long now = System.currentTimeMillis();
        erasedAt.values().removeIf(t -> now - t > OVERLAP.toMillis());
        erasedAt.put(clientId, now);
    }

    private boolean erased(Moment m) {
        return m.clientId() != null && !erasedAt.isEmpty() && erasedAt.containsKey(m.clientId());
    }

    public List<MomentView> recent(String storeId, Locale locale) {
        return moments.findTop50ByStoreIdOrderByIdDesc(storeId).stream().map(m -> view(m, locale)).toList();
    }

    private List<MomentView> missed(String storeId, Long lastEventId, Locale locale) {
        if (lastEventId != null) {
            return moments.findByStoreIdAndIdGreaterThanOrderByIdAsc(storeId, lastEventId).stream().map(m -> view(m, locale)).toList();
        }
        List<MomentView> latest = new ArrayList<>(moments.findTop50ByStoreIdOrderByIdDesc(storeId).stream()
                .limit(FIRST_CONNECTION_HISTORY).map(m -> view(m, locale)).toList());
        Collections.reverse(latest);
        return latest;
    }

    private Sinks.Many<Published> sink(String storeId) {
        return sinks.computeIfAbsent(storeId, s -> Sinks.many().replay().limit(OVERLAP));
    }

    /** The moment as a tablet reading {@code locale} gets it. */
    public MomentView view(Moment m, Locale locale) {
        return new Published(m).in(locale);
    }
}
