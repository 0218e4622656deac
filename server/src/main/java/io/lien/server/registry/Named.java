package io.lien.server.registry;

import java.util.Locale;

/** Something the catalogue names in several languages: a product, a zone. */
public interface Named {

    Names names();

    /** Its name in the reader's language (falling back as {@link Names#in} says). */
    default String name(Locale locale) {
        return names().in(locale);
    }
}
