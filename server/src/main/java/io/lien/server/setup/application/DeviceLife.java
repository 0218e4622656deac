package io.lien.server.setup.application;

import io.lien.protocol.uplink.UplinkEvent;
import io.lien.server.setup.DeviceHealthRepository;
import io.lien.server.setup.DeviceHealthRow;
import io.lien.server.signals.EventsStored;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.context.event.StartupEvent;
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
 * Whether each device is alive, as the back office shows it: the first and last time the server heard of
 * it (any event it caused, its gateway's hello), its last battery, and whether its gateway says it fell
 * silent. Noted in memory as events are stored (ingestion does not wait), written every few seconds.
 */
@Singleton
public class DeviceLife {

    private static final Logger LOG = LoggerFactory.getLogger(DeviceLife.class);
    static final Duration WRITE_EVERY = Duration.ofSeconds(3);

    /** A device's life as the server knows it; {@code silent}: its gateway said so and has not said it is back. */
    public record Life(String deviceId, String storeId, long firstSeen, long lastHeard, Integer battery, boolean silent) {
    }

    private final DeviceHealthRepository rows;
    private final TaskScheduler scheduler;
    private final Map<String, Life> pending = new ConcurrentHashMap<>();
    private final Map<String, Boolean> silent = new ConcurrentHashMap<>();

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
            Integer battery = e instanceof UplinkEvent.DeviceStatus d ? Integer.valueOf(d.battery())
                    : e instanceof UplinkEvent.HangerLifted l ? Integer.valueOf(l.battery()) : null;
            if (e instanceof UplinkEvent.DeviceHealth h) {
                silent.put(h.deviceId(), h.state().equals("silent"));
                if (h.state().equals("silent")) {
                    continue; // a silence is not a sign of life
                }
            }
            heard(e.deviceId(), s.storeId(), now, battery);
            if (e instanceof UplinkEvent.HangerZoneChanged z && z.readerId() != null) {
                heard(z.readerId(), s.storeId(), now, null); // the reader saw the hanger: both are alive
            }
        }
    }

    private void heard(String deviceId, String storeId, long now, Integer battery) {
        silent.put(deviceId, false);
        pending.merge(deviceId, new Life(deviceId, storeId, now, now, battery, false),
                (was, seen) -> new Life(was.deviceId(), storeId, was.firstSeen(), now, battery == null ? was.battery() : battery, false));
    }

    /** Writes what was noted since the last time (one row per device, first seen kept). */
    synchronized void write() {
        if (pending.isEmpty()) {
            return;
        }
        Map<String, Life> batch = new HashMap<>(pending);
        batch.forEach(pending::remove); // Map.remove(key, value): a newer note of the same device stays for the next round
        try {
            for (Life l : batch.values()) {
                DeviceHealthRow row = rows.findById(l.deviceId())
                        .map(r -> new DeviceHealthRow(r.deviceId(), l.storeId(), Math.min(r.firstSeen(), l.firstSeen()),
                                Math.max(r.lastHeard(), l.lastHeard()), l.battery() == null ? r.battery() : l.battery()))
                        .orElse(new DeviceHealthRow(l.deviceId(), l.storeId(), l.firstSeen(), l.lastHeard(), l.battery()));
                if (rows.existsById(row.deviceId())) {
                    rows.update(row);
                } else {
                    rows.save(row);
                }
            }
        } catch (RuntimeException e) {
            batch.forEach(pending::putIfAbsent); // tried again at the next round
            LOG.warn("Device health not written now ({} devices), tried again: {}", batch.size(), e.toString());
        }
    }

    /** Every device of the store the server heard of, with what is not written yet. */
    public Map<String, Life> of(String storeId) {
        Map<String, Life> lives = new HashMap<>();
        for (DeviceHealthRow r : rows.findByStoreId(storeId)) {
            lives.put(r.deviceId(), new Life(r.deviceId(), r.storeId(), r.firstSeen(), r.lastHeard(), r.battery(), false));
        }
        pending.values().stream().filter(l -> l.storeId().equals(storeId)).forEach(l -> lives.merge(l.deviceId(), l,
                (a, b) -> new Life(a.deviceId(), a.storeId(), Math.min(a.firstSeen(), b.firstSeen()), Math.max(a.lastHeard(), b.lastHeard()),
                        b.battery() == null ? a.battery() : b.battery(), false)));
        lives.replaceAll((id, l) -> new Life(id, l.storeId(), l.firstSeen(), l.lastHeard(), l.battery(), silent.getOrDefault(id, false)));
        return lives;
    }

    /**
     * How a device is doing, for a badge: never heard, alive, low battery, or silent — as its gateway says
     * (a still hanger sends nothing upstream, so the server's own clock cannot tell a silence).
     */
    public static String state(Life life) {
        if (life == null) {
            return "never";
        }
        if (life.silent()) {
            return "silent";
        }
        return life.battery() != null && life.battery() < 20 ? "low-battery" : "alive";
    }
}
