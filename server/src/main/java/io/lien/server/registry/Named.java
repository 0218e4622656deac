package io.lien.server.registry;

import java.util.Locale;

/** Something the catalogue names in several languages: a product, a zone. */
public interface Named {

    Names names();

    /** Its name in the reader's language (falling back as {@link Names#in} says). */
    default String name(Locale locale) {
        return names().in(locale);
    }

    /** Its name opening a sentence: its article kept, capitalised ("The navy trench coat, in 38"). */
    default String atSentenceStart(Locale locale) {
        String name = name(locale);
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    /** Its name as a title reads it: without its article, capitalised ("Navy trench coat", "Trench bleu marine"). */
    default String title(Locale locale) {
        String name = name(locale);
        String bare = name.replaceFirst("^(?i)(the |le |la |les |l'|l’)", "");
        return bare.isEmpty() ? name : bare.substring(0, 1).toUpperCase(locale) + bare.substring(1);
    }
}
