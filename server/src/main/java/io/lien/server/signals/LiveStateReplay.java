package io.lien.server.signals;

import io.lien.protocol.uplink.UplinkEnvelope;
import io.lien.protocol.uplink.UplinkTopics;
import io.lien.server.live.LiveStore;
import io.lien.server.moments.application.MomentComposer;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.model.Pageable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * Rebuilds every store's live state after a restart by applying, in their stored order, the
 * signals received within the replay window — the same code that applied them the first time,
 * with the moments and visit facts it composes thrown away (they were stored and streamed then). Presence ends with a leave
 * from the gateway, so a window longer than a store's day brings back exactly who is in now.
 */
@Singleton
public class LiveStateReplay {

    private static final Logger LOG = LoggerFactory.getLogger(LiveStateReplay.class);
    private static final int PAGE = 2_000;

    private final SignalRepository signals;
    private final MomentComposer composer;
    private final LiveStore live;
    private final Duration window;

    LiveStateReplay(SignalRepository signals, MomentComposer composer, LiveStore live,
                    @Value("${lien.live.replay-hours:16}") long replayHours) {
        this.signals = signals;
        this.composer = composer;
        this.live = live;
        this.window = Duration.ofHours(replayHours);
    }

    /** Rebuilds the live state from the database if a failed write left it stale. */
    public void rebuildIfStale(long now) {
        synchronized (live) {
            if (live.stale()) {
                LOG.warn("A write failed after its event was applied: rebuilding the live state from the database");
                live.clear();
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
        long since = now - window.toMillis();
        long applied = 0;
        long afterId = 0;
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
        LOG.info("Live state rebuilt from {} signal(s) of the last {} h in {} ms", applied, window.toHours(),
                (System.nanoTime() - started) / 1_000_000);
        return applied;
    }
}
