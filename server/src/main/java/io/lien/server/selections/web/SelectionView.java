package io.lien.server.selections.web;

import io.lien.server.web.Page;

import java.util.List;

/**
 * What the selection page shows ({@code selection.jte}): the advisor's word and the pieces, or why
 * there is nothing to show. Nothing else about the client.
 *
 * @param message the advisor's word, as they wrote it (the template escapes it), or null
 */
public record SelectionView(Page page, State state, String linkId, String clientFirstName, String advisorFirstName, String message,
                            List<Piece> pieces, String note) {

    public SelectionView(Page page, State state, String linkId, String clientFirstName, String advisorFirstName, String message,
                         List<Piece> pieces) {
        this(page, state, linkId, clientFirstName, advisorFirstName, message, pieces, null);
    }

    public enum State { OPENED, EXPIRED, UNKNOWN }

    /**
     * A piece of the selection: its name in the reader's language, its price formatted for them, its
     * sizes, each said with where it is available now ("38: Le Marais (the last one) and online"),
     * and the form to reserve it to try on: the sizes and stores it can be tried in, a request id of
     * its own so that sending it twice (a double tap, the back button) makes one reservation.
     */
    public record Piece(String productId, String name, String price, List<Size> sizes, List<Store> stores, String requestId,
                        Voice voice) {
        public Piece {
            sizes = List.copyOf(sizes);
            stores = List.copyOf(stores);
        }

        /** A piece nobody has said anything about yet. */
        public Piece(String productId, String name, String price, List<Size> sizes, List<Store> stores, String requestId) {
            this(productId, name, price, sizes, stores, requestId, Voice.NONE);
        }

        /** Whether it can be reserved to try on, or collected, in a store now. */
        public boolean reservable() {
            return !stores.isEmpty();
        }

        /** Whether a size of it can be delivered now. */
        public boolean deliverable() {
            return sizes.stream().anyMatch(Size::online);
        }

        /** Whether it can be had at all now (a store or online). */
        public boolean orderable() {
            return reservable() || deliverable();
        }
    }

    /** A size: its label, where it is ({@code text}), whether a store has it, whether it can be delivered. */
    public record Size(String variantId, String label, String text, boolean inAStore, boolean online) {
        public boolean available() {
            return inAStore || online;
        }
    }

    /**
     * What the community says of the piece, praise and critical voices side by side (contradictors are
     * heard, not hidden), each line already in the reader's words.
     */
    public record Voice(String likes, List<String> praise, List<String> critical, List<String> questions) {
        static final Voice NONE = new Voice("", List.of(), List.of(), List.of());

        public Voice {
            praise = List.copyOf(praise);
            critical = List.copyOf(critical);
            questions = List.copyOf(questions);
        }
    }

    /** A store the piece can be tried on in. */
    public record Store(String id, String name) {
    }

    static SelectionView nothing(Page page, State state) {
        return new SelectionView(page, state, "", "", "", null, List.of());
    }
}
