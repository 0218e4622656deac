package io.lien.server.insights.application;

import io.micronaut.transaction.annotation.TransactionalEventListener;
import io.lien.server.visits.VisitsEnded;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * When consenting clients' visits end, writes down what kind of relationship each client had with the
 * brand then (the card's rules), for a manager's mix of relationships — after the visit's end is
 * committed and off the thread that ended it (the live store waits for nobody's database reads), in
 * a transaction of its own that marks the visit's hour due ({@link RelationshipsWriter}).
 */
@Singleton
public class RelationshipsAtVisitEnd {

    private final RelationshipsWriter writer;
    /** A thread of its own: Micronaut's executors carry the caller's context, here a transaction just closed. */
    private final ExecutorService executor = java.util.concurrent.Executors.newSingleThreadExecutor(work -> {
        Thread t = new Thread(work, "visit-relationships");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger pending = new AtomicInteger();

    RelationshipsAtVisitEnd(RelationshipsWriter writer) {
        this.writer = writer;
    }

    @TransactionalEventListener
    void onEnded(VisitsEnded ended) {
        List<VisitsEnded.Ended> consenting = ended.visits().stream().filter(v -> v.clientId() != null).toList();
        if (consenting.isEmpty()) {
            return;
        }
        pending.incrementAndGet();
        executor.execute(() -> {
            try {
                writer.write(consenting);
            } finally {
                pending.decrementAndGet();
            }
        });
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /** Batches still being written (tests and benchmarks wait for none). */
    public int pending() {
        return pending.get();
    }
}
