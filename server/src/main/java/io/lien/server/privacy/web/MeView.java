package io.lien.server.privacy.web;

import io.lien.server.web.Page;

import java.util.List;

/**
 * The shopper's own space ({@code me.jte}): what Lien knows about them and every switch that is
 * theirs — words about themselves, consents (each a form), quiet hours, how they like to be
 * approached, their selections and orders, what advisors noted about them (every note: Lien has no
 * private notes), who looked at their profile, export and erasure.
 */
public record MeView(Page page, String firstName, String email, String phone, String sizes, String interests, String channel,
                     List<String> channels, String approachability, List<Switch> consents, String quietHours, List<String> history,
                     List<Order> orders, List<Link> selections, List<String> looked, List<String> notes, List<String> helped,
                     List<Said> said, List<Kept> kept, List<String> dates, String visits, String note) {

    public MeView {
        channels = List.copyOf(channels);
        consents = List.copyOf(consents);
        history = List.copyOf(history);
        orders = List.copyOf(orders);
        selections = List.copyOf(selections);
        looked = List.copyOf(looked);
        notes = List.copyOf(notes);
        helped = List.copyOf(helped);
        said = List.copyOf(said);
        kept = List.copyOf(kept);
        dates = List.copyOf(dates);
    }

    /** A consent: its code, its words, whether given now. */
    public record Switch(String kind, String label, boolean given) {
    }

    /** An order: what it says, its page, and its id when it may be cancelled here (else null). */
    public record Order(String text, String href, String cancellable) {
    }

    public record Link(String text, String href) {
    }

    /** A garment they kept from a store's mirror: what it is, and its id to take it out. */
    public record Kept(long id, String text) {
    }

    /** Something they said or liked about a piece: its words, whether signed (a like has no name to hide). */
    public record Said(long id, String text, boolean signed, boolean words) {
    }
}
