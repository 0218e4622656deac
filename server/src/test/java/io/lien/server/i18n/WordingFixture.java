package io.lien.server.i18n;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Words phrases as a reader would read them, with a few garments and zones of the demo store's catalogue. */
public final class WordingFixture {

    private static final Map<String, String[]> PRODUCTS = Map.of(
            "p-trench-navy", new String[] {"the navy trench coat", "le trench bleu marine"},
            "p-dress-floral", new String[] {"the floral midi dress", "la robe midi fleurie"},
            "p-sweater-grey", new String[] {"the grey cashmere sweater", "le pull en cachemire gris"});
    private static final Map<String, String[]> ZONES = Map.of(
            "coats", new String[] {"Coats", "Manteaux"},
            "knitwear", new String[] {"Knitwear", "Mailles"},
            "denim", new String[] {"Denim", "Denim"});

    private static final Pattern MISSING_KEY = Pattern.compile("\\[[a-z][a-z0-9-]*(\\.[a-z0-9-]+)+]");
    private static final Wording WORDING = new Wording(new Wording.Names() {
        @Override
        public String product(String productId, Locale locale) {
            return name(PRODUCTS, productId, locale);
        }

        @Override
        public String zone(String zoneId, Locale locale) {
            return name(ZONES, zoneId, locale);
        }
    });

    private WordingFixture() {
    }

    public static String en(Phrase phrase) {
        return worded(phrase, Locale.ENGLISH);
    }

    public static String fr(Phrase phrase) {
        return worded(phrase, Locale.FRENCH);
    }

    /** Fails on a key the bundles lack: it would read "[visit.evidence.x]" in front of a person. */
    private static String worded(Phrase phrase, Locale locale) {
        String text = WORDING.word(phrase, locale);
        if (MISSING_KEY.matcher(text).find()) {
            throw new AssertionError("a message key the bundles lack: " + text);
        }
        return text;
    }

    private static String name(Map<String, String[]> names, String id, Locale locale) {
        String[] both = names.get(id);
        return both == null ? null : both["fr".equals(locale.getLanguage()) ? 1 : 0];
    }
}
