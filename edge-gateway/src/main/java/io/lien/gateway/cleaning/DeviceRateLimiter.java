package io.lien.gateway.cleaning;

import java.util.HashMap;
import java.util.Map;

/**
 * A token bucket per device: {@code burst} messages at once, then {@code perSecond} sustained.
 * The protocol's busiest device (the shopper app) sends one message a second and a lifted hanger
 * at most ten a minute, so the defaults leave honest devices far below the limit, while a
 * flooding one is cut off before its messages are even parsed.
 */
public final class DeviceRateLimiter {

    public record Settings(double perSecond, double burst) {
        public static Settings defaults() {
            return new Settings(10, 30);
        }
    }

    private static final class Bucket {
        double tokens;
        long refilledAt;
    }

    private static final int MAX_TRACKED = 100_000;
    private final Settings settings;
    private final Map<String, Bucket> buckets = new HashMap<>();

    public DeviceRateLimiter(Settings settings) {
        this.settings = settings;
    }

    public boolean allow(String deviceId, long nowMillis) {
        Bucket b = buckets.get(deviceId);
        if (b == null) {
            if (buckets.size() >= MAX_TRACKED) {
                buckets.clear();
            }
            b = new Bucket();
            b.tokens = settings.burst();
            b.refilledAt = nowMillis;
            buckets.put(deviceId, b);
        }
        double elapsed = Math.max(0, nowMillis - b.refilledAt) / 1000.0;
        b.tokens = Math.min(settings.burst(), b.tokens + elapsed * settings.perSecond());
        b.refilledAt = nowMillis;
        if (b.tokens < 1) {
            return false;
        }
        b.tokens -= 1;
        return true;
    }
}
