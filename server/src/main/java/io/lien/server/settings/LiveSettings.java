package io.lien.server.settings;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The live store state kept in memory (ADR 18).
 *
 * @param replayHours     at start, signals of this many past hours rebuild the state when no snapshot is newer
 * @param snapshotSeconds how often the state is written as a snapshot (a restart replays only what came after);
 *                        -1: never, 0: after every commit
 * @param momentMaxAge    an event stored longer than this after it happened (a gateway's backlog, a replayed
 *                        history) still counts in visits and insights but makes no moment on the tablets' feed
 */
@ConfigurationProperties("lien.live")
public record LiveSettings(@Bindable(defaultValue = "16") long replayHours,
                           @Bindable(defaultValue = "10") long snapshotSeconds,
                           @Bindable(defaultValue = "1h") java.time.Duration momentMaxAge) {

    public LiveSettings {
        InvalidSetting.require(replayHours >= 1 && replayHours <= 72, "lien.live.replay-hours", "must be 1–72 hours", replayHours);
        InvalidSetting.require(snapshotSeconds >= -1 && snapshotSeconds <= 3600, "lien.live.snapshot-seconds",
                "must be -1 (no snapshots), 0 (after every commit) or up to 3600 seconds", snapshotSeconds);
        InvalidSetting.positive(momentMaxAge, "lien.live.moment-max-age");
    }
}
