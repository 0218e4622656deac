package io.lien.server.selections.web;

import io.lien.server.web.Page;

import java.util.List;

/**
 * What the selection page shows ({@code selection.jte}): the advisor's word and the pieces, or why
 * there is nothing to show. Nothing else about the client.
 *
 * @param message the advisor's word, as they wrote it (the template escapes it), or null
 */
public record SelectionView(Page page, State state, String clientFirstName, String advisorFirstName, String message,
                            List<Piece> pieces) {

    public enum State { OPENED, EXPIRED, UNKNOWN }

    /**
     * A piece of the selection: its name in the reader's language, its price formatted for them, and
     * its sizes, each said with where it is available now ("38: Le Marais (the last one) and online").
     */
    public record Piece(String productId, String name, String price, List<String> sizes) {
        public Piece {
            sizes = List.copyOf(sizes);
        }
    }

    static SelectionView nothing(Page page, State state) {
        return new SelectionView(page, state, "", "", null, List.of());
    }
}
