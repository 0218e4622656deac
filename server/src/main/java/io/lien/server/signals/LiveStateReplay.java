package io.lien.server.signals;

import io.lien.server.settings.LiveSettings;
import io.lien.protocol.uplink.UplinkEnvelope;
import io.lien.protocol.uplink.UplinkTopics;
import io.lien.server.live.LiveSnapshots;
import io.lien.server.live.LiveStore;
import io.lien.server.moments.application.MomentComposer;
import io.micronaut.data.model.Pageable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;

/**
 * Rebuilds every store's live state after a restart: from the latest snapshot taken within the
 * replay window ({@link LiveSnapshots}) and the signals stored after it, or without one, from the
 * signals received within the window. Signals are applied in their stored order by the same code
 * that applied them the first time, with the moments and visit facts it composes thrown away (they
 * were stored and streamed then). Presence ends with a leave from the gateway, so a window longer
 * than a store's day brings back exactly who is in now.
 */
@Singleton
public class LiveStateReplay {

    private static final Logger LOG = LoggerFactory.getLogger(LiveStateReplay.class);
    private static final int PAGE = 2_000;

    private final SignalRepository signals;
    private final MomentComposer composer;
    private final LiveStore live;
    private final LiveSnapshots snapshots;
    private final Duration window;
    private volatile Rebuild lastRebuild;

    /** How the last rebuild went: from a snapshot or not, and how many signals it applied. */
    public record Rebuild(boolean fromSnapshot, long signalsApplied, long millis) {
    }

    LiveStateReplay(SignalRepository signals, MomentComposer composer, LiveStore live, LiveSnapshots snapshots,
                    LiveSettings settings) {
        this.signals = signals;
        this.composer = composer;
        this.live = live;
        this.snapshots = snapshots;
        this.window = Duration.ofHours(settings.replayHours());
    }

    public Rebuild lastRebuild() {
        return lastRebuild;
    }

    /** Rebuilds the live state from the database if a failed write left it stale. */
    public void rebuildIfStale(long now) {
        synchronized (live) {
            if (live.stale()) {
                LOG.warn("A write failed after its event was applied: rebuilding the live state from the database");
                replay(now);
            }
        }
    }

    /**
     * Applies the window's signals, holding the live state so that nothing else (the visit
     * sweeper) sees it half rebuilt. @return how many signals were applied
     */
    public long replay(long now) {
        synchronized (live) {
            return replayHeld(now);
        }
    }

    private long replayHeld(long now) {
        long started = System.nanoTime();
        long windowStart = now - window.toMillis();
        OptionalLong snapshot = snapshots.restore(windowStart);
        long since = snapshot.isPresent() ? Long.MIN_VALUE : windowStart;
        long applied = 0;
        long afterId = snapshot.orElse(0);
        List<Signal> page;
        do {
            page = signals.findByIdGreaterThanAndReceivedAtGreaterThanEqualsOrderByIdAsc(afterId, since, Pageable.from(0, PAGE));
            for (Signal s : page) {
                afterId = s.id();
                String topic = UplinkTopics.events(s.storeId(), s.gatewayId());
                if (UplinkEnvelope.decode(topic, s.payload().getBytes(StandardCharsets.UTF_8))
                        instanceof UplinkEnvelope.Decoded.Accepted a) {
                    composer.compose(a.envelope(), s.id());
                    applied++;
                }
            }
        } while (page.size() == PAGE);
        if (applied > 0) {
            snapshots.afterRebuild(afterId, now);
        }
        lastRebuild = new Rebuild(snapshot.isPresent(), applied, (System.nanoTime() - started) / 1_000_000);
        if (snapshot.isPresent()) {
            LOG.info("Live state rebuilt from the snapshot of signal {} and {} signal(s) after it in {} ms",
                    snapshot.getAsLong(), applied, lastRebuild.millis());
        } else {
            LOG.info("Live state rebuilt from {} signal(s) of the last {} h in {} ms", applied, window.toHours(), lastRebuild.millis());
        }
        return applied;
    }
}
