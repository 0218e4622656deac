package io.lien.gateway;

import io.lien.protocol.RejectReason;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** What the gateway counts, readable at any time from any thread. */
public final class GatewayMetrics {

    private final LongAdder received = new LongAdder();
    private final LongAdder accepted = new LongAdder();
    private final LongAdder duplicates = new LongAdder();
    private final LongAdder forwarded = new LongAdder();
    private final LongAdder uplinkMessages = new LongAdder();
    private final LongAdder uplinkUnheard = new LongAdder();
    private final AtomicLong lanLost = new AtomicLong();
    private final AtomicLong journalPending = new AtomicLong();
    private final AtomicLong journalBytes = new AtomicLong();
    private final LongAdder journalDroppedFull = new LongAdder();
    private final LongAdder journalExpired = new LongAdder();
    private final Map<RejectReason, LongAdder> rejected = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> rejectedPerDevice = new ConcurrentHashMap<>();
    private volatile boolean uplinkConnected;
    /** The floor's path-loss exponent as the presence filter's readings show it (0 until a placed beacon is heard). */
    private volatile double pathLossExponent;

    void received() {
        received.increment();
    }

    void accepted() {
        accepted.increment();
    }

    void duplicate() {
        duplicates.increment();
    }

    void forwarded() {
        forwarded.increment();
    }

    /** One uplink message acknowledged (it may carry many events). */
    void uplinkMessage() {
        uplinkMessages.increment();
    }

    public long uplinkMessageCount() {
        return uplinkMessages.sum();
    }

    /** An uplink message the broker took with nobody subscribed: kept and sent again. */
    void uplinkUnheard() {
        uplinkUnheard.increment();
    }

    public long uplinkUnheardCount() {
        return uplinkUnheard.sum();
    }

    void rejected(String deviceId, RejectReason reason) {
        rejected.computeIfAbsent(reason, r -> new LongAdder()).increment();
        rejectedPerDevice.computeIfAbsent(deviceId == null ? "(no device)" : deviceId, d -> new LongAdder()).increment();
    }

    void lanLost(long total) {
        lanLost.set(total);
    }

    void journal(long pending, long bytes) {
        journalPending.set(pending);
        journalBytes.set(bytes);
    }

    void journalDroppedFull() {
        journalDroppedFull.increment();
    }

    void journalExpired() {
        journalExpired.increment();
    }

    public long journalDroppedFullCount() {
        return journalDroppedFull.sum();
    }

    void uplinkConnected(boolean connected) {
        uplinkConnected = connected;
    }

    public long receivedCount() {
        return received.sum();
    }

    public long acceptedCount() {
        return accepted.sum();
    }

    public long duplicateCount() {
        return duplicates.sum();
    }

    public long forwardedCount() {
        return forwarded.sum();
    }

    public long lanLostCount() {
        return lanLost.get();
    }

    public long rejectedCount(RejectReason reason) {
        LongAdder a = rejected.get(reason);
        return a == null ? 0 : a.sum();
    }

    public long rejectedCount(String deviceId) {
        LongAdder a = rejectedPerDevice.get(deviceId);
        return a == null ? 0 : a.sum();
    }

    public boolean uplinkConnected() {
        return uplinkConnected;
    }

    void pathLossExponent(double exponent) {
        pathLossExponent = exponent;
    }

    /** What the shoppers' readings say of the floor's path-loss exponent (docs/operations.md: setting it once). */
    public double pathLossExponent() {
        return pathLossExponent;
    }

    private long rateSampleAt;
    private long rateSampleForwarded;
    private volatile double forwardedPerSecond;

    /** Called about once a second: the forwarding (and, after an outage, replay) rate over the last sample. */
    void sampleRate(long now) {
        long forwardedNow = forwardedCount();
        if (rateSampleAt > 0 && now > rateSampleAt) {
            forwardedPerSecond = (forwardedNow - rateSampleForwarded) * 1000.0 / (now - rateSampleAt);
        }
        rateSampleAt = now;
        rateSampleForwarded = forwardedNow;
    }

    public double forwardedPerSecond() {
        return forwardedPerSecond;
    }

    /** A flat, sorted view for logs and the health endpoint. */
    public Map<String, Object> snapshot() {
        Map<String, Object> m = new TreeMap<>();
        m.put("received", receivedCount());
        m.put("accepted", acceptedCount());
        m.put("duplicates", duplicateCount());
        m.put("forwarded", forwardedCount());
        // forwarded / uplinkMessages = events per message: how much the batching groups
        m.put("uplinkMessages", uplinkMessageCount());
        m.put("uplinkUnheard", uplinkUnheardCount());
        // while the journal holds a backlog, this is the replay rate
        m.put("forwardedPerSecond", Math.round(forwardedPerSecond * 10) / 10.0);
        m.put("lanLost", lanLostCount());
        m.put("journalPending", journalPending.get());
        m.put("journalBytes", journalBytes.get());
        m.put("journalDroppedFull", journalDroppedFull.sum());
        m.put("journalExpired", journalExpired.sum());
        m.put("uplinkConnected", uplinkConnected);
        m.put("pathLossExponent", Math.round(pathLossExponent * 100) / 100.0);
        Map<String, Long> byReason = new TreeMap<>();
        rejected.forEach((reason, count) -> byReason.put(reason.code(), count.sum()));
        m.put("rejected", byReason);
        return m;
    }
}
