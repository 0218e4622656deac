package io.lien.server.visits;

import io.lien.server.live.LiveStore;
import io.lien.server.visits.model.VisitFact;
import io.micronaut.scheduling.annotation.Scheduled;
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

    VisitSweeper(LiveStore live, VisitRecorder recorder) {
        this.live = live;
        this.recorder = recorder;
    }

    @Scheduled(fixedDelay = "${lien.visits.sweep-every:30s}", initialDelay = "${lien.visits.sweep-every:30s}")
    void sweep() {
        endVisitsAwaySince(System.currentTimeMillis());
    }

    /** @return the visits ended */
    public int endVisitsAwaySince(long now) {
        synchronized (live) {
            List<VisitFact> ended = live.endVisitsAwaySince(now);
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
}
