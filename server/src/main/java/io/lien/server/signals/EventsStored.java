package io.lien.server.signals;

import io.lien.protocol.uplink.UplinkEvent;
import io.lien.server.moments.Moment;

import java.util.List;

/**
 * Store events just committed, with the moments each made, in the order they were stored: what
 * other features react to (a display to redraw) without ingestion knowing them. Published after
 * the commit, on the ingestion thread: a listener takes note and returns.
 */
public record EventsStored(List<Stored> events) {

    public EventsStored {
        events = List.copyOf(events);
    }

    /** One stored event of a store, and its moments (saved, with their ids). */
    public record Stored(String storeId, UplinkEvent event, List<Moment> moments) {
        public Stored {
            moments = List.copyOf(moments);
        }
    }
}
