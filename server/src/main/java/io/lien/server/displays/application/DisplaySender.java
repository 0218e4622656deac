package io.lien.server.displays.application;

import io.lien.protocol.uplink.DisplayCommand;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends a device its display only when the text changed (or when it rebooted and lost it), at most
 * {@code lien.displays.max-messages-per-second}: a burst waits its turn instead of flooding a store's
 * gateway. Counts what it sent, skipped as unchanged, deferred and failed.
 */
@Singleton
public class DisplaySender {

    private static final Logger LOG = LoggerFactory.getLogger(DisplaySender.class);

    @Serdeable
    public record Counts(long sent, long unchanged, long deferred, long failed, int devices) {
    }

    /** What sending one display came to. */
    enum Result { SENT, UNCHANGED, DEFERRED }

    private final DisplayUplink uplink;
    private final Map<String, String> lastSent = new ConcurrentHashMap<>();
    private final int perSecond;
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong unchanged = new AtomicLong();
    private final AtomicLong deferred = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private long windowStart;
    private int inWindow;

    DisplaySender(DisplayUplink uplink, io.lien.server.settings.DisplaySettings settings) {
        this.uplink = uplink;
        this.perSecond = settings.maxMessagesPerSecond();
    }

    /** @param again send even if unchanged: the device rebooted and shows nothing */
    synchronized Result show(String storeId, DisplayCommand command, boolean again, long now) {
        String key = command.deviceId();
        String payload = command.devicePayload();
        if (!again && payload.equals(lastSent.get(key))) {
            unchanged.incrementAndGet();
            return Result.UNCHANGED;
        }
        if (now - windowStart >= 1000) {
            windowStart = now;
            inWindow = 0;
        }
        if (inWindow >= perSecond) {
            deferred.incrementAndGet();
            return Result.DEFERRED;
        }
        inWindow++;
        lastSent.put(key, payload);
        sent.incrementAndGet();
        uplink.send(storeId, command).whenComplete((ok, failure) -> {
            if (failure != null) {
                // not sent: the next change (or a reboot) sends it again rather than believing it shown
                lastSent.remove(key, payload);
                failed.incrementAndGet();
                LOG.debug("Display for {} not sent: {}", key, failure.getMessage());
            }
        });
        return Result.SENT;
    }

    /** Takes back what the store's devices were sent, retained on the broker (a closed store, a test's store). */
    void withdraw(String storeId, java.util.Collection<String> deviceIds) {
        java.util.List<java.util.concurrent.CompletableFuture<Void>> done = new java.util.ArrayList<>();
        for (String id : deviceIds) {
            lastSent.remove(id);
            done.add(uplink.withdraw(storeId, id));
        }
        try {
            java.util.concurrent.CompletableFuture.allOf(done.toArray(java.util.concurrent.CompletableFuture[]::new))
                    .get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.warn("Could not withdraw every display of store {}: {}", storeId, e.toString());
        }
    }

    /** When the next message may go, if the window is full now. */
    synchronized long nextWindowIn(long now) {
        return inWindow < perSecond ? 0 : Math.max(1, 1000 - (now - windowStart));
    }

    public Counts counts() {
        return new Counts(sent.get(), unchanged.get(), deferred.get(), failed.get(), lastSent.size());
    }
}
