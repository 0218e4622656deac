package io.lien.server.displays.application;

import io.lien.server.displays.model.HelpRequest;
import io.lien.server.displays.model.Voice;

import java.time.LocalDate;
import java.util.List;

/**
 * What a mirror shows now, in no language yet: the garments its fitting room's readers see, and the
 * requests made at it. The page and the device message word it each in their language.
 */
public record MirrorScreen(String fixtureId, String storeId, String zoneId, List<Garment> garments, List<Request> requests) {

    public MirrorScreen {
        garments = List.copyOf(garments);
        requests = List.copyOf(requests);
    }

    /** A garment in view: its size, the sizes here and online now, every size there is, its voice in numbers. */
    public record Garment(String hangerId, String productId, String size, List<String> sizesHere, List<String> sizesOnline,
                          List<String> allSizes, Voice voice) {
    }

    /**
     * A request and, for a size asked for, where that size is: here, online (delivered by
     * {@code deliveredBy}), or in other stores ({@code otherStores}: their ids).
     */
    public record Request(HelpRequest request, boolean here, boolean online, LocalDate deliveredBy, List<String> otherStores) {
    }
}
