package io.lien.server.registry;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What a product or a zone is called, in each language the catalogue gives (rows of
 * {@code product_name} / {@code zone_name}, one per language): adding a language is adding rows.
 * Product names carry their article ("the navy trench coat", "le trench bleu marine") so sentences
 * read naturally.
 *
 * @param byLanguage language tag → name; the first is the catalogue's own language
 */
public record Names(Map<String, String> byLanguage) {

    /** The language a name is looked for when the reader's is missing. */
    static final String FALLBACK = "en";

    public Names {
        byLanguage = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byLanguage));
    }

    /** The name in {@code locale}'s language, else in English, else in the first language given; "" when none. */
    public String in(Locale locale) {
        String name = byLanguage.get(locale.getLanguage());
        if (name == null) {
            name = byLanguage.get(FALLBACK);
        }
        return name != null ? name : byLanguage.values().stream().findFirst().orElse("");
    }

    /** Names given as language, name, language, name… */
    public static Names of(String... languageThenName) {
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 0; i + 1 < languageThenName.length; i += 2) {
            names.put(languageThenName[i], languageThenName[i + 1]);
        }
        return new Names(names);
    }
}
