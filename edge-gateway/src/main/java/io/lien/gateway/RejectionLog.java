package io.lien.gateway;

import io.lien.protocol.RejectReason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Logs a rejected message at most once per device per minute, so a broken device cannot flood the log. */
final class RejectionLog {

    private static final Logger LOG = LoggerFactory.getLogger(RejectionLog.class);
    static final long INTERVAL_MS = 60_000;

    private final Map<String, Long> lastLogged = new ConcurrentHashMap<>();

    /** @return whether this rejection was logged */
    boolean log(String deviceId, RejectReason reason, String detail, long now) {
        String key = deviceId == null ? "(no device)" : deviceId;
        Long last = lastLogged.get(key);
        if (last != null && now - last < INTERVAL_MS) {
            return false;
        }
        if (lastLogged.size() > 100_000) {
            lastLogged.clear();
        }
        lastLogged.put(key, now);
        LOG.warn("Refused {}: {} ({}); further refusals of it are counted, not logged, for a minute",
                key, reason.code(), detail);
        return true;
    }
}
