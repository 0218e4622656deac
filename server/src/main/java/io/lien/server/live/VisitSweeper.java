package io.lien.server.live;

import java.time.Duration;
import jakarta.inject.Named;
import io.micronaut.scheduling.TaskScheduler;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.context.event.StartupEvent;
import io.lien.server.settings.VisitSettings;
import io.lien.server.visits.VisitRecorder;
import io.lien.server.visits.model.VisitFact;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Ends the visits of shoppers who left and did not come back within the absence setting. The
 * end is the time of their last leave, so ending a visit twice (after a restart) changes nothing.
 */
@Singleton
public class VisitSweeper {

    private final LiveStore live;
    private final VisitRecorder recorder;
    private final TaskScheduler scheduler;
    private final Duration sweepEvery;

    VisitSweeper(LiveStore live, VisitRecorder recorder, VisitSettings settings,
                 @Named(TaskExecutors.SCHEDULED) TaskScheduler scheduler) {
        this.scheduler = scheduler;
        this.sweepEvery = settings.sweepEvery();
        this.live = live;
        this.recorder = recorder;
    }

    @EventListener
    void schedule(StartupEvent started) {
        scheduler.scheduleWithFixedDelay(sweepEvery, sweepEvery, this::sweep);
    }

    void sweep() {
        endVisitsAwaySince(System.currentTimeMillis());
    }

    /**
     * Takes the ended visits out of the live state under its lock, and writes them after letting it
     * go: ingestion holds rows of its batch while it waits for the live state, so writing them with the
     * lock held waited for ingestion's rows while ingestion waited for the lock — on PostgreSQL a
     * gateway's backlog stalled there. The writes (an end time, set once) do not depend on their order
     * with ingestion's.
     *
     * @return the visits ended
     */
    public int endVisitsAwaySince(long now) {
        List<VisitFact> ended;
        synchronized (live) {
            ended = live.endVisitsAwaySince(now);
        }
        if (ended.isEmpty()) {
            return 0;
        }
        try {
            recorder.record(ended);
        } catch (RuntimeException e) {
            // the ended visits left memory but not the database: rebuild, and they come back to be ended
            live.markStale();
            throw e;
        }
        return ended.size();
    }
}
