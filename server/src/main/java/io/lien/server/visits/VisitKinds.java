package io.lien.server.visits;

import io.lien.server.i18n.Phrase;
import io.lien.server.visits.model.VisitTypology;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes down what kind of visit a visit was once it has ended, for a manager's mix of visit kinds:
 * the same rules the tablet shows (VisitTypology), with evidence that names nobody — a gift hunt
 * keeps that a loved one's date was near, not whose. After the end is committed and off the thread
 * that ended it (the live store waits for nobody's database reads); at start-up, for the visits of
 * the last two days that ended without their kinds (a stop in between).
 */
@Singleton
public class VisitKinds {

    static final String GIFT_HUNT = "gift-hunt";
    private static final long CATCH_UP_MS = 2 * 86_400_000L;

    private final VisitKindsWriter writer;
    /** A thread of its own: Micronaut's executors carry the caller's context, here a transaction just closed. */
    private final ExecutorService executor = java.util.concurrent.Executors.newSingleThreadExecutor(work -> {
        Thread t = new Thread(work, "visit-kinds");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger pending = new AtomicInteger();

    VisitKinds(VisitKindsWriter writer) {
        this.writer = writer;
    }

    @TransactionalEventListener
    void onEnded(VisitsEnded ended) {
        List<Long> ids = ended.visits().stream().map(VisitsEnded.Ended::visitId).toList();
        submit(() -> writer.keep(ids));
    }

    @EventListener
    void catchUp(StartupEvent started) {
        submit(() -> writer.keep(writer.endedWithoutKinds(System.currentTimeMillis() - CATCH_UP_MS)));
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /** Visits whose kinds are still being written (tests and benchmarks wait for none). */
    public int pending() {
        return pending.get();
    }

    private void submit(Runnable work) {
        pending.incrementAndGet();
        executor.execute(() -> {
            try {
                work.run();
            } finally {
                pending.decrementAndGet();
            }
        });
    }

    static Phrase anonymous(VisitTypology.Label label) {
        if (!GIFT_HUNT.equals(label.code())) {
            return label.evidence();
        }
        List<Phrase.Arg> args = label.evidence().parts().get(0).args();
        return Phrase.of("visit.evidence.gift-hunt.kept", args.get(args.size() - 1));
    }
}
