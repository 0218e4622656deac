package io.lien.server.live;

import io.lien.server.settings.MqttSettings;
import io.lien.server.settings.LiveSettings;
import io.lien.server.live.infrastructure.LiveSnapshotDocument;
import io.lien.server.live.infrastructure.LiveSnapshotRepository;
import io.lien.server.live.infrastructure.LiveSnapshotRow;
import io.lien.server.live.model.StoreLiveState;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Snapshots of the live state, so that a restart starts from the latest one and replays only the
 * signals stored after it — seconds of a busy day instead of all of it. Taken by the thread that
 * applies events, right after a commit, when the state is exactly that of the signals stored up to
 * then ({@code lien.live.snapshot-seconds}, 10 by default; 0 after every commit; negative: none
 * taken, none used),
 * and after a rebuild that replayed signals, so that the next start does not replay them again.
 * Several server instances sharing a subscription each hold part of the events: they take none.
 * <p>
 * Privacy: a stored snapshot names no shopper who is not identified with consent (their install
 * ids are replaced, as retention does in the signals), and an erasure deletes it; no snapshot of a
 * state built before an erasure is written afterwards ({@link #forgetting}).
 */
@Singleton
public class LiveSnapshots {

    private static final Logger LOG = LoggerFactory.getLogger(LiveSnapshots.class);

    private final LiveStore live;
    private final LiveSnapshotRepository rows;
    private final JsonMapper json;
    private final long everyMs;
    /** Wall-clock ms of the last snapshot; 0: none yet, so the first commit takes one. */
    private long lastTakenAt;
    private final SecureRandom random = new SecureRandom();
    /** Moves on at the start and at the end of every erasure. */
    private final AtomicLong generation = new AtomicLong();
    /** The generation when the live state was last rebuilt: a state older than an erasure is never stored. */
    private volatile long stateGeneration;

    LiveSnapshots(LiveStore live, LiveSnapshotRepository rows, JsonMapper json,
                  LiveSettings settings, MqttSettings mqtt) {
        this.live = live;
        this.rows = rows;
        this.json = json;
        this.everyMs = mqtt.sharedSubscription() ? -1 : Duration.ofSeconds(settings.snapshotSeconds()).toMillis();
    }

    /** After a commit, on the applying thread: the state now holds every signal up to {@code lastSignalId}. */
    public void afterCommit(long lastSignalId, long now) {
        if (everyMs < 0 || now - lastTakenAt < everyMs) {
            return;
        }
        lastTakenAt = now;
        take(lastSignalId, now);
    }

    /** After a rebuild, before events are taken again: the state holds every signal up to {@code lastSignalId}. */
    public void afterRebuild(long lastSignalId, long now) {
        if (everyMs >= 0) {
            lastTakenAt = now;
            take(lastSignalId, now);
        }
    }

    /**
     * An erasure is about to rewrite stored signals: the stored snapshot goes, and none of a state
     * built before the erasure is committed will be written (or kept, if one is being written now).
     */
    public void forgetting() {
        generation.incrementAndGet();
        delete();
    }

    /**
     * The erasure is committed; the state is rebuilt from the rewritten signals before the next
     * event. Same step as {@link #forgetting}: a snapshot written while the erasure ran is gone.
     */
    public void forgotten() {
        forgetting();
    }

    private void delete() {
        try {
            rows.deleteById(LiveSnapshotRow.ONLY);
        } catch (RuntimeException e) {
            LOG.warn("Live state snapshot not deleted: {}", e.toString());
        }
    }

    private void take(long lastSignalId, long now) {
        long seen = generation.get();
        if (seen != stateGeneration) {
            return;
        }
        try {
            Map<String, StoreLiveState.Snapshot> stores = new HashMap<>();
            live.snapshot().forEach((id, s) -> stores.put(id, s.withAnonymousInstalls(this::pseudonym)));
            String state = json.writeValueAsString(new LiveSnapshotDocument(stores));
            LiveSnapshotRow row = new LiveSnapshotRow(LiveSnapshotRow.ONLY, now, lastSignalId, state);
            if (rows.existsById(LiveSnapshotRow.ONLY)) {
                rows.update(row);
            } else {
                rows.save(row);
            }
            if (generation.get() != seen) {
                // an erasure began meanwhile: its deletion may have come before this write
                delete();
            }
        } catch (IOException | RuntimeException e) {
            // a snapshot only saves time at the next start; without one, the start replays the window
            LOG.warn("Live state snapshot not written: {}", e.toString());
        }
    }

    private String pseudonym() {
        return "anon-" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
    }

    /**
     * Puts the latest snapshot taken since {@code notBefore} in place of the live state.
     * @return the last signal it holds; empty when there is none to use (then the state is empty)
     */
    public OptionalLong restore(long notBefore) {
        stateGeneration = generation.get();
        live.clear();
        if (everyMs < 0) {
            return OptionalLong.empty();
        }
        Optional<LiveSnapshotRow> row = rows.findById(LiveSnapshotRow.ONLY).filter(r -> r.takenAt() >= notBefore);
        if (row.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            live.restore(json.readValue(row.get().state(), LiveSnapshotDocument.class).stores());
            return OptionalLong.of(row.get().lastSignalId());
        } catch (IOException | RuntimeException e) {
            LOG.warn("Live state snapshot unreadable, replaying the whole window instead: {}", e.toString());
            live.clear();
            return OptionalLong.empty();
        }
    }
}
