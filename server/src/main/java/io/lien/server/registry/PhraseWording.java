package io.lien.server.registry;

import io.lien.server.i18n.Languages;
import io.lien.server.i18n.Phrase;
import io.lien.server.i18n.Wording;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Words what Lien stores to say later (moments, evidence, timelines) in a reader's language, with the registry's names of garments and zones. */
@Singleton
public class PhraseWording {

    private final Wording wording;

    PhraseWording(DeviceRegistry registry) {
        this.wording = new Wording(new Wording.Names() {
            @Override
            public String product(String productId, Locale locale) {
                return registry.product(productId).map(p -> p.name(locale)).orElse(null);
            }

            @Override
            public String zone(String zoneId, Locale locale) {
                return registry.zone(zoneId).map(z -> z.name(locale)).orElse(null);
            }
        });
    }

    public String word(Phrase phrase, Locale locale) {
        return wording.word(phrase, locale);
    }

    /** The phrase in every language Lien speaks, by language tag: for an export a person can take anywhere. */
    public Map<String, String> inEveryLanguage(Phrase phrase) {
        Map<String, String> all = new LinkedHashMap<>();
        for (Locale l : Languages.all().spoken()) {
            all.put(l.toLanguageTag(), wording.word(phrase, l));
        }
        return all;
    }
}
