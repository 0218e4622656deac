package io.lien.gateway.cleaning;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Drops repeated (boot, seq) pairs per device and counts messages lost on the LAN from gaps in
 * seq. A window of recent seqs per device accepts late, out-of-order arrivals once.
 */
public final class Deduplicator {

    static final int WINDOW = 1024;

    /** {@code REBOOTED}: new, and the first of a new boot of a device already heard. */
    public enum Verdict { NEW, REBOOTED, DUPLICATE }

    private static final class DeviceWindow {
        long boot;
        long highest = -1;
        final BitSet seen = new BitSet(WINDOW);
    }

    private final Map<String, DeviceWindow> devices = new HashMap<>();
    private long lanLost;

    public Verdict check(String deviceId, long boot, long seq) {
        DeviceWindow w = devices.get(deviceId);
        boolean rebooted = w != null && w.boot != boot;
        if (w == null || rebooted || seq + WINDOW <= w.highest - WINDOW) {
            // first message, a reboot, or (for the boot-less app) a restart far behind: a new stream
            w = new DeviceWindow();
            w.boot = boot;
            devices.put(deviceId, w);
        }
        if (seq > w.highest) {
            if (w.highest >= 0) {
                lanLost += Math.min(seq - w.highest - 1, Integer.MAX_VALUE);
                clearBetween(w, w.highest + 1, seq);
            }
            w.highest = seq;
            w.seen.set(index(seq));
            return rebooted ? Verdict.REBOOTED : Verdict.NEW;
        }
        if (w.highest - seq >= WINDOW) {
            return Verdict.DUPLICATE;
        }
        int i = index(seq);
        if (w.seen.get(i)) {
            return Verdict.DUPLICATE;
        }
        // a late arrival fills a gap that was counted as lost
        w.seen.set(i);
        lanLost = Math.max(0, lanLost - 1);
        return Verdict.NEW;
    }

    public long lanLost() {
        return lanLost;
    }

    private static void clearBetween(DeviceWindow w, long fromInclusive, long toExclusive) {
        long count = Math.min(toExclusive - fromInclusive, WINDOW);
        for (long s = toExclusive - count; s < toExclusive; s++) {
            w.seen.clear(index(s));
        }
    }

    private static int index(long seq) {
        return (int) Math.floorMod(seq, (long) WINDOW);
    }
}
