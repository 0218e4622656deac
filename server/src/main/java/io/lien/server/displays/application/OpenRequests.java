package io.lien.server.displays.application;

import io.lien.server.displays.model.HelpRequest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The requests devices are telling about now, by device, in memory: what a display says of them
 * lasts minutes ({@code lien.displays.request-shown}), and a server restart forgets them (the
 * tablets keep the moments; the display goes back to the garment).
 */
final class OpenRequests {

    private final Map<Long, HelpRequest> byMoment = new ConcurrentHashMap<>();
    private final long shownMs;

    OpenRequests(long shownMs) {
        this.shownMs = shownMs;
    }

    void asked(HelpRequest request) {
        byMoment.put(request.momentId(), request);
    }

    /** The request the claimed moment was, now taken; empty when no display tells of it. */
    Optional<HelpRequest> taken(long momentId, String advisorFirstName, long at) {
        return Optional.ofNullable(byMoment.computeIfPresent(momentId, (id, r) -> r.taken() ? r : r.takenBy(advisorFirstName, at)));
    }

    /** The device's requests still told of at {@code now}, the newest first. */
    List<HelpRequest> of(String deviceId, long now) {
        List<HelpRequest> found = new ArrayList<>();
        for (HelpRequest r : byMoment.values()) {
            if (r.deviceId().equals(deviceId) && now - r.lastNews() < shownMs) {
                found.add(r);
            }
        }
        found.sort(Comparator.comparingLong(HelpRequest::lastNews).reversed());
        return found;
    }

    /** Forgets what is past and returns the devices whose displays must say so. */
    List<String> expire(long now) {
        List<String> devices = new ArrayList<>();
        byMoment.values().removeIf(r -> {
            boolean past = now - r.lastNews() >= shownMs;
            if (past) {
                devices.add(r.deviceId());
            }
            return past;
        });
        return devices;
    }

    /** A mirror reset for the next shopper: what it told of is not theirs. */
    void forget(String deviceId) {
        byMoment.values().removeIf(r -> r.deviceId().equals(deviceId));
    }
}
