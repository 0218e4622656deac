package io.lien.server.security;

/** The names of the claims Lien writes into a token; read and written in this package only. */
final class Claims {

    /** The one store a staff token is for (decision 0016). */
    static final String STORE = "store";
    /** The client a shopper's token belongs to. */
    static final String CLIENT = "client";
    /** How the holder is shown: "Léa Dubois", "Camille". */
    static final String NAME = "name";

    private Claims() {
    }
}
