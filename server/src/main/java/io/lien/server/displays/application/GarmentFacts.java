package io.lien.server.displays.application;

import io.lien.server.community.CommunityVoice;
import io.lien.server.displays.model.Voice;
import io.lien.server.stock.application.Availability;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What there is of a garment and what is said of it, read once per redraw: a rack of twenty hangers
 * of one coat costs one stock read and one count of its voice, not twenty.
 */
final class GarmentFacts {

    static final String WEB = "web";

    private final Availability availability;
    private final CommunityVoice community;
    private final Map<String, List<Availability.Line>> lines = new HashMap<>();
    private final Map<String, Voice> voices = new HashMap<>();

    GarmentFacts(Availability availability, CommunityVoice community) {
        this.availability = availability;
        this.community = community;
    }

    /** The sizes with a unit available at {@code location} (a store, or {@value #WEB}), in the catalogue's order. */
    List<String> sizesAt(String productId, String colour, String location) {
        Set<String> sizes = new LinkedHashSet<>();
        for (Availability.Line l : lines(productId)) {
            if (l.locationId().equals(location) && l.available() > 0 && sameColour(l, colour)) {
                sizes.add(l.size());
            }
        }
        return List.copyOf(sizes);
    }

    /** Every size the catalogue has of it, stocked or not, in order: what a shopper may ask for. */
    List<String> allSizes(String productId, String colour) {
        Set<String> sizes = new LinkedHashSet<>();
        lines(productId).stream().filter(l -> sameColour(l, colour)).forEach(l -> sizes.add(l.size()));
        return List.copyOf(sizes);
    }

    /** The stores other than {@code exceptStore} with a unit of that size now. */
    List<String> storesWith(String productId, String colour, String size, String exceptStore) {
        List<String> stores = new ArrayList<>();
        for (Availability.Line l : lines(productId)) {
            if (l.size().equals(size) && l.available() > 0 && sameColour(l, colour) && !l.locationId().equals(WEB)
                    && !l.locationId().equals(exceptStore) && !stores.contains(l.locationId())) {
                stores.add(l.locationId());
            }
        }
        return stores;
    }

    Voice voice(String productId) {
        return voices.computeIfAbsent(productId, p -> {
            CommunityVoice.Counts c = community.counts(p);
            return new Voice(c.likes(), c.comments(), c.critical());
        });
    }

    private List<Availability.Line> lines(String productId) {
        return lines.computeIfAbsent(productId, availability::of);
    }

    /** A hanger of an unknown colour, or a catalogue without colours, matches every line. */
    private static boolean sameColour(Availability.Line line, String colour) {
        return colour == null || line.colour() == null || line.colour().equals(colour);
    }
}
