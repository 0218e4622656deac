package io.lien.server.setup.application;

import io.lien.protocol.uplink.UplinkEvent;
import io.lien.server.setup.DeviceHealthRepository;
import io.lien.server.setup.DeviceHealthRow;
import io.lien.server.signals.EventsStored;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.TaskScheduler;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether each device is alive, as the back office shows it: the first and last time the server heard of it (any
 * event it caused; a reader, the hangers it saw), its last battery, and whether its gateway says it fell silent.
 * Noted in memory as events are stored (ingestion does not wait), written every few seconds, kept over restarts.
 */
@Singleton
public class DeviceLife {

    private static final Logger LOG = LoggerFactory.getLogger(DeviceLife.class);
    static final Duration WRITE_EVERY = Duration.ofSeconds(3);
    static final int LOW_BATTERY = 20;

    /** A device's life as the server knows it; {@code silent}: its gateway said so and has not said it is back. */
    public record Life(String deviceId, String storeId, @Nullable Long firstSeen, @Nullable Long lastHeard, @Nullable Integer battery,
                       boolean silent) {
    }

    /** What was noted since the last write: {@code silence} null when untouched, else whether it is silent now. */
    private record Note(String storeId, @Nullable Long firstSeen, @Nullable Long lastHeard, @Nullable Integer battery,
                        @Nullable Boolean silence, @Nullable Long silentSince) {
        Note then(Note later) {
            return new Note(later.storeId, first(firstSeen, later.firstSeen), last(lastHeard, later.lastHeard),
                    later.battery == null ? battery : later.battery, later.silence == null ? silence : later.silence,
                    later.silence == null ? silentSince : later.silentSince);
        }
    }

    private final DeviceHealthRepository rows;
    private final TaskScheduler scheduler;
    private final Map<String, Note> pending = new ConcurrentHashMap<>();

    DeviceLife(DeviceHealthRepository rows, @Named(TaskExecutors.SCHEDULED) TaskScheduler scheduler) {
        this.rows = rows;
        this.scheduler = scheduler;
    }

    @EventListener
    void start(StartupEvent started) {
        scheduler.scheduleWithFixedDelay(WRITE_EVERY, WRITE_EVERY, this::write);
    }

    @EventListener
    void stop(ShutdownEvent stopping) {
        write();
    }

    @EventListener
    void onStored(EventsStored stored) {
        long now = System.currentTimeMillis();
        for (EventsStored.Stored s : stored.events()) {
            UplinkEvent e = s.event();
            if (e instanceof UplinkEvent.ShopperPresence) {
                continue; // an app install is nobody's device to look after
            }
            if (e instanceof UplinkEvent.DeviceHealth h && h.state().equals("silent")) {
                note(h.deviceId(), new Note(s.storeId(), null, null, null, true, now)); // a silence is not a sign of life
                continue;
            }
            Integer battery = e instanceof UplinkEvent.DeviceStatus d ? Integer.valueOf(d.battery())
                    : e instanceof UplinkEvent.HangerLifted l ? Integer.valueOf(l.battery()) : null;
            note(e.deviceId(), new Note(s.storeId(), now, now, battery, false, null));
            if (e instanceof UplinkEvent.HangerZoneChanged z && z.readerId() != null) {
                note(z.readerId(), new Note(s.storeId(), now, now, null, false, null)); // the reader saw the hanger: both are alive
            }
        }
    }

    private void note(String deviceId, Note note) {
        pending.merge(deviceId, note, Note::then);
    }

    /** Writes what was noted since the last time (one row per device, first seen kept). */
    synchronized void write() {
        if (pending.isEmpty()) {
            return;
        }
        Map<String, Note> batch = new HashMap<>(pending);
        batch.forEach(pending::remove); // Map.remove(key, value): a newer note of the same device stays for the next round
        try {
            batch.forEach((id, n) -> {
                java.util.Optional<DeviceHealthRow> was = rows.findById(id);
                DeviceHealthRow row = was.map(r -> new DeviceHealthRow(id, n.storeId(), first(r.firstSeen(), n.firstSeen()),
                                last(r.lastHeard(), n.lastHeard()), n.battery() == null ? r.battery() : n.battery(),
                                n.silence() == null ? r.silentSince() : n.silentSince()))
                        .orElse(new DeviceHealthRow(id, n.storeId(), n.firstSeen(), n.lastHeard(), n.battery(), n.silentSince()));
                if (was.isPresent()) {
                    rows.update(row);
                } else {
                    rows.save(row);
                }
            });
        } catch (RuntimeException e) {
            batch.forEach((id, n) -> pending.merge(id, n, (newer, older) -> older.then(newer))); // tried again at the next round
            LOG.warn("Device health not written now ({} devices), tried again: {}", batch.size(), e.toString());
        }
    }

    /** Every device of the store the server heard of (or was told is silent), with what is not written yet. */
    public Map<String, Life> of(String storeId) {
        Map<String, Note> notes = new HashMap<>();
        for (DeviceHealthRow r : rows.findByStoreId(storeId)) {
            notes.put(r.deviceId(), new Note(r.storeId(), r.firstSeen(), r.lastHeard(), r.battery(), r.silentSince() != null, r.silentSince()));
        }
        pending.forEach((id, n) -> {
            if (n.storeId().equals(storeId)) {
                notes.merge(id, n, Note::then);
            }
        });
        Map<String, Life> lives = new HashMap<>();
        notes.forEach((id, n) -> lives.put(id, new Life(id, n.storeId(), n.firstSeen(), n.lastHeard(), n.battery(), Boolean.TRUE.equals(n.silence()))));
        return lives;
    }

    /**
     * How a device is doing, for a badge: never heard, alive, low battery, or silent — as its gateway says (a still
     * hanger sends nothing upstream, so the server's own clock cannot tell a silence).
     */
    public static String state(@Nullable Life life) {
        if (life != null && life.silent()) {
            return "silent";
        }
        if (life == null || life.lastHeard() == null) {
            return "never";
        }
        return life.battery() != null && life.battery() < LOW_BATTERY ? "low-battery" : "alive";
    }

    private static Long first(Long a, Long b) {
        return a == null ? b : b == null ? a : Long.valueOf(Math.min(a, b));
    }

    private static Long last(Long a, Long b) {
        return a == null ? b : b == null ? a : Long.valueOf(Math.max(a, b));
    }
}
